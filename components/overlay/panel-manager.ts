import { classificationFor, type Classification } from '../../lib/deadlines/classification';
import type { CategoryId } from '../../lib/guide/schema';
import type { Suggestion } from '../../lib/guide/suggest';
import type { GuidePanelApi, PanelTarget } from '../../lib/overlay/panel-api';
import type { Workdays } from '../../lib/calendar/rules';

/** One item's guide: open or not, what suggest() said once it was seen, what the user chose. */
export interface PanelEntry {
  target: PanelTarget;
  open: boolean;
  suggestion?: Suggestion;
  /** The user's choice; undefined while they have not changed the suggestion. */
  chosen?: CategoryId | null;
}

/**
 * The guide panels' state, outside React: the toolbars (plain DOM, in the content script) ask
 * it for the classification at capture time, and a panel closed and opened again keeps the
 * category the user chose. React renders the open entries (PanelRoot).
 */
export class PanelManager implements GuidePanelApi {
  private readonly entries = new Map<string, PanelEntry>();
  private snapshot: PanelEntry[] = [];
  private readonly listeners = new Set<() => void>();
  /** Working days from the background's table, set by the React root once loaded. */
  private workdays: Workdays | undefined;

  constructor(private readonly onFirstUse: () => void) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PanelEntry[] => this.snapshot;

  setWorkdays(workdays: Workdays | undefined): void {
    this.workdays = workdays;
  }

  toggle(target: PanelTarget): boolean {
    this.onFirstUse();
    const entry = this.entries.get(target.key) ?? { target, open: false };
    entry.target = target;
    entry.open = !entry.open;
    this.entries.set(target.key, entry);
    this.publish();
    return entry.open;
  }

  /** Stored by the panel when it computed the suggestion (only panels that were opened). */
  setSuggestion(key: string, suggestion: Suggestion): void {
    const entry = this.entries.get(key);
    if (entry) entry.suggestion = suggestion;
  }

  choose(key: string, category: CategoryId | null): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.chosen = category;
    this.publish();
  }

  categoryOf(entry: PanelEntry): CategoryId | null {
    return entry.chosen !== undefined ? entry.chosen : (entry.suggestion?.category ?? null);
  }

  classification(key: string): Classification | undefined {
    const entry = this.entries.get(key);
    const category = entry ? this.categoryOf(entry) : null;
    // Only what the user has seen in the panel is stored with a capture (issue 4).
    if (!entry?.suggestion || !category) return undefined;
    // Without the holiday table no deadline is guessed; the category is still stored.
    if (!this.workdays) return { category, flags: [...entry.suggestion.flags] };
    return classificationFor(this.workdays, category, entry.suggestion.flags, entry.target.reading.publishedAt, new Date());
  }

  forget(key: string): void {
    if (this.entries.delete(key)) this.publish();
  }

  dispose(): void {
    this.entries.clear();
    this.publish();
  }

  private publish(): void {
    this.snapshot = Array.from(this.entries, ([, entry]) => entry);
    for (const listener of this.listeners) listener();
  }
}
