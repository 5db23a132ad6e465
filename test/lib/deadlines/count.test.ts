import { describe, expect, it } from 'vitest';
import { badgeText, countDueQuestions } from '../../../lib/deadlines/count';

// Stockholm is UTC+1 in winter: 2026-11-24 is a Tuesday.
const NOW = new Date('2026-11-24T09:00:00+01:00');
const q = (dueAt: string, extra: Record<string, string> = {}) => ({ category: 'question', dueAt, status: 'captured', ...extra });

describe('countDueQuestions', () => {
  it('counts questions due later today and overdue ones, not those due on a later day', () => {
    const records = [
      q('2026-11-24T08:59:00+01:00'), // overdue by a minute
      q('2026-11-20T10:00:00+01:00'), // overdue since last week
      q('2026-11-24T23:59:59+01:00'), // due today, last second
      q('2026-11-25T00:00:00+01:00'), // due tomorrow: not yet
      q('2026-12-01T10:00:00+01:00'),
    ];
    expect(countDueQuestions(records, NOW)).toBe(3);
  });

  it('"today" is the Stockholm day, not the UTC day', () => {
    // 23:30 UTC on the 24th is already the 25th in Stockholm.
    expect(countDueQuestions([q('2026-11-24T23:30:00Z')], NOW)).toBe(0);
    expect(countDueQuestions([q('2026-11-24T22:30:00Z')], NOW)).toBe(1);
  });

  it('ignores other categories, records without a deadline, disposed records and unreadable dates', () => {
    const past = '2026-11-01T10:00:00+01:00';
    const records = [
      { category: 'praise', dueAt: past },
      { category: 'remove', dueAt: past },
      { category: 'question' },
      { dueAt: past },
      q(past, { status: 'disposed' }),
      q('not a date'),
      q(past, { status: 'forwarded' }),
      q(past, { status: 'registered' }),
    ];
    expect(countDueQuestions(records, NOW)).toBe(2);
  });

  it('counts nothing in an empty store', () => {
    expect(countDueQuestions([], NOW)).toBe(0);
  });
});

describe('badgeText', () => {
  it('shows nothing for zero, the number otherwise, capped to fit the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(42)).toBe('42');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });
});
