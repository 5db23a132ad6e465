import { readFileSync } from 'node:fs';

/**
 * Scores a suggest() function on the labelled set (test/fixtures/guide/labelled-comments.json):
 * category accuracy, per-flag precision and recall, and a Markdown table for the README.
 */

export interface LabelledComment {
  id: string;
  lang: 'sv' | 'en' | 'mixed';
  colloquial: boolean;
  text: string;
  category: 'praise' | 'question' | 'fault-report' | 'remove' | null;
  flags: string[];
  /** Traps: flags that must not be raised. */
  mustNotFlag?: string[];
}

/** The labelled set (default), or the held-out set written after the classifier. */
export function loadLabelledSet(file: 'labelled-comments.json' | 'held-out-comments.json' = 'labelled-comments.json'): LabelledComment[] {
  const raw = JSON.parse(readFileSync(new URL(`../../fixtures/guide/${file}`, import.meta.url), 'utf8')) as {
    comments: LabelledComment[];
  };
  return raw.comments;
}

export interface FlagScore {
  flag: string;
  /** Comments labelled with the flag. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  total: number;
  categoryCorrect: number;
  categoryAccuracy: number;
  /** Comments whose flags are exactly the labelled ones. */
  flagsExact: number;
  traps: number;
  /** Traps where a flag they must not have was raised. */
  trapsSprung: number;
  flags: FlagScore[];
  misses: { id: string; text: string; expected: { category: string | null; flags: string[] }; got: { category: string | null; flags: string[] } }[];
}

type Suggest = (text: string) => { category: string | null; flags: readonly string[] };

export function evaluate(set: readonly LabelledComment[], suggest: Suggest, flagNames: readonly string[]): Evaluation {
  const counts = new Map(flagNames.map((f) => [f, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  let categoryCorrect = 0;
  let flagsExact = 0;
  let trapsSprung = 0;
  const misses: Evaluation['misses'] = [];
  for (const c of set) {
    const got = suggest(c.text);
    const gotFlags = new Set(got.flags);
    const want = new Set(c.flags);
    if (got.category === c.category) categoryCorrect++;
    const exact = gotFlags.size === want.size && [...want].every((f) => gotFlags.has(f));
    if (exact) flagsExact++;
    if (c.mustNotFlag?.some((f) => gotFlags.has(f))) trapsSprung++;
    for (const [flag, n] of counts) {
      if (want.has(flag)) n.support++;
      if (want.has(flag) && gotFlags.has(flag)) n.tp++;
      else if (gotFlags.has(flag)) n.fp++;
      else if (want.has(flag)) n.fn++;
    }
    if (got.category !== c.category || !exact) {
      misses.push({ id: c.id, text: c.text, expected: { category: c.category, flags: c.flags }, got: { category: got.category, flags: [...got.flags] } });
    }
  }
  // Nothing found and nothing to find is not a score: NaN, shown as "–", fails any threshold.
  const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
  return {
    total: set.length,
    categoryCorrect,
    categoryAccuracy: ratio(categoryCorrect, set.length),
    flagsExact,
    traps: set.filter((c) => c.mustNotFlag).length,
    trapsSprung,
    flags: [...counts].map(([flag, n]) => ({ flag, ...n, precision: ratio(n.tp, n.tp + n.fp), recall: ratio(n.tp, n.tp + n.fn) })),
    misses,
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)} %`);

/** The figures as a Markdown table, to paste into the README. */
export function markdownReport(e: Evaluation, name = 'Labelled set'): string {
  const lines = [
    `${name}: ${e.total} comments, ${e.traps} of them traps. Category right: ${e.categoryCorrect}/${e.total} (${pct(e.categoryAccuracy)}); flags exactly right: ${e.flagsExact}/${e.total} (${pct(e.flagsExact / e.total)}); traps sprung: ${e.trapsSprung}.`,
    '',
    '| flag | comments with it | found | false alarms | missed | precision | recall |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...e.flags.map((f) => `| ${f.flag} | ${f.support} | ${f.tp} | ${f.fp} | ${f.fn} | ${pct(f.precision)} | ${pct(f.recall)} |`),
  ];
  return lines.join('\n');
}
