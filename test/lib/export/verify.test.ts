import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEarkPackage } from '../../../lib/export/eark/package';
import { verifyPackage } from '../../../lib/export/verify';
import type { CaptureRecord } from '../../../lib/records/schema';
import { EXPORTED_AT, HOSTILE_TEXTS, PROFILE, auditFor, hostileRecords, makePng, makeRecord } from './fixtures';

/** Unzips, lets `change` edit the entries (paths from the package root), zips again. */
function tamper(zip: Uint8Array, packageId: string, change: (files: Map<string, Uint8Array>) => void): Uint8Array {
  const files = new Map(Object.entries(unzipSync(zip)).map(([name, data]) => [name.slice(packageId.length + 1), data]));
  change(files);
  return zipSync(Object.fromEntries([...files].map(([path, data]) => [`${packageId}/${path}`, data])));
}

describe('verifyPackage', () => {
  let records: CaptureRecord[];
  let zip: Uint8Array;
  let packageId: string;
  const data = (r: CaptureRecord, ext: string): string => `representations/rep1/data/${r.id}.${ext}`;

  beforeAll(async () => {
    const png = makePng(30, 20);
    records = [await makeRecord(1, {}, png), await makeRecord(2, {}, png), await makeRecord(3)];
    const built = await buildEarkPackage({ records, audit: records.flatMap(auditFor), exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots: new Map(records.slice(0, 2).map((r) => [r.id, png])) });
    zip = built.bytes;
    packageId = built.summary.packageId;
  });

  it('passes an untouched package, having checked every file and record', async () => {
    const report = await verifyPackage(zip);
    expect(report).toEqual({ ok: true, packageId, checkedFiles: 4 + 1 + 1 + 1 + 8, checkedRecords: 3, problems: [] });
  });

  it('reports a changed PDF by its checksum', async () => {
    const changed = tamper(zip, packageId, (f) => {
      const pdf = f.get(data(records[0]!, 'pdf'))!.slice();
      pdf[pdf.length - 10] = (pdf[pdf.length - 10] ?? 0) ^ 1;
      f.set(data(records[0]!, 'pdf'), pdf);
    });
    const report = await verifyPackage(changed);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.path])).toEqual([['checksum', data(records[0]!, 'pdf')]]);
  });

  it('reports an edited record text both as a changed file and as a content digest mismatch', async () => {
    const changed = tamper(zip, packageId, (f) => {
      const json = new TextDecoder().decode(f.get(data(records[1]!, 'json')));
      f.set(data(records[1]!, 'json'), new TextEncoder().encode(json.replace('Björkvägen', 'Ekvägen')));
    });
    const report = await verifyPackage(changed);
    expect(report.problems.map((p) => p.kind).sort()).toEqual(['checksum', 'content-digest', 'size']);
    expect(report.problems.find((p) => p.kind === 'content-digest')?.expected).toBe(records[1]!.contentSha256);
  });

  it('reports a swapped screenshot, and files missing or not listed', async () => {
    const changed = tamper(zip, packageId, (f) => {
      f.set(data(records[0]!, 'png'), makePng(30, 20, { noise: true }));
      f.delete(data(records[1]!, 'pdf'));
      f.set('representations/rep1/data/extra.txt', new Uint8Array([1]));
    });
    const report = await verifyPackage(changed);
    expect(report.problems.map((p) => [p.kind, p.path]).sort()).toEqual(
      [
        ['checksum', data(records[0]!, 'png')],
        ['size', data(records[0]!, 'png')],
        ['screenshot-digest', data(records[0]!, 'png')],
        ['missing', data(records[1]!, 'pdf')],
        ['unlisted', 'representations/rep1/data/extra.txt'],
      ].sort(),
    );
  });

  it('reports a METS whose listed checksum was edited', async () => {
    const changed = tamper(zip, packageId, (f) => {
      const mets = new TextDecoder().decode(f.get('METS.xml'));
      f.set('METS.xml', new TextEncoder().encode(mets.replace(/(ID-documentation-csv"[^>]*CHECKSUM=")[0-9a-f]/, '$1x')));
    });
    expect((await verifyPackage(changed)).problems.map((p) => [p.kind, p.path])).toEqual([['checksum', 'documentation/kommentarer.csv']]);
  });

  it('recomputes the digest of every hostile record, lone surrogates included', async () => {
    const { records: hostile, screenshots } = await hostileRecords();
    expect(hostile.some((r) => r.text === HOSTILE_TEXTS.loneSurrogate)).toBe(true);
    const { bytes } = await buildEarkPackage({ records: hostile, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots });
    const report = await verifyPackage(bytes);
    expect(report.problems).toEqual([]);
    expect(report.checkedRecords).toBe(hostile.length);
  });

  it('reports bytes that are not a zip, or a zip without METS.xml', async () => {
    expect((await verifyPackage(new Uint8Array([1, 2, 3]))).problems[0]?.kind).toBe('unreadable');
    expect((await verifyPackage(zipSync({ 'a.txt': new Uint8Array([1]) }))).problems[0]?.kind).toBe('missing');
  });
});
