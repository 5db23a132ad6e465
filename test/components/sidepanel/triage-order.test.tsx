import { describe, expect, it } from 'vitest';
import { byUrgency, matchesFilter, triageCounts } from '../../../components/sidepanel/triage-order';
import type { TriageEntry } from '../../../lib/protocol';

const entry = (key: string, over: Partial<TriageEntry>): TriageEntry => ({
  key,
  category: null,
  flags: [],
  answered: false,
  dueAt: null,
  overdue: false,
  needs: 'none',
  captured: false,
  dueWhen: null,
  dueDay: null,
  kind: 'comment',
  author: `Person ${key}`,
  excerpt: 'text',
  timeKnown: false,
  ...over,
});

// In page order: the side panel sorts by urgency (issue 20 point 5).
const page = [
  entry('praise', { category: 'praise' }),
  entry('late-answer', { category: 'question', needs: 'answer', dueAt: '2026-12-10T09:00:00.000Z', timeKnown: true }),
  entry('answered', { category: 'question', answered: true }),
  entry('no-time', { category: 'question', needs: 'answer' }),
  entry('overdue', { category: 'fault-report', needs: 'answer', overdue: true, dueAt: '2026-12-07T09:00:00.000Z', timeKnown: true }),
  entry('soon-answer', { category: 'question', needs: 'answer', dueAt: '2026-12-08T12:00:00.000Z', timeKnown: true }),
  entry('remove', { category: 'remove', needs: 'remove', flags: ['personal-identity-number'] }),
];

describe('the side panel’s list', () => {
  it('remove first, then overdue, then due soonest, no deadline last among answers, then the rest in page order', () => {
    expect(byUrgency(page).map((e) => e.key)).toEqual(['remove', 'overdue', 'soon-answer', 'late-answer', 'no-time', 'praise', 'answered']);
  });

  it('filters by state, and counts each', () => {
    expect(page.filter((e) => matchesFilter(e, 'action')).map((e) => e.key)).toEqual(['late-answer', 'no-time', 'overdue', 'soon-answer', 'remove']);
    expect(page.filter((e) => matchesFilter(e, 'answered')).map((e) => e.key)).toEqual(['answered']);
    expect(page.filter((e) => matchesFilter(e, 'overdue')).map((e) => e.key)).toEqual(['overdue']);
    expect(triageCounts(page)).toEqual({ remove: 1, answer: 4, overdue: 1, answered: 1 });
  });
});
