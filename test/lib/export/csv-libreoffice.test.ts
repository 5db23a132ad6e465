import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, buildCsv } from '../../../lib/export/csv';
import type { CaptureRecord } from '../../../lib/records/schema';
import { HOSTILE_TEXTS, PROFILE, makePng, makeRecord } from './fixtures';

// Issue 5: the CSV for the diarium, opened by a real spreadsheet. The file that buildCsv makes is
// converted by LibreOffice Calc (headless) with an explicit CSV import filter, semicolon and
// UTF-8, to a flat OpenDocument spreadsheet, whose cells are read back and compared, cell by
// cell, with the records: Swedish letters, semicolons, quotes and line breaks inside cells,
// and cells a spreadsheet would run as formulas (= + - @), which must arrive as text.
// Two imports: every column as text (how an import table is read), and the standard import
// a double-click gives, with formulas evaluated, where no cell may become a formula.
// Without soffice the suite is skipped with a message, except in CI (CI=true), where a test
// fails: .ci/run installs libreoffice-calc-nogui.

const SOFFICE = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);
const IN_CI = process.env.CI === 'true';
if (!SOFFICE && !IN_CI) console.warn('csv-libreoffice.test.ts skipped: LibreOffice (soffice) is not installed. Install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui');

const dir = mkdtempSync(join(tmpdir(), 'kv-csv-lo-'));
const COLUMNS = CSV_COLUMNS.length;
// LibreOffice's CSV filter options: separator 59 (;), text delimiter 34 ("), charset 76
// (UTF-8), from line 1, column formats, language 1053 (Swedish). Format 2 is Text.
const AS_TEXT = `59,34,76,1,${Array.from({ length: COLUMNS }, (_, i) => `${i + 1}/2`).join('/')},1053`;
const STANDARD = '59,34,76,1,,1053';

/** Converts CSV files to .fods with one import filter; returns each file's path. A profile of its own, so no other soffice interferes. */
function convert(files: Record<string, string>, filter: string, label: string): Record<string, string> {
  const inDir = join(dir, label);
  const outDir = join(dir, `${label}-out`);
  mkdirSync(inDir, { recursive: true });
  const names = Object.keys(files);
  for (const name of names) writeFileSync(join(inDir, `${name}.csv`), files[name]!, 'latin1');
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', `--infilter=CSV:${filter}`, '--convert-to', 'fods', '--outdir', outDir, ...names.map((n) => join(inDir, `${n}.csv`))], { stdio: 'pipe', timeout: 120_000 });
  return Object.fromEntries(names.map((n) => [n, join(outDir, `${n}.fods`)]));
}

interface Cell {
  type: string;
  formula: string | null;
  text: string;
}

/** The cells of the first sheet of a flat ODS file, row by row, as Calc holds them. */
function readCells(fods: string): Cell[][] {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(readFileSync(fods, 'utf8'), 'application/xml');
  const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
  const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
  const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
  const textOf = (node: Node): string => {
    let out = '';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.nodeValue;
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.namespaceURI === TEXT && el.localName === 's') out += ' '.repeat(Number(el.getAttributeNS(TEXT, 'c') ?? 1) || 1);
        else if (el.namespaceURI === TEXT && el.localName === 'tab') out += '\t';
        else if (el.namespaceURI === TEXT && el.localName === 'line-break') out += '\n';
        else out += textOf(el);
      }
    }
    return out;
  };
  const sheet = doc.getElementsByTagNameNS(TABLE, 'table')[0]!;
  const rows: Cell[][] = [];
  for (const row of Array.from(sheet.getElementsByTagNameNS(TABLE, 'table-row'))) {
    const cells: Cell[] = [];
    for (const cell of Array.from(row.children).filter((c) => c.localName === 'table-cell' || c.localName === 'covered-table-cell')) {
      const paragraphs = Array.from(cell.children).filter((c) => c.namespaceURI === TEXT && c.localName === 'p');
      const value: Cell = { type: cell.getAttributeNS(OFFICE, 'value-type') ?? '', formula: cell.getAttributeNS(TABLE, 'formula'), text: paragraphs.map(textOf).join('\n') };
      const repeat = Number(cell.getAttributeNS(TABLE, 'number-columns-repeated') ?? 1);
      for (let i = 0; i < Math.min(repeat, COLUMNS); i++) cells.push(value);
    }
    rows.push(cells.slice(0, COLUMNS));
  }
  // A sheet ends in empty rows, repeated: they are not rows of the file.
  while (rows.length > 0 && rows.at(-1)!.every((c) => c.text === '' && c.type === '')) rows.pop();
  return rows;
}

/**
 * What a field must look like in a spreadsheet cell, by csv.ts's documented rules, restated
 * here: NUL and lone surrogates become U+FFFD, a value starting with = + - @ tab or CR gets a
 * leading apostrophe. A cell holds paragraphs, so a line break inside it is a line break, of
 * whatever kind it was (CRLF, CR or LF).
 */
function expectedCell(value: string): string {
  let v = value.replace(/\0/g, '\uFFFD').toWellFormed();
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return v.replace(/\r\n?/g, '\n');
}

