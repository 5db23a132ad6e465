import type { RecordStatus } from './schema';

/**
 * The record lifecycle as a table: which status may follow which. Pure, so the queue, the bulk
 * actions, the diarienummer import and the disposal all refuse the same things.
 *
 * - Removed material must still be registered (SPEC, Bilaga 1): once a record is marked
 *   removed-from-site it can be registered, forwarded or kept, but never disposed directly.
 * - A registered record lives on in the diarium, so the local copy may be disposed.
 * - Disposed is final: the content is gone (lib/disposal keeps only a log line).
 */
export const TRANSITIONS: Readonly<Record<RecordStatus, readonly RecordStatus[]>> = {
  captured: ['registered', 'forwarded', 'removed-from-site', 'kept', 'disposed'],
  'removed-from-site': ['registered', 'forwarded', 'kept'],
  forwarded: ['registered', 'kept', 'disposed'],
  kept: ['registered', 'forwarded', 'disposed'],
  registered: ['disposed'],
  disposed: [],
};

export type TransitionErrorCode = 'same-status' | 'not-allowed' | 'needs-diarienummer' | 'needs-reason' | 'final';

export interface TransitionError {
  code: TransitionErrorCode;
  from: RecordStatus;
  to: RecordStatus;
  /** In Swedish, for logs and tests; the UI words it through i18n by `code`. */
  message: string;
}

/**
 * The one table of status names, for the UI (lib/i18n reads it), the exports and the refusal
 * messages: three copies had drifted apart ("Sparad (ingen registrering)" / "Sparad, ingen
 * registrering"). Keyed by UI language; the exports use Swedish.
 */
export const STATUS_LABELS = {
  sv: {
    captured: 'Fångad',
    registered: 'Diarieförd',
    forwarded: 'Vidarebefordrad',
    'removed-from-site': 'Borttagen från sidan',
    kept: 'Sparad, ingen registrering',
    disposed: 'Gallrad',
  },
  en: {
    captured: 'Captured',
    registered: 'Registered',
    forwarded: 'Forwarded',
    'removed-from-site': 'Removed from the site',
    kept: 'Kept, not registered',
    disposed: 'Disposed of',
  },
} as const satisfies Record<'sv' | 'en', Record<RecordStatus, string>>;

const SV: Record<RecordStatus, string> = STATUS_LABELS.sv;

/** A status in words; an unknown value (a newer backup) is shown as it is rather than hidden. */
export function statusLabel(status: string, lang: 'sv' | 'en' = 'sv'): string {
  return (STATUS_LABELS[lang] as Record<string, string>)[status] ?? status;
}

/**
 * Null when `from` → `to` is allowed; otherwise why not. Registering needs a diarienummer;
 * removing from the site needs at least one §3 reason, since the removal must be justified in
 * the registration (SPEC, Bilaga 1).
 */
export function checkTransition(from: RecordStatus, to: RecordStatus, opts: { diarienummer?: string; removalReasons?: readonly string[] } = {}): TransitionError | null {
  const fail = (code: TransitionErrorCode, message: string): TransitionError => ({ code, from, to, message });
  if (from === to) return fail('same-status', `Posten har redan status ${SV[to]}.`);
  if (TRANSITIONS[from].length === 0) return fail('final', `${SV[from]} är en slutstatus och kan inte ändras.`);
  if (!TRANSITIONS[from].includes(to)) return fail('not-allowed', `Status kan inte ändras från ${SV[from]} till ${SV[to]}.`);
  if (to === 'registered' && !opts.diarienummer?.trim()) return fail('needs-diarienummer', 'En diarieförd post måste ha ett diarienummer.');
  if (to === 'removed-from-site' && (opts.removalReasons ?? []).length === 0) return fail('needs-reason', 'En borttagen post måste ha minst ett skäl för borttagning.');
  return null;
}

/** The statuses a record may go to next, in table order (for the status buttons). */
export function nextStatuses(from: RecordStatus): readonly RecordStatus[] {
  return TRANSITIONS[from];
}
