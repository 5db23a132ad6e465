/**
 * Triage: what each comment on a page needs, without anyone opening it (issue 20). Pure: the
 * readings and the clock in, one answer per reading out. Contract: DESIGN.md in the planning
 * folder (README).
 *
 * - category and flags: the guide's suggestion for the text (lib/guide).
 * - answered: a reply by the page or channel itself follows it in its thread.
 * - dueAt: the answer deadline (lib/workdays.ts) from the exact time, else the shown time read
 *   against `now`; null when neither can be read ("tid okänd"), never a guess.
 * - needs: 'remove' where the guide says remove; 'answer' for a question or fault report by
 *   someone else that is not answered; else 'none'.
 */
import { LRUCache } from 'lru-cache';
import { createSuggester, type CategoryId, type Suggester, type SuggestionFlag } from '../guide';
import { latestPublishedTime } from '../platforms/relative-time';
import type { ItemReading } from '../platforms/types';
import { answerDeadline } from '../workdays';

export type TriageNeed = 'remove' | 'answer' | 'none';

export interface Triage {
  category: CategoryId | null;
  flags: SuggestionFlag[];
  answered: boolean;
  /** ISO 8601; null when the time could not be read. */
  dueAt: string | null;
  /** Past its deadline and still needing an answer. */
  overdue: boolean;
  needs: TriageNeed;
}

/** Flags that on their own make the guide say remove, even where it gives no category (a signed reply). */
const REMOVE_FLAGS: ReadonlySet<SuggestionFlag> = new Set<SuggestionFlag>([
  'personal-identity-number',
  'sensitive-personal-data',
  'profanity',
  'personal-attack',
  'commercial',
]);

const ANSWERABLE: ReadonlySet<CategoryId> = new Set<CategoryId>(['question', 'fault-report']);

interface Classified {
  category: CategoryId | null;
  flags: SuggestionFlag[];
}

export interface TriageCache {
  /** The suggestion for a text, computed once per distinct text. */
  classify(text: string): Classified;
  /** The deadline for a receipt time, computed once per instant. */
  deadline(receivedMs: number): string;
}

/** Entries kept: a long page's comments and then some; an evicted one is only computed again. */
const MAX_ENTRIES = 5000;

/**
 * A cache for triage(): a re-read of the same comment costs a lookup. Keyed by the text itself,
 * not the item's id, so an edited comment is classified anew; `suggester` defaults to the
 * shipped guide's.
 */
export function createTriageCache(suggester?: Suggester): TriageCache {
  let suggest = suggester;
  const texts = new LRUCache<string, Classified>({ max: MAX_ENTRIES });
  const deadlines = new LRUCache<number, string>({ max: MAX_ENTRIES });
  return {
    classify(text) {
      const hit = texts.get(text);
      if (hit) return hit;
      suggest ??= createSuggester();
      const s = suggest(text);
      const value = { category: s.category, flags: s.flags };
      texts.set(text, value);
      return value;
    },
    deadline(receivedMs) {
      const hit = deadlines.get(receivedMs);
      if (hit) return hit;
      const value = answerDeadline(new Date(receivedMs)).toISOString();
      deadlines.set(receivedMs, value);
      return value;
    },
  };
}

let shared: TriageCache | undefined;

/** Whether the adapter read the text: an unread one is never classified from nothing. */
function textRead(r: ItemReading): boolean {
  return r.text.trim() !== '' && !r.unreadable?.includes('text');
}

function authorRead(r: ItemReading): boolean {
  return r.author.trim() !== '' && !r.unreadable?.includes('author');
}

/**
 * A key for each reading's thread: the index of the comment that opens it (itself for a comment
 * or post), the comment its parentItemId names, else the nearest comment before it. Replies
 * whose comment is not on the page (not loaded yet) share a negative key: one per named parent,
 * and -1 for those before any comment.
 */
function threadHeads(readings: readonly ItemReading[]): number[] {
  const byId = new Map<string, number>();
  const absent = new Map<string, number>();
  const heads: number[] = [];
  let last = -1;
  readings.forEach((r, i) => {
    if (r.kind !== 'reply') {
      last = i;
      heads.push(i);
      if (r.itemId && !byId.has(r.itemId)) byId.set(r.itemId, i);
      return;
    }
    if (r.parentItemId === undefined) {
      heads.push(last);
      return;
    }
    const named = byId.get(r.parentItemId);
    if (named !== undefined) {
      heads.push(named);
      return;
    }
    if (!absent.has(r.parentItemId)) absent.set(r.parentItemId, -2 - absent.size);
    heads.push(absent.get(r.parentItemId)!);
  });
  return heads;
}

/** For each reading, whether a reply by the owner follows it (later in document order) in its thread. */
function answeredFlags(readings: readonly ItemReading[], heads: readonly number[]): boolean[] {
  // Walking backwards, the set holds the threads with an owner reply at or after the position.
  const ownerLater = new Set<number>();
  const out: boolean[] = new Array<boolean>(readings.length).fill(false);
  for (let i = readings.length - 1; i >= 0; i--) {
    const head = heads[i]!;
    out[i] = ownerLater.has(head);
    const r = readings[i]!;
    if (r.kind === 'reply' && r.byOwner) ownerLater.add(head);
  }
  return out;
}

/**
 * One answer per reading, in the same order. `readings` are in document order, as the adapter's
 * findItems gives them. `cache` defaults to one shared by every call in this context.
 */
export function triage(readings: readonly ItemReading[], now: Date, cache: TriageCache = (shared ??= createTriageCache())): Triage[] {
  const heads = threadHeads(readings);
  const answered = answeredFlags(readings, heads);
  const nowMs = now.getTime();
  return readings.map((r, i) => {
    const { category, flags } = textRead(r) ? cache.classify(r.text) : { category: null, flags: [] as SuggestionFlag[] };
    const received = latestPublishedTime(r, now);
    const dueAt = received ? cache.deadline(received.getTime()) : null;
    let needs: TriageNeed = 'none';
    if (category === 'remove' || flags.some((f) => REMOVE_FLAGS.has(f))) needs = 'remove';
    // Whether someone else asked is known only when the author was read.
    else if (category && ANSWERABLE.has(category) && authorRead(r) && !r.byOwner && !answered[i]) needs = 'answer';
    return {
      category,
      flags: [...flags],
      answered: answered[i]!,
      dueAt,
      overdue: needs === 'answer' && dueAt !== null && Date.parse(dueAt) < nowMs,
      needs,
    };
  });
}
