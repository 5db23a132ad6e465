const TZ = 'Europe/Stockholm';

/**
 * Date and time in Swedish format, Stockholm time ("2026-11-23 07:41"), whatever the UI language.
 * A module of its own so the content script can use it without the full catalogue.
 */
export function formatDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, dateStyle: 'short', timeStyle: 'short' }).format(d);
}
