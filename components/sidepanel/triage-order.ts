import type { TriageEntry } from '../../lib/protocol';

export const TRIAGE_FILTERS = ['action', 'remove', 'answer', 'overdue', 'answered', 'all'] as const;
export type TriageFilter = (typeof TRIAGE_FILTERS)[number];

const answerable = (e: TriageEntry) => e.category === 'question' || e.category === 'fault-report';
export const isAnswered = (e: TriageEntry) => e.answered && answerable(e) && e.needs === 'none';

export function matchesFilter(e: TriageEntry, filter: TriageFilter): boolean {
  switch (filter) {
    case 'action':
      return e.needs !== 'none';
    case 'remove':
      return e.needs === 'remove';
    case 'answer':
      return e.needs === 'answer';
    case 'overdue':
      return e.overdue;
    case 'answered':
      return isAnswered(e);
    case 'all':
      return true;
  }
}

/** The states counted above the list: each count is what its filter would show. */
export const COUNTED = ['remove', 'answer', 'overdue', 'answered'] as const satisfies readonly TriageFilter[];

export function triageCounts(entries: readonly TriageEntry[]): Record<(typeof COUNTED)[number], number> {
  return Object.fromEntries(COUNTED.map((f) => [f, entries.filter((e) => matchesFilter(e, f)).length])) as Record<(typeof COUNTED)[number], number>;
}

/** Remove first, then overdue, then due soonest (no deadline last); else the page's order. */
function rank(e: TriageEntry): number {
  if (e.needs === 'remove') return 0;
  if (e.overdue) return 1;
  if (e.needs === 'answer') return 2;
  return 3;
}

export function byUrgency(entries: readonly TriageEntry[]): TriageEntry[] {
  const position = new Map(entries.map((e, i) => [e.key, i]));
  const due = (e: TriageEntry) => (e.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(e.dueAt));
  return [...entries].sort((a, b) => rank(a) - rank(b) || (rank(a) <= 2 ? due(a) - due(b) : 0) || position.get(a.key)! - position.get(b.key)!);
}
