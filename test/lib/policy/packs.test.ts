// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../lib/i18n';
import { problemText } from '../../../lib/i18n/problem';
import { policyPackProblems } from '../../../lib/policy/packs';

const good = readFileSync('test/fixtures/sitepacks/facebook-redesign.json', 'utf8');

describe("IT's site packs, checked for the options page", () => {
  it('names each broken pack by its place in the list, with what is wrong in Swedish', () => {
    const broad = JSON.parse(good) as { selectors: Record<string, unknown> };
    broad.selectors.article = [{ selector: 'body div', since: '2026-12-20', matches: 'x' }];
    const found = policyPackProblems([good, '{"format": ', JSON.stringify(broad)], document);
    const sv = translator('sv');
    expect(found.map(({ index, problems }) => [index, problems.map((p) => problemText(sv, 'sv', p))])).toEqual([
      [1, ['Filen är inte JSON.']],
      [2, ['selectors.article.0: ”body div” träffar nästan varje element på en sida.']],
    ]);
  });

  it('valid packs, or none, have nothing to name', () => {
    expect(policyPackProblems([good], document)).toEqual([]);
    expect(policyPackProblems([], document)).toEqual([]);
  });
});
