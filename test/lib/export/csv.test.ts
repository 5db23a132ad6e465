import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, buildCsv, csvCell, csvText } from '../../../lib/export/csv';
import { HOSTILE_TEXTS, hostileRecords, makePng, makeRecord } from './fixtures';

const HEADER =
  'ID;Plattform;Typ;Författare;Författarens adress;Text;Permalänk;Sida;Publicerad (som visad);Publicerad;Fångad;Fångad av;Status;SHA-256 innehåll;SHA-256 skärmbild;Diarienummer;Kategori;Skäl för borttagning (§3);Åtgärd;Fångad vid borttagning;Version;Version av\r\n';

describe('csvCell', () => {
  it('leaves plain values alone and quotes per RFC 4180', () => {
    expect(csvCell('Björkvägen')).toBe('Björkvägen');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvCell(' kant ')).toBe('" kant "');
    expect(csvCell('')).toBe('');
  });
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell(HOSTILE_TEXTS.formula)).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+46 70 123')).toBe("'+46 70 123");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('replaces only what the file cannot carry: NUL and lone surrogates', () => {
    expect(csvCell(HOSTILE_TEXTS.nul)).toBe('före\uFFFDefter');
    expect(csvCell(HOSTILE_TEXTS.loneSurrogate)).toBe('x\uFFFDy');
    expect(csvCell('\uD83D\uDE00')).toBe('😀');
    expect(csvCell(HOSTILE_TEXTS.rtl)).toBe(HOSTILE_TEXTS.rtl);
    expect(csvCell(HOSTILE_TEXTS.zeroWidth)).toBe(HOSTILE_TEXTS.zeroWidth);
    expect(csvCell(HOSTILE_TEXTS.html)).toBe(HOSTILE_TEXTS.html);
  });
});

describe('csvText', () => {
  it('writes the documented columns with Swedish time, exactly', async () => {
    const png = makePng(4, 4);
    const record = await makeRecord(1, { text: 'Hej; "allihop"\nrad två' }, png);
    const shot = record.screenshot.status === 'ok' ? record.screenshot.sha256 : '';
    expect(CSV_COLUMNS).toHaveLength(22);
    expect(csvText([record])).toBe(
      HEADER +
        [
          '00000000-0000-4000-8000-000000000001',
          'Facebook',
          'Kommentar',
          'Kalle Änglund 1',
          'https://www.facebook.com/kalle.anglund',
          '"Hej; ""allihop""\nrad två"',
          'https://www.facebook.com/tyresokommun/posts/1?comment_id=1001',
          'https://www.facebook.com/tyresokommun',
          '2 tim',
          '2024-03-05 11:00:00',
          '2024-03-05 13:00:00',
          'Åsa Öberg, Kommunikatör, Kommunikationsenheten',
          'Fångad',
          record.contentSha256,
          shot,
          '',
          '',
          '',
          '',
          '',
          '1',
          '',
        ].join(';') +
        '\r\n',
    );
  });

  it('names a later version and the first capture it belongs to (issue 18)', async () => {
    const first = await makeRecord(3);
    const later = await makeRecord(4, { versionOf: first.id, version: 2 });
    const cells = csvText([first, later]).split('\r\n').slice(1, 3).map((row) => row.split(';').slice(-2));
    expect(cells).toEqual([['1', ''], ['2', first.id]]);
  });

  it('uses summer time in summer and leaves absent values empty', async () => {
    const record = await makeRecord(2, { capturedAt: '2024-07-01T10:00:00.000Z', publishedAt: undefined, publishedText: undefined, permalink: undefined, authorUrl: undefined });
    const cells = csvText([record]).split('\r\n')[1]!.split(';');
    expect(cells[10]).toBe('2024-07-01 12:00:00');
    expect([cells[4], cells[6], cells[8], cells[9], cells[14]]).toEqual(['', '', '', '', '']);
  });

  it('keeps one row per hostile record and the 100,000-character text whole', async () => {
    const { records } = await hostileRecords();
    const text = csvText(records);
    // Quoted line breaks aside, there is a header and one CRLF-terminated row per record.
    expect(text.split('\r\n')).toHaveLength(records.length + 2);
    expect(text).toContain(HOSTILE_TEXTS.long);
    expect(text).toContain(`;${HOSTILE_TEXTS.html};`);
    expect(text).not.toContain(';=HYPERLINK');
  });
});

describe('capture on removal (issue 24)', () => {
  it('names what the site did and that the record was made by itself, in its column', async () => {
    const deleted = await makeRecord(1, { capturedOnRemoval: 'deleted' });
    const hidden = await makeRecord(2, { capturedOnRemoval: 'hidden' });
    const rows = csvText([deleted, hidden, await makeRecord(3)]).split('\r\n').slice(1, 4).map((row) => row.split(';')[CSV_COLUMNS.findIndex((c) => c.header === 'Fångad vid borttagning')]);
    expect(rows).toEqual(['raderad, fångad vid borttagning', 'dold, fångad vid borttagning', '']);
  });
});

describe('buildCsv', () => {
  it('starts with the UTF-8 byte order mark', async () => {
    const bytes = buildCsv([await makeRecord(1)]);
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3)).startsWith(HEADER)).toBe(true);
  });
});
