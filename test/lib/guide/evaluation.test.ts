import { describe, expect, it } from 'vitest';
import { SUGGESTION_FLAGS, suggest } from '../../../lib/guide';
import { evaluate, loadLabelledSet, markdownReport } from './evaluation';

/**
 * Issue 21: the suggestion is judged on a labelled set of realistic comments
 * (test/fixtures/guide/labelled-comments.json), and fails below the thresholds the issue sets.
 * `npx vitest run test/lib/guide/evaluation.test.ts` prints the table for the README.
 */
const set = loadLabelledSet();
const result = evaluate(set, suggest, SUGGESTION_FLAGS);

describe('the labelled set', () => {
  it('has at least 300 comments in Swedish, English and colloquial Swedish, 60 of them traps', () => {
    expect(set.length).toBeGreaterThanOrEqual(300);
    expect(set.filter((c) => c.mustNotFlag?.length).length).toBeGreaterThanOrEqual(60);
    expect(set.filter((c) => c.lang === 'sv' && !c.colloquial).length).toBeGreaterThanOrEqual(80);
    expect(set.filter((c) => c.colloquial).length).toBeGreaterThanOrEqual(80);
    expect(set.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(50);
    expect(new Set(set.map((c) => c.id)).size).toBe(set.length);
  });

  it('labels only known flags, and no trap with a flag it must not have', () => {
    for (const c of set) {
      for (const f of [...c.flags, ...(c.mustNotFlag ?? [])]) expect(SUGGESTION_FLAGS).toContain(f);
      for (const f of c.mustNotFlag ?? []) expect(c.flags).not.toContain(f);
      expect(c.flags.includes('registration-needed')).toBe(c.category === 'remove');
    }
  });

  it('has enough of each kind to measure: identity numbers, sensitive data, every category', () => {
    const count = (flag: string) => set.filter((c) => c.flags.includes(flag)).length;
    expect(count('personal-identity-number')).toBeGreaterThanOrEqual(20);
    expect(count('sensitive-personal-data')).toBeGreaterThanOrEqual(30);
    for (const cat of ['praise', 'question', 'fault-report', 'remove'] as const) {
      expect(set.filter((c) => c.category === cat).length).toBeGreaterThanOrEqual(40);
    }
  });
});

describe('suggest() on the labelled set', () => {
  it('prints the figures (README table)', () => {
    console.log(`\n${markdownReport(result)}\n`);
    if (result.misses.length > 0) {
      console.log(
        result.misses
          .map((m) => `${m.id}: expected ${String(m.expected.category)} [${m.expected.flags.join(', ')}], got ${String(m.got.category)} [${m.got.flags.join(', ')}]`)
          .join('\n'),
      );
    }
    expect(result.total).toBe(set.length);
  });

  it('gets the category right in at least 95 %', () => {
    expect(result.categoryAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['personal-identity-number', 'sensitive-personal-data'])('finds %s with recall ≥ 97 % and precision ≥ 95 %', (flag) => {
    const score = result.flags.find((f) => f.flag === flag)!;
    expect(score.support).toBeGreaterThan(0);
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('springs no more than 3 of the traps', () => {
    expect(result.trapsSprung).toBeLessThanOrEqual(3);
  });
});

describe('suggest() on the held-out set', () => {
  // Written after the lists and not used to change them: its figures say how the ones above carry
  // over. Reported, not held to the thresholds (78 comments, 4 identity numbers: too few to judge by).
  it('prints the figures', () => {
    const heldOut = loadLabelledSet('held-out-comments.json');
    const r = evaluate(heldOut, suggest, SUGGESTION_FLAGS);
    console.log(`\n${markdownReport(r, 'Held-out set')}\n`);
    console.log(r.misses.map((m) => `${m.id}: expected ${String(m.expected.category)} [${m.expected.flags.join(', ')}], got ${String(m.got.category)} [${m.got.flags.join(', ')}]`).join('\n'));
    expect(r.total).toBe(heldOut.length);
  });
});
