import { describe, expect, it } from 'vitest';
import { toolbarTranslator } from '../../../lib/i18n/toolbar';
import { stateText, type TriageStateLike } from '../../../lib/triage/words';

/** Tuesday 8 December 2026, 10:00 in Stockholm. */
const NOW = new Date('2026-12-08T09:00:00.000Z');
const sv = toolbarTranslator('sv');
const en = toolbarTranslator('en');
const base: TriageStateLike = { needs: 'none', flags: [], answered: false, dueAt: null, overdue: false, captured: false, category: null };

describe('a triage state in words (issue 20)', () => {
  it('names why the guide says remove, else says the guide does', () => {
    expect(stateText({ ...base, needs: 'remove', category: 'remove', flags: ['registration-needed', 'personal-identity-number'] }, NOW, sv)).toBe('Ta bort? personnummer');
    expect(stateText({ ...base, needs: 'remove', category: 'remove', flags: ['sensitive-personal-data'] }, NOW, en)).toBe('Remove? sensitive personal data');
    expect(stateText({ ...base, needs: 'remove', category: 'remove' }, NOW, sv)).toBe('Ta bort? enligt riktlinjerna');
  });

  it('an answer due: weekday and time in Stockholm; overdue: since the weekday; a date when a weekday would mislead', () => {
    const due = { ...base, needs: 'answer' as const, category: 'question' };
    expect(stateText({ ...due, dueAt: '2026-12-08T09:15:00.000Z' }, NOW, sv)).toBe('Svara senast tis 10:15');
    expect(stateText({ ...due, dueAt: '2026-12-08T09:15:00.000Z' }, NOW, en)).toBe('Answer by Tue 10:15');
    expect(stateText({ ...due, dueAt: '2026-12-07T09:00:00.000Z', overdue: true }, NOW, sv)).toBe('Försenad sedan mån');
    expect(stateText({ ...due, dueAt: '2026-11-17T09:00:00.000Z', overdue: true }, NOW, sv)).toBe('Försenad sedan 17 nov.');
  });

  it('no time read: no deadline, "tid okänd", never a guess', () => {
    expect(stateText({ ...base, needs: 'answer', category: 'fault-report' }, NOW, sv)).toBe('Svara, tid okänd');
  });

  it('answered questions say so; a captured item says so beside its state', () => {
    expect(stateText({ ...base, category: 'question', answered: true }, NOW, sv)).toBe('Besvarad');
    // A reply in an answered thread is no answered question.
    expect(stateText({ ...base, category: null, answered: true }, NOW, sv)).toBe('');
    expect(stateText({ ...base, needs: 'remove', category: 'remove', flags: ['commercial'], captured: true }, NOW, sv)).toBe('Ta bort? reklam · Fångad');
    expect(stateText({ ...base, captured: true }, NOW, en)).toBe('Captured');
  });
});
