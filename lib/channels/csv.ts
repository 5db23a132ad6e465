import { csvCell } from '../export/csv';
import { stockholmTime } from '../export/stockholmTime';
import { CHANNEL_PLATFORM_LABELS } from './labels';
import type { ChannelFacts } from './reminders';

/**
 * The register as CSV, the same dialect as the records' CSV (lib/export/csv.ts): UTF-8 with BOM,
 * semicolons, CRLF, formula cells neutralised by csvCell. Columns: Plattform; Namn; Adress;
 * Syfte; Ansvarig administratör; Ersättare; Anmäld till kommunikationschefen (YYYY-MM-DD);
 * Senaste skärmbild; Senaste aktivitet (Stockholm time, empty when none).
 */
export const CHANNEL_CSV_HEADERS = ['Plattform', 'Namn', 'Adress', 'Syfte', 'Ansvarig administratör', 'Ersättare', 'Anmäld till kommunikationschefen', 'Senaste skärmbild', 'Senaste aktivitet'] as const;

export function channelCsvText(facts: readonly ChannelFacts[]): string {
  const rows: string[][] = [[...CHANNEL_CSV_HEADERS]];
  for (const { channel: c, lastScreenshotAt, lastActivityAt } of facts) {
    rows.push([
      CHANNEL_PLATFORM_LABELS[c.platform],
      c.name,
      c.url,
      c.purpose,
      c.administrator,
      c.substitute,
      c.reportedAt,
      lastScreenshotAt ? stockholmTime(lastScreenshotAt) : '',
      lastActivityAt ? stockholmTime(lastActivityAt) : '',
    ]);
  }
  return rows.map((cells) => cells.map(csvCell).join(';') + '\r\n').join('');
}

export function buildChannelCsv(facts: readonly ChannelFacts[]): Uint8Array {
  const body = new TextEncoder().encode(channelCsvText(facts));
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
