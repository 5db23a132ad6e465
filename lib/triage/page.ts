/**
 * One page's triage as the background keeps it (issue 20): the overlay sends each reading once,
 * with the order of every item it knows; the page is triaged again as a whole (threads and owner
 * replies depend on neighbours; the guide's verdict on a text is cached, so that costs a lookup
 * per item), and only the items whose state changed go back. Memory only: a stopped worker
 * loses it and the overlay sends everything again.
 */
import { latestPublishedTime } from '../platforms/relative-time';
import type { ItemReading } from '../platforms/types';
import { triage, type Triage, type TriageCache } from './index';
import { whenText, type TriageTranslate } from './words';

export interface TriageItemState {
  key: string;
  category: string | null;
  flags: string[];
  answered: boolean;
  dueAt: string | null;
  overdue: boolean;
  needs: Triage['needs'];
  captured: boolean;
  dueWhen: string | null;
  dueDay: string | null;
}

export interface TriageListEntry extends TriageItemState {
  kind: string;
  author: string;
  excerpt: string;
  timeKnown: boolean;
}

/** Words of a comment the side panel shows, and their most characters. */
const EXCERPT_WORDS = 12;
const EXCERPT_CHARS = 120;

export function excerptOf(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let out = words.slice(0, EXCERPT_WORDS).join(' ');
  if (out.length > EXCERPT_CHARS) out = out.slice(0, EXCERPT_CHARS);
  return out.length < text.trim().length ? `${out}…` : out;
}

const sameState = (a: TriageItemState | undefined, b: TriageItemState) =>
  !!a && a.needs === b.needs && a.answered === b.answered && a.dueAt === b.dueAt && a.overdue === b.overdue && a.captured === b.captured && a.dueWhen === b.dueWhen && a.category === b.category && a.flags.join() === b.flags.join();

export class PageTriage {
  readonly readings = new Map<string, ItemReading>();
  /** The record key (lib/capture itemKey) of each item, once known, and those already captured. */
  readonly recordKeys = new Map<string, string>();
  readonly captured = new Set<string>();
  private order: string[] = [];
  private states = new Map<string, TriageItemState>();
  failed = false;
  at = new Date();
  /** Time spent triaging this page in all (synchronous, so the worker's CPU), for `npm run bench`. */
  spentMs = 0;

  constructor(
    readonly session: string,
    public pageUrl: string,
    /** Writes the deadlines in the user's language. */
    public t?: TriageTranslate,
  ) {}

  /** Takes new readings and the current order; answers the states that changed. */
  update(items: readonly { key: string; reading: ItemReading }[], order: readonly string[], at: Date, cache?: TriageCache): TriageItemState[] {
    for (const { key, reading } of items) this.readings.set(key, reading);
    this.order = order.filter((key) => this.readings.has(key));
    // Items the overlay no longer lists (the page removed them) are forgotten.
    if (this.readings.size > this.order.length) {
      const live = new Set(this.order);
      for (const key of [...this.readings.keys()]) if (!live.has(key)) this.forget(key);
    }
    this.at = at;
    return this.recompute(cache);
  }

  /** An item was captured (now, or before the page was opened): its state changes to "Fångad". */
  markCaptured(recordKey: string, cache?: TriageCache): TriageItemState[] {
    this.captured.add(recordKey);
    return this.recompute(cache);
  }

  recompute(cache?: TriageCache): TriageItemState[] {
    const start = performance.now();
    try {
      return this.triageAll(cache);
    } finally {
      this.spentMs += performance.now() - start;
    }
  }

  private triageAll(cache?: TriageCache): TriageItemState[] {
    const readings = this.order.map((key) => this.readings.get(key)!);
    const results = triage(readings, this.at, cache);
    const changed: TriageItemState[] = [];
    const next = new Map<string, TriageItemState>();
    results.forEach((t, i) => {
      const key = this.order[i]!;
      const recordKey = this.recordKeys.get(key);
      const words = this.t && t.dueAt ? { dueWhen: whenText(t.dueAt, this.at, this.t, true), dueDay: whenText(t.dueAt, this.at, this.t, false) } : { dueWhen: null, dueDay: null };
      const state: TriageItemState = { key, category: t.category, flags: t.flags, answered: t.answered, dueAt: t.dueAt, overdue: t.overdue, needs: t.needs, captured: recordKey !== undefined && this.captured.has(recordKey), ...words };
      next.set(key, state);
      if (!sameState(this.states.get(key), state)) changed.push(state);
    });
    this.states = next;
    this.failed = false;
    return changed;
  }

  /** Everything the overlay was told is forgotten: the next answer carries every state. */
  resetAnswers(): void {
    this.states = new Map();
  }

  /** The side panel's list, in document order (the panel sorts it by urgency). */
  list(): TriageListEntry[] {
    return this.order.flatMap((key) => {
      const state = this.states.get(key);
      const reading = this.readings.get(key);
      if (!state || !reading) return [];
      const timeKnown = latestPublishedTime(reading, this.at) !== null;
      return [{ ...state, kind: reading.kind, author: reading.author, excerpt: excerptOf(reading.text), timeKnown }];
    });
  }

  private forget(key: string): void {
    this.readings.delete(key);
    this.recordKeys.delete(key);
    this.states.delete(key);
  }
}
