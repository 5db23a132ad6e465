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

export function triageCounts(entries: readonly TriageEntry[]) {
  return {
    remove: entries.filter((e) => e.needs === 'remove').length,
    answer: entries.filter((e) => e.needs === 'answer').length,
    overdue: entries.filter((e) => e.overdue).length,
    answered: entries.filter(isAnswered).length,
  };
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
