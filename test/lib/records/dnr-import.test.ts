import { describe, expect, it } from 'vitest';
import { parseDnrCsv } from '../../../lib/records/dnr-import';

const A = '3f0c2a9e-8d41-4c6b-9a57-1b2e3d4f5a61';
const B = '7b1d4e2f-0a93-4c5d-8e6f-2a3b4c5d6e72';
const known = (id: string) => id === A || id === B;
const enc = (s: string) => new TextEncoder().encode(s);

describe('diarienummer CSV import', () => {
  it('reads id;diarienummer with or without BOM, header, CRLF or LF', () => {
    const expected = { ok: true, lines: [{ id: A, diarienummer: 'KS 2024/123' }, { id: B, diarienummer: '2024-000017' }] };
    expect(parseDnrCsv(enc(`${A};KS 2024/123\n${B};2024-000017\n`), known)).toEqual(expected);
    expect(parseDnrCsv(enc(`\uFEFFid;diarienummer\r\n${A.toUpperCase()};KS 2024/123\r\n${B};2024-000017`), known)).toEqual(expected);
  });
  it('reports every bad line, and nothing is returned to apply', () => {
    const text = [`${A};KS 1`, `${A};KS 2`, 'nej;KS 3', `${B}`, `${B};`, `${B};=HYPERLINK("x")`, '0c2a9e3f-8d41-4c6b-9a57-1b2e3d4f5a61;KS 4'].join('\n');
    const r = parseDnrCsv(enc(text), known);
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 2, code: 'duplicate', value: A },
        { line: 3, code: 'bad-id', value: 'nej' },
        { line: 4, code: 'columns', value: B },
        { line: 5, code: 'empty-dnr' },
        { line: 6, code: 'bad-dnr', value: '=HYPERLINK("x")' },
        { line: 7, code: 'unknown-id', value: '0c2a9e3f-8d41-4c6b-9a57-1b2e3d4f5a61' },
      ],
    });
  });
  it('refuses a file that is not UTF-8, and an empty one', () => {
    expect(parseDnrCsv(new Uint8Array([...enc(`${A};Dnr `), 0xe5]), known)).toEqual({ ok: false, errors: [{ line: 0, code: 'not-utf8' }] });
    expect(parseDnrCsv(enc('id;diarienummer\n'), known)).toEqual({ ok: false, errors: [{ line: 0, code: 'empty-file' }] });
  });
});
