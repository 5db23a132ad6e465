import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, findChromium } from '../../support/chromium.mjs';

// Where the browser tests find their browser (test/support/chromium.mjs), on a temp folder of
// fake executables standing in for the real install locations.

const root = mkdtempSync(join(tmpdir(), 'kv-chromium-'));
function fake(path: string, mode = 0o755): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, mode);
  return file;
}
const known = ['usr/bin/chromium', 'usr/bin/google-chrome-stable', 'opt/microsoft/msedge/msedge', 'snap/bin/chromium'].map((p) => join(root, p));

describe('findChromium', () => {
  it('takes the known paths in order, skipping what is missing or not executable', () => {
    const env = { PATH: '' };
    expect(findChromium({ env, knownPaths: known }).error).toMatch(/^No Chromium-family browser found .*sudo apt-get install chromium.*KV_CHROMIUM=/);
    fake('snap/bin/chromium');
    expect(findChromium({ env, knownPaths: known })).toEqual({ path: known[3] });
    fake('opt/microsoft/msedge/msedge');
    expect(findChromium({ env, knownPaths: known })).toEqual({ path: known[2] });
    fake('usr/bin/google-chrome-stable', 0o644); // not executable
    expect(findChromium({ env, knownPaths: known })).toEqual({ path: known[2] });
    fake('usr/bin/chromium');
    expect(findChromium({ env, knownPaths: known })).toEqual({ path: known[0] });
  });

  it('KV_CHROMIUM overrides CHROMIUM_PATH, which overrides the known paths; a wrong setting is an error, not a fallback', () => {
    const chrome = fake('custom/chrome');
    const other = fake('custom/other');
    expect(findChromium({ env: { CHROMIUM_PATH: other }, knownPaths: known })).toEqual({ path: other });
    expect(findChromium({ env: { KV_CHROMIUM: chrome, CHROMIUM_PATH: other }, knownPaths: known })).toEqual({ path: chrome });
    expect(findChromium({ env: { KV_CHROMIUM: join(root, 'custom/missing') }, knownPaths: known }).error).toBe(`KV_CHROMIUM=${join(root, 'custom/missing')} is not an executable file. Point it at a Chromium-family browser (chromium, google-chrome, msedge), or unset it.`);
    expect(findChromium({ env: { CHROMIUM_PATH: join(root, 'custom') }, knownPaths: known }).error).toMatch(/^CHROMIUM_PATH=.* is not an executable file/);
  });

  it('then looks for the browsers by name on PATH, directory by directory', () => {
    const first = join(root, 'path1');
    const second = join(root, 'path2');
    fake('path2/google-chrome');
    const env = { PATH: [join(root, 'empty'), first, second].join(':') };
    expect(findChromium({ env, knownPaths: [] })).toEqual({ path: join(second, 'google-chrome') });
    fake('path1/microsoft-edge');
    expect(findChromium({ env, knownPaths: [] })).toEqual({ path: join(first, 'microsoft-edge') });
    expect(COMMANDS.indexOf('chromium')).toBeLessThan(COMMANDS.indexOf('microsoft-edge'));
  });

  it('npm test stops at once, before the typecheck, with one line when there is no browser', () => {
    const run = spawnSync(process.execPath, ['test/run-all.mjs'], { encoding: 'utf8', env: { PATH: '', KV_CHROMIUM: join(root, 'custom/missing'), HOME: root }, timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`npm test: KV_CHROMIUM=${join(root, 'custom/missing')} is not an executable file. Point it at a Chromium-family browser (chromium, google-chrome, msedge), or unset it.\n`);
  });
});
