// The hostile payloads of test/fixtures/hostile/payloads.json, expanded.
import { readFileSync } from 'node:fs';

export interface Payload {
  id: string;
  description: string;
  text: string;
  author?: string;
  authorUrl?: string;
  permalink?: string;
}

type Raw = Omit<Payload, 'text'> & { text: string | { repeat: string; length: number } };

export const PAYLOADS: Payload[] = (JSON.parse(readFileSync(new URL('../../fixtures/hostile/payloads.json', import.meta.url), 'utf8')).payloads as Raw[]).map((p) => ({
  ...p,
  text: typeof p.text === 'string' ? p.text : p.text.repeat.repeat(Math.ceil(p.text.length / p.text.repeat.length)).slice(0, p.text.length),
}));

/** As the CSV writes a cell's value (lib/export/csv.ts): NUL and lone surrogates as U+FFFD, formula starters behind an apostrophe. */
export function csvValue(s: string): string {
  const cell = s.replace(/\0/g, '\uFFFD').toWellFormed();
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Parses RFC 4180 CSV with ; as separator (what a spreadsheet or the registrar's import does). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}
