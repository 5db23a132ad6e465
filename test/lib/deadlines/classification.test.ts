import { describe, expect, it } from 'vitest';
import { classificationFor, dueDateFor, questionDeadline, receivedAt } from '../../../lib/deadlines/classification';
import { workdays } from '../../../lib/workdays';

const at = (s: string) => new Date(s);

describe('receivedAt', () => {
  const now = at('2026-11-24T09:00:00+01:00');
  it('uses the exact publication time when the site gives one', () => {
    expect(receivedAt('2026-11-23T14:00:00+01:00', now)).toEqual({ at: at('2026-11-23T14:00:00+01:00'), exact: true });
  });
  it('falls back to now without one, with an unreadable one, or with one in the future', () => {
    expect(receivedAt(undefined, now)).toEqual({ at: now, exact: false });
    expect(receivedAt('igår', now)).toEqual({ at: now, exact: false });
    expect(receivedAt('2026-11-25T09:00:00+01:00', now)).toEqual({ at: now, exact: false });
  });
});

describe('dueDateFor and classificationFor', () => {
  const now = at('2026-11-24T09:00:00+01:00');
  it('gives questions a deadline one working day after publication', () => {
    // Friday 14:00 → Monday 14:00.
    expect(dueDateFor(workdays, 'question', '2026-11-20T14:00:00+01:00', now)).toEqual(at('2026-11-23T14:00:00+01:00'));
    // Saturday → end of Monday.
    expect(dueDateFor(workdays, 'question', '2026-11-21T10:00:00+01:00', now)).toEqual(at('2026-11-23T23:59:59+01:00'));
    // No exact time: one working day from now.
    expect(dueDateFor(workdays, 'question', undefined, now)).toEqual(at('2026-11-25T09:00:00+01:00'));
  });

  it('gives no deadline to the other categories', () => {
    for (const c of ['praise', 'fault-report', 'remove', null] as const) expect(dueDateFor(workdays, c, undefined, now)).toBeUndefined();
  });

  it('stores the category, the flags and, for questions only, dueAt in ISO 8601', () => {
    expect(classificationFor(workdays, 'question', ['political'], undefined, now)).toEqual({
      category: 'question',
      flags: ['political'],
      dueAt: '2026-11-25T08:00:00.000Z',
    });
    expect(classificationFor(workdays, 'remove', ['profanity', 'registration-needed'], undefined, now)).toEqual({
      category: 'remove',
      flags: ['profanity', 'registration-needed'],
    });
  });

  it('skips Christmas: a question on the 23rd of December 2026 is due on the 28th', () => {
    expect(dueDateFor(workdays, 'question', '2026-12-23T11:00:00+01:00', at('2026-12-23T12:00:00+01:00'))).toEqual(at('2026-12-28T11:00:00+01:00'));
  });
});

describe('questionDeadline', () => {
  it('is overdue once the deadline has passed', () => {
    const d = questionDeadline(workdays, '2026-11-20T14:00:00+01:00', at('2026-11-23T14:00:01+01:00'));
    expect(d).toEqual({ due: at('2026-11-23T14:00:00+01:00'), status: 'overdue', exact: true });
  });
  it('is due today on the day of the deadline, before it', () => {
    expect(questionDeadline(workdays, '2026-11-20T14:00:00+01:00', at('2026-11-23T08:00:00+01:00')).status).toBe('due-today');
  });
  it('is upcoming when counted from now', () => {
    expect(questionDeadline(workdays, undefined, at('2026-11-24T09:00:00+01:00'))).toMatchObject({ status: 'upcoming', exact: false });
  });
});
