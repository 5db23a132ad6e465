/**
 * The registrar's answer: a CSV of `id;diarienummer`, one record per line, UTF-8 with or
 * without BOM, CRLF or LF. Strict on purpose: a wrong number on a public record is worse than
 * none, so every line is checked and the file is applied only when every line is valid.
 * An optional first line `id;diarienummer` (any case, or the export's "ID;Diarienummer") is a header.
 */

export interface DnrLine {
  id: string;
  diarienummer: string;
}

export interface DnrLineError {
  /** 1-based, as an editor shows it. */
  line: number;
  code: 'not-utf8' | 'columns' | 'bad-id' | 'empty-dnr' | 'bad-dnr' | 'duplicate' | 'unknown-id' | 'empty-file';
  /** The offending value, for the message. */
  value?: string;
}

export type DnrParseResult = { ok: true; lines: DnrLine[] } | { ok: false; errors: DnrLineError[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Diarienummer in use look like "KS 2024/123", "2024-000123", "BUN.2024.17": letters, digits,
// spaces and . / - : _ only; nothing that could be a formula or a control character.
const DNR = /^[\p{L}\p{N}][\p{L}\p{N} ./:_-]{0,99}$/u;

/** Decodes strictly as UTF-8 (a Windows-1252 file is refused, not misread) and drops a BOM. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/** Parses the file; `known` says which ids exist in the store. */
export function parseDnrCsv(bytes: Uint8Array, known: (id: string) => boolean): DnrParseResult {
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, errors: [{ line: 0, code: 'not-utf8' }] };
  const rows = text.split(/\r?\n/);
  while (rows.length > 0 && rows[rows.length - 1]!.trim() === '') rows.pop();
  const errors: DnrLineError[] = [];
  const lines: DnrLine[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const line = i + 1;
    if (i === 0 && /^id;diarienummer$/i.test(row.trim())) return;
    const cells = row.split(';');
    if (cells.length !== 2) return void errors.push({ line, code: 'columns', value: row.slice(0, 80) });
    const id = cells[0]!.trim().toLowerCase();
    const dnr = cells[1]!.trim();
    if (!UUID.test(id)) return void errors.push({ line, code: 'bad-id', value: cells[0]!.slice(0, 80) });
    if (dnr === '') return void errors.push({ line, code: 'empty-dnr' });
    if (!DNR.test(dnr)) return void errors.push({ line, code: 'bad-dnr', value: dnr.slice(0, 80) });
    if (seen.has(id)) return void errors.push({ line, code: 'duplicate', value: id });
    if (!known(id)) return void errors.push({ line, code: 'unknown-id', value: id });
    seen.add(id);
    lines.push({ id, diarienummer: dnr });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (lines.length === 0) return { ok: false, errors: [{ line: 0, code: 'empty-file' }] };
  return { ok: true, lines };
}
