// `npm run bench`: measures in Chromium, side by side in one run, and prints JSON.
// Not a timed test: it does not run in CI. Build first (npm run build) or it builds for you.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extensionPath, projectRoot } from '../support/browser.mjs';
import { benchBundle } from './bundle.mjs';
import { benchCapture } from './capture.mjs';
import { benchOverlay } from './overlay.mjs';
import { benchOurs } from './ours.mjs';
import { benchTriage } from './triage.mjs';
import { benchJournal } from './journal.mjs';
import { scratchTmpdir } from '../support/scratch.mjs';

// Browser profiles go in a folder of this run's own, removed when it ends.
scratchTmpdir('kv-bench-');

if (!existsSync(join(extensionPath, 'manifest.json')) || process.argv.includes('--build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const benches = { bundle: benchBundle, ours: benchOurs, triage: benchTriage, overlay: benchOverlay, capture: benchCapture, journal: benchJournal, export: (await import('./export.mjs')).benchExport };
const results = { machine: { cores: (await import('node:os')).cpus().length, node: process.version }, startedAt: new Date().toISOString() };
for (const [name, run] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  results[name] = await run();
}
console.log(JSON.stringify(results, null, 2));
