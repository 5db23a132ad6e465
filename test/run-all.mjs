// `npm test`: everything, in order, and one closing line "N passed, N failed" over all of it.
// Typecheck, lint, the build and web-ext lint count as one check each; unit and browser tests
// count each test. Every step runs even when an earlier one failed, except that the browser
// tests and web-ext lint need the build.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { findChromium } from './support/chromium.mjs';
import { findFirefox, NO_FIREFOX } from './support/firefox.mjs';
import { scratchTmpdir } from './support/scratch.mjs';
import { join, resolve } from 'node:path';

// Without a browser the browser tests would all fail, deep inside; say so once, before anything runs.
const browser = findChromium();
if (browser.error) {
  console.error(`npm test: ${browser.error}`);
  process.exit(1);
}

// The reports, and the tests' own temporary folders (TMPDIR is passed on), removed at the end.
const tmp = scratchTmpdir('kv-test-');
const results = [];
const npx = (args, opts = {}) => spawnSync('npx', args, { stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 });

function step(name, fn) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const { passed, failed } = fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${name}: ${passed} passed, ${failed} failed (${seconds} s)`);
  results.push({ name, passed, failed, seconds });
  return failed === 0;
}

const check = (args) => () => (npx(args).status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

function vitest(config, name) {
  return () => {
    const out = join(tmp, `${name}.json`);
    const run = npx(['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
    if (!existsSync(out)) return { passed: 0, failed: 1 };
    const report = JSON.parse(readFileSync(out, 'utf8'));
    // A suite that failed to load has no tests but must still count as a failure.
    const broken = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    const failed = report.numFailedTests + broken + (run.status !== 0 && report.numFailedTests + broken === 0 ? 1 : 0);
    return { passed: report.numPassedTests, failed };
  };
}

function webExtLint() {
  const run = npx(['web-ext', 'lint', '--source-dir', resolve(process.env.KV_OUT_DIR ?? '.output', 'firefox-mv2'), '--output', 'json', '--no-config-discovery'], { capture: true });
  try {
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
    for (const e of report.errors) console.log(`web-ext error: ${e.code} ${e.file ?? ''} ${e.message}`);
    for (const w of report.warnings) console.log(`web-ext warning: ${w.code} ${w.file ?? ''} ${w.message}`);
    console.log(`web-ext lint: ${report.count} messages, ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
    return report.summary.errors === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  } catch {
    console.log(run.stdout);
    return { passed: 0, failed: 1 };
  }
}

console.log(`Browser for the browser tests: ${browser.path}`);
step('typecheck (tsc --noEmit)', check(['tsc', '--noEmit', '-p', '.']));
step('lint (eslint)', check(['eslint', '.']));
step('unit tests (vitest)', vitest('vitest.config.ts', 'unit'));
const built = step('build and package for Chrome and Firefox (wxt zip)', () => {
  const chrome = npx(['wxt', 'zip']).status === 0;
  const firefox = npx(['wxt', 'zip', '-b', 'firefox']).status === 0;
  return { passed: Number(chrome) + Number(firefox), failed: Number(!chrome) + Number(!firefox) };
});
if (built) {
  step('browser tests (Chromium, built extension)', vitest('test/e2e/vitest.config.ts', 'e2e'));
  // Firefox is optional on a developer's machine (npm test needs Node and a Chromium-family
  // browser); CI installs it, and there a missing Firefox is a failure.
  if (findFirefox()) step('browser tests (Firefox, built extension)', vitest('test/e2e-firefox/vitest.config.ts', 'e2e-firefox'));
  else if (process.env.CI) results.push({ name: `browser tests (Firefox): ${NO_FIREFOX}`, passed: 0, failed: 1, seconds: '0' });
  else console.log(`\n=== browser tests (Firefox, built extension): skipped. ${NO_FIREFOX}`);
  step('web-ext lint (Firefox build)', webExtLint);
} else {
  results.push({ name: 'browser tests and web-ext lint (not run: the build failed)', passed: 0, failed: 1, seconds: '0' });
}

console.log('\nSummary:');
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
