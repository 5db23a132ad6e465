/**
 * A triage state in words (issue 20): "Ta bort? personnummer", "Svara senast tis 10:15",
 * "Försenad sedan mån", "Besvarad", "Fångad"; never by colour alone. Shared by the toolbar's
 * room (content script) and the side panel, so it imports no guide: only the state's fields.
 */
import type { triageSv } from '../i18n/messages/triage.sv';

type TriageKey = keyof typeof triageSv;
export type TriageTranslate = (key: TriageKey, vars?: Record<string, string | number>) => string;

export interface TriageStateLike {
  needs: 'remove' | 'answer' | 'none';
  flags: readonly string[];
  answered: boolean;
  dueAt: string | null;
  overdue: boolean;
  captured: boolean;
  category: string | null;
  /** The deadline already in words (written by the background), used instead of formatting here. */
  dueWhen?: string | null;
  dueDay?: string | null;
}

/** The flags that name why the guide says remove, in the order they are named. */
const REMOVE_REASONS = ['personal-identity-number', 'sensitive-personal-data', 'personal-attack', 'profanity', 'commercial'] as const;

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, kind: 'weekday' | 'weekdayTime' | 'date' | 'dateTime'): Intl.DateTimeFormat {
  const id = `${locale}|${kind}`;
  let f = formats.get(id);
  if (!f) {
    const time = kind === 'weekdayTime' || kind === 'dateTime' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const : {};
    const day = kind.startsWith('weekday') ? { weekday: 'short' } as const : { day: 'numeric', month: 'short' } as const;
    f = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Stockholm', ...day, ...time });
    formats.set(id, f);
  }
  return f;
}

/**
 * When, as a Swedish official writes it in Stockholm time: the weekday ("tis 10:15") within
 * the coming or past six days, else the date ("7 dec. 10:15"), where a weekday would mislead.
 */
export function whenText(iso: string, now: Date, t: TriageTranslate, withTime: boolean): string {
  const at = new Date(iso);
  const near = Math.abs(at.getTime() - now.getTime()) < 6 * DAY_MS;
  const kind = near ? (withTime ? 'weekdayTime' : 'weekday') : withTime ? 'dateTime' : 'date';
  return format(t('triage.locale'), kind).format(at);
}

/** The "remove" part's reason, or the guide's plain word. */
function removeText(state: TriageStateLike, t: TriageTranslate): string {
  const reason = REMOVE_REASONS.find((f) => state.flags.includes(f));
  return reason ? t('triage.remove', { reason: t(`triage.flag.${reason}`) }) : t('triage.removeGuide');
}

/** The state's parts in words, most urgent first; empty when nothing needs saying. */
function stateParts(state: TriageStateLike, now: Date, t: TriageTranslate): string[] {
  const parts: string[] = [];
  if (state.needs === 'remove') parts.push(removeText(state, t));
  else if (state.needs === 'answer') {
    if (state.dueAt === null) parts.push(t('triage.timeUnknown'));
    else if (state.overdue) parts.push(t('triage.overdue', { since: state.dueDay ?? whenText(state.dueAt, now, t, false) }));
    else parts.push(t('triage.answerBy', { when: state.dueWhen ?? whenText(state.dueAt, now, t, true) }));
  } else if (state.answered && (state.category === 'question' || state.category === 'fault-report')) parts.push(t('triage.answered'));
  if (state.captured) parts.push(t('triage.captured'));
  return parts;
}

export function stateText(state: TriageStateLike, now: Date, t: TriageTranslate): string {
  return stateParts(state, now, t).join(' · ');
}
