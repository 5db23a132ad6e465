// Restarting the browser on an existing profile: launch() itself waits for and closes the
// options page that Chromium's reinstall of a --load-extension extension opens at every start.
import { launch } from './browser.mjs';

type Options = Parameters<typeof launch>[0];

export function relaunch(userDataDir: string, options: Omit<NonNullable<Options>, 'userDataDir'> = {}): ReturnType<typeof launch> {
  return launch({ ...options, userDataDir });
}
