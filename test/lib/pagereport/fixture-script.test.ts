// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageReport, type ReportNode } from '../../../lib/pagereport';
import { siteDocument } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'kv-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tags and attribute names only: what a skeleton must keep of the page. */
const structure = (node: ReportNode | string): unknown =>
  typeof node === 'string' ? '#text' : [node.t, Object.keys(node.a ?? {}), (node.c ?? []).map(structure)];

describe('npm run fixture -- REPORT.json', () => {
  const extension = { version: '0.1.0', browser: 'Firefox 153' };
  const report = pageReport(siteDocument('facebook', 'facebook/page-feed.sv.html'), { extension });
  const reportPath = join(dir, 'sidrapport.json');
  writeFileSync(reportPath, JSON.stringify(report));
  const outPath = join(dir, 'skeleton.html');
  execFileSync(process.execPath, ['test/support/fixture-from-report.mjs', reportPath, outPath]);
  const html = readFileSync(outPath, 'utf8');

  it('opens with a comment saying which report, extension and adapter it came from', () => {
    const first = html.split('\n')[0] ?? '';
    expect(first).toMatch(/^<!-- Source: page report sidrapport\.json \(kommentarsvakt-sidrapport\/1\), Kommentarsvakt 0\.1\.0, Firefox 153; .*adapter facebook found 5 read 5.* -->$/);
  });

  it('rebuilds the page\'s element tree: the skeleton reports the same tags and attribute names', () => {
    const again = pageReport(siteDocument('facebook', 'skeleton', html), { extension });
    expect(structure(again.tree)).toEqual(structure(report.tree));
    expect(again.counts.tags).toEqual(report.counts.tags);
    expect(again.counts.roles).toEqual(report.counts.roles);
    expect(again.counts.dataAttributes).toEqual(report.counts.dataAttributes);
  });

  it('keeps the placeholders as texts, and nothing runnable', () => {
    expect(html).toContain('Aa');
    expect(html).toMatch(/ ×\d+/);
    expect(html).not.toMatch(/<script|\son\w+=/i);
  });

  it('refuses a file that is not a page report', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ hello: 1 }));
    expect(() => execFileSync(process.execPath, ['test/support/fixture-from-report.mjs', bad], { stdio: 'pipe' })).toThrow(/not a page report/);
  });
});
