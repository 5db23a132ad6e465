import type { CaptureRecord } from '../records/schema';
import { statusLabel } from '../records/statuses';
import { actionLabel, categoryLabel, removalLabel, KIND_LABELS, PLATFORM_LABELS, profileLabel, reasonLabels } from './labels';
import { stockholmTime } from './stockholmTime';

/**
 * CSV for import into the diarium, as Swedish Excel opens it by double-click: UTF-8 with a byte
 * order mark (else Excel guesses Windows-1252 and å ä ö break), semicolons (Swedish Excel's list
 * separator, because the comma is the decimal sign), CRLF between rows, and fields quoted per
 * RFC 4180 when they hold a separator, a quote, a line break or edge spaces.
 *
 * Columns, in this order (header row in Swedish):
 *  1 ID                      the record's id (UUID)
 *  2 Plattform               Facebook, Meta Business Suite, Instagram, YouTube, YouTube Studio, Manuellt markerad text
 *  3 Typ                     Inlägg, Kommentar, Svar, Markerad text
 *  4 Författare              author as shown
 *  5 Författarens adress     author's profile URL
 *  6 Text                    the captured text (see "verbatim" below)
 *  7 Permalänk               the item's own link
 *  8 Sida                    the page it was captured on
 *  9 Publicerad (som visad)  the time as the page showed it ("2 tim")
 * 10 Publicerad              exact publication time, where the page gave one, Swedish time
 * 11 Fångad                  capture time, "ÅÅÅÅ-MM-DD tt:mm:ss" in Europe/Stockholm
 * 12 Fångad av               name, title, unit of the administrator
 * 13 Status                  the record's status
 * 14 SHA-256 innehåll        digest of the record's canonical JSON (lib/records/digests.ts)
 * 15 SHA-256 skärmbild       digest of the screenshot, empty when there is none
 * 16 Diarienummer            the record's Dnr once known, else empty for the registrar to fill in
 * 17 Kategori                the guide category, by the name the queue shows
 * 18 Skäl för borttagning    the §3 reasons by the guide's labels, separated by " | "
 * 19 Åtgärd                  Diarieföra, Vidarebefordra or Spara
 * 20 Fångad vid borttagning  "raderad, fångad vid borttagning" / "dold, …" (issue 24), else empty
 * 21 Version                 the capture's number among the item's captures (1 for the first)
 * 22 Version av              the first capture's id, for a later version; else empty
 *
 * Verbatim: text is kept as captured, except that (a) a cell starting with = + - @ tab or CR
 * gets a leading apostrophe so spreadsheets do not run it as a formula (CSV injection), (b) NUL
 * becomes U+FFFD because Excel and many importers cut the cell there, and (c) lone surrogates
 * become U+FFFD because UTF-8 cannot encode them. The JSON export keeps every character.
 */
export const CSV_COLUMNS: readonly { header: string; value: (r: CaptureRecord) => string }[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'Plattform', value: (r) => PLATFORM_LABELS[r.platform] },
  { header: 'Typ', value: (r) => KIND_LABELS[r.kind] },
  { header: 'Författare', value: (r) => r.author },
  { header: 'Författarens adress', value: (r) => r.authorUrl ?? '' },
  { header: 'Text', value: (r) => r.text },
  { header: 'Permalänk', value: (r) => r.permalink ?? '' },
  { header: 'Sida', value: (r) => r.pageUrl },
  { header: 'Publicerad (som visad)', value: (r) => r.publishedText ?? '' },
  { header: 'Publicerad', value: (r) => (r.publishedAt ? stockholmTime(r.publishedAt) : '') },
  { header: 'Fångad', value: (r) => stockholmTime(r.capturedAt) },
  { header: 'Fångad av', value: (r) => profileLabel(r.capturedBy) },
  { header: 'Status', value: (r) => statusLabel(r.status) },
  { header: 'SHA-256 innehåll', value: (r) => r.contentSha256 },
  { header: 'SHA-256 skärmbild', value: (r) => (r.screenshot.status === 'ok' ? r.screenshot.sha256 : '') },
  { header: 'Diarienummer', value: (r) => r.diarienummer ?? '' },
  { header: 'Kategori', value: (r) => categoryLabel(r.category) },
  { header: 'Skäl för borttagning (§3)', value: (r) => reasonLabels(r.removalReasons).join(' | ') },
  { header: 'Åtgärd', value: (r) => actionLabel(r.action) },
  { header: 'Fångad vid borttagning', value: (r) => removalLabel(r.capturedOnRemoval) },
  { header: 'Version', value: (r) => String(r.version ?? 1) },
  { header: 'Version av', value: (r) => r.versionOf ?? '' },
];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One cell: neutralised against formula injection, then quoted if RFC 4180 needs it. */
export function csvCell(value: string): string {
  let cell = value.replace(/\0/g, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The CSV as a string: header row and one row per record, every row ending in CRLF. */
export function csvText(records: readonly CaptureRecord[]): string {
  const rows = [CSV_COLUMNS.map((c) => csvCell(c.header))];
  for (const record of records) rows.push(CSV_COLUMNS.map((c) => csvCell(c.value(record))));
  return rows.map((cells) => cells.join(';') + '\r\n').join('');
}

/** The CSV file's bytes: UTF-8 with BOM. */
export function buildCsv(records: readonly CaptureRecord[]): Uint8Array {
  const body = new TextEncoder().encode(csvText(records));
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
