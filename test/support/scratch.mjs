// Where a test or bench run's temporary folders go (browser profiles, exports, built fixtures):
// one folder per run, removed when the run ends. Without it every browser launched left its
// profile in /tmp (835 of them on this machine in one day of benches and tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Points TMPDIR (which os.tmpdir() and Chromium read) at a new folder for this process and the
 * processes it starts, and removes the folder when this process exits. Returns the folder.
 */
export function scratchTmpdir(prefix = 'kv-run-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.env.TMPDIR = dir;
  process.on('exit', () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      // Left behind (a tmpfs a crashed test left mounted in it): say so, keep the run's result.
      console.warn(`Could not remove ${dir}: ${error.message}`);
    }
  });
  return dir;
}
