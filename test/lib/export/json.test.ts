import { describe, expect, it } from 'vitest';
import { JSON_EXPORT_FORMAT, buildJson, jsonExport, jsonExportText, parseJsonExport } from '../../../lib/export/json';
import { EXPORTED_AT, HOSTILE_TEXTS, PROFILE, auditFor, hostileRecords, makeRecord, uuidFor } from './fixtures';

describe('JSON export', () => {
  it('has format, version, exportedAt, exportedBy, records and their audit entries only', async () => {
    const records = [await makeRecord(1), await makeRecord(2)];
    const foreign = auditFor(await makeRecord(3));
    const out = jsonExport({ records, audit: [...auditFor(records[1]!), ...foreign, ...auditFor(records[0]!)], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    expect(out).toEqual({
      format: JSON_EXPORT_FORMAT,
      version: 1,
      exportedAt: '2024-03-05T13:07:09.000Z',
      exportedBy: PROFILE,
      records,
      audit: [...auditFor(records[0]!), ...auditFor(records[1]!)],
    });
    expect(out.audit.map((a) => a.recordId)).not.toContain(uuidFor(3));
  });

  it('round-trips every hostile text verbatim, NUL and lone surrogate included', async () => {
    const { records } = await hostileRecords();
    const text = jsonExportText({ records, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    expect(text).toContain('"x\\ud800y"');
    expect(text).toContain('"före\\u0000efter"');
    const bytes = buildJson({ records, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    const parsed = parseJsonExport(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    expect(parsed.records.map((r) => r.text)).toEqual(Object.values(HOSTILE_TEXTS));
    expect(parsed.records).toEqual(records);
  });

  it('rejects files of another format or version', async () => {
    const good = JSON.parse(jsonExportText({ records: [await makeRecord(1)], audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT }));
    expect(() => parseJsonExport(JSON.stringify({ ...good, version: 2 }))).toThrow();
    expect(() => parseJsonExport(JSON.stringify({ ...good, format: 'other' }))).toThrow();
    expect(() => parseJsonExport('{')).toThrow();
  });
});