async function hostileRecords(): Promise<CaptureRecord[]> {
  const png = makePng(8, 8);
  const texts: Partial<CaptureRecord>[] = [
    { text: HOSTILE_TEXTS.formula, author: '+46 70 123 45 67', authorUrl: '@evil.example' },
    { text: '-2+3', author: '@SUM(A1:A2)', publishedText: '=1+1' },
    { text: 'Rad ett\r\nRad två\nRad tre\rRad fyra', author: 'Han sa "hej"; sen gick han' },
    { text: 'Blåbärssoppa på väg; smörgåsbord. ÅÄÖ åäö é ü ß', author: 'Åsa Öberg-Ärlig', status: 'registered', diarienummer: 'KS 2024/9' },
    { text: '\tindraget', author: '  mellanslag före och efter  ' },
    { text: '\r\nbörjar med radbrytning', author: 'Ctrl' },
    { text: HOSTILE_TEXTS.html, author: HOSTILE_TEXTS.rtl },
    { text: HOSTILE_TEXTS.zeroWidth, author: HOSTILE_TEXTS.nul },
    { text: HOSTILE_TEXTS.loneSurrogate, author: 'Emoji 😀 och 🇸🇪' },
    { text: '007', author: '2024-03-05', publishedText: '1,5' },
    { text: '', author: 'Tom text' },
    // As long as a Facebook comment can be (8,000 characters). Calc cuts a cell at 65,535 and
    // Excel at 32,767: the 100,000 characters of HOSTILE_TEXTS.long would not survive either.
    { text: HOSTILE_TEXTS.long.slice(0, 8000), author: 'Långt' },
  ];
  return Promise.all(texts.map((t, i) => makeRecord(i + 1, { capturedBy: PROFILE, ...t }, i % 2 === 0 ? png : undefined)));
}

function expectedRows(records: readonly CaptureRecord[]): string[][] {
  return [CSV_COLUMNS.map((c) => c.header), ...records.map((r) => CSV_COLUMNS.map((c) => expectedCell(c.value(r))))];
}

describe.runIf(!SOFFICE && IN_CI)('LibreOffice for the CSV round trip', () => {
  it('is installed in CI', () => {
    expect.fail('LibreOffice (soffice) is not installed and CI=true: the CSV round trip must run in CI. .ci/run installs libreoffice-calc-nogui.');
  });
});

describe.skipIf(!SOFFICE)('CSV for the diarium, opened by LibreOffice Calc', () => {
  let records: CaptureRecord[];
  let csv: string;
  let text: Record<string, string>;
  let standard: Record<string, string>;

  beforeAll(async () => {
    records = await hostileRecords();
    // Bytes as they are written, carried through a latin1 string unchanged.
    csv = Buffer.from(buildCsv(records)).toString('latin1');
    const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    const broken = {
      // The same table with commas: what a wrong separator would give.
      commas: utf8(Buffer.from(csv, 'latin1').toString('utf8').replace(/;/g, ',')),
      // Without the apostrophes that keep formulas from running.
      unneutralised: utf8(Buffer.from(csv, 'latin1').toString('utf8').replace(/(^|;|\r\n|")'(?=[=+\-@])/g, '$1')),
    };
    text = convert({ export: csv, ...broken }, AS_TEXT, 'as-text');
    standard = convert({ export: csv, unneutralised: broken.unneutralised }, STANDARD, 'standard');
  }, 180_000);

  it('imported as text, every cell is the record field, exactly, row by row', () => {
    const cells = readCells(text.export!);
    expect(cells.map((row) => row.map((c) => c.text))).toEqual(expectedRows(records));
    expect(cells.flat().every((c) => c.type === 'string' || (c.type === '' && c.text === ''))).toBe(true);
  });

  it('keeps the hostile cells as the registrar must see them', () => {
    const cells = readCells(text.export!).map((row) => row.map((c) => c.text));
    const col = (name: string) => CSV_COLUMNS.findIndex((c) => c.header === name);
    expect(cells[0]![0]).toBe('ID'); // the byte order mark is not part of the first cell
    expect(cells[1]![col('Text')]).toBe(`'=HYPERLINK("http://x")`);
    expect(cells[1]![col('Författare')]).toBe("'+46 70 123 45 67");
    expect(cells[2]![col('Författare')]).toBe("'@SUM(A1:A2)");
    expect(cells[3]![col('Text')]).toBe('Rad ett\nRad två\nRad tre\nRad fyra');
    expect(cells[3]![col('Författare')]).toBe('Han sa "hej"; sen gick han');
    expect(cells[4]![col('Författare')]).toBe('Åsa Öberg-Ärlig');
    expect(cells[4]![col('Text')]).toBe('Blåbärssoppa på väg; smörgåsbord. ÅÄÖ åäö é ü ß');
    expect(cells[4]![col('Diarienummer')]).toBe('KS 2024/9');
    expect(cells[5]![col('Författare')]).toBe('  mellanslag före och efter  ');
    expect(cells[8]![col('Författare')]).toBe('före\uFFFDefter');
    expect(cells[9]![col('Författare')]).toBe('Emoji 😀 och 🇸🇪');
    expect(cells[10]![col('Text')]).toBe('007');
  });

  it('imported the standard way, formulas evaluated, no cell is a formula and the hostile ones stay text', () => {
    const cells = readCells(standard.export!);
    expect(cells).toHaveLength(records.length + 1);
    expect(cells.flat().filter((c) => c.formula !== null)).toEqual([]);
    const col = CSV_COLUMNS.findIndex((c) => c.header === 'Text');
    expect(cells[1]![col]).toEqual({ type: 'string', formula: null, text: `'=HYPERLINK("http://x")` });
    expect(cells[2]![col]).toEqual({ type: 'string', formula: null, text: "'-2+3" });
  });

  it('the check fails for a broken file: a wrong separator, or formulas not neutralised', () => {
    const commas = readCells(text.commas!).map((row) => row.map((c) => c.text));
    expect(commas).not.toEqual(expectedRows(records));
    expect(commas[0]![0]).not.toBe('ID'); // the whole header line is one cell
    // With formulas evaluated, the unneutralised cells become formulas: the test above would see them.
    const formulas = readCells(standard.unneutralised!).flat().filter((c) => c.formula !== null);
    expect(formulas.map((c) => c.formula)).toEqual(expect.arrayContaining([expect.stringContaining('HYPERLINK')]));
  });
});
