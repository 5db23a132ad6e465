// Finds a Chromium-family browser for the browser tests, the demo and the bench, wherever it is
// installed: Debian's Chromium, Google Chrome, Microsoft Edge, the snap. Kept free of Playwright
// so that `npm test` can ask before anything else runs.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where the packages put their executables, in the order they are tried. */
export const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/microsoft/msedge/msedge',
  '/snap/bin/chromium',
];

/** Command names looked up on PATH after the known paths, in the same order of preference. */
export const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable', 'msedge'];

export const INSTALL_HINT = 'Install one with `sudo apt-get install chromium` (or Google Chrome or Microsoft Edge), or set KV_CHROMIUM=/path/to/chrome.';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to use: KV_CHROMIUM, then CHROMIUM_PATH (both must then be executable: a wrong
 * setting is an error, not a reason to pick another browser), then the known paths, then the
 * command names on PATH. Returns `{ path }` or `{ error }`, a one-line message saying what to do.
 * @param {{ env?: Record<string, string | undefined>, knownPaths?: string[] }} [options]
 * @returns {{ path: string, error?: undefined } | { path?: undefined, error: string }}
 */
export function findChromium({ env = process.env, knownPaths = KNOWN_PATHS } = {}) {
  for (const name of ['KV_CHROMIUM', 'CHROMIUM_PATH']) {
    const set = env[name];
    if (!set) continue;
    if (executable(set)) return { path: set };
    return { error: `${name}=${set} is not an executable file. Point it at a Chromium-family browser (chromium, google-chrome, msedge), or unset it.` };
  }
  for (const path of knownPaths) if (executable(path)) return { path };
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const command of COMMANDS) if (executable(join(dir, command))) return { path: join(dir, command) };
  }
  return { error: `No Chromium-family browser found (KV_CHROMIUM, CHROMIUM_PATH, ${KNOWN_PATHS.join(', ')}, or ${COMMANDS.join('/')} on PATH). ${INSTALL_HINT}` };
}

/** The browser's path; throws the one-line message when there is none. */
export function chromiumPath() {
  const found = findChromium();
  if (found.error) throw new Error(found.error);
  return found.path;
}
