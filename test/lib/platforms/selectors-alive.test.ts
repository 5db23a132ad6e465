import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as businessSuite from '../../../lib/platforms/business-suite/selectors';
import * as facebook from '../../../lib/platforms/facebook/selectors';
import * as instagram from '../../../lib/platforms/instagram/selectors';
import * as youtube from '../../../lib/platforms/youtube/selectors';
import * as youtubeStudio from '../../../lib/platforms/youtube-studio/selectors';
import { REMOVAL_SOURCES } from '../../fixtures/removal-kit.mjs';
import { fixtureDocument, removalDocument } from '../../support/fixtures';

/**
 * Issue 19 (as refined-github keeps one): every alternative in a site's selectors.ts matches
 * at least one element in some fixture of that site (test/fixtures/<site>/, and the removal pages
 * test/fixtures/removal-kit.mjs builds from them), so an alternative no page of ours shows is
 * found, not kept. A site change that retires markup is met by a
 * fixture of the new markup and the old alternative's removal.
 */
const SITES = {
  facebook: { selectors: facebook, url: 'https://www.facebook.com/' },
  instagram: { selectors: instagram, url: 'https://www.instagram.com/' },
  youtube: { selectors: youtube, url: 'https://www.youtube.com/' },
  'youtube-studio': { selectors: youtubeStudio, url: 'https://studio.youtube.com/' },
  'business-suite': { selectors: businessSuite, url: 'https://business.facebook.com/' },
} as const;

/** Exports of selectors.ts that are not selectors. */
const NOT_SELECTORS = new Set(['facebook.trackingParams', 'youtube.origin', 'instagram.origin', 'youtube-studio.studioOrigin', 'business-suite.host']);

/**
 * Alternatives kept though no fixture shows them, each with why and since when. The test fails
 * when one of them turns up in a fixture, so the list cannot outlive its reason.
 */
const KEPT_WITHOUT_FIXTURE = new Map([
  // 2026-12-06: DOM-NOTES (2026-11) names a textarea as Business Suite's other reply box, and
  // test/lib/platforms/business-suite/business-suite.test.ts builds that page.
  ['business-suite.replyBox: textarea', 'DOM-NOTES 2026-11; business-suite.test.ts'],
]);

/** A selector list's own alternatives: split at its top-level commas (not inside :is(…) or [..]). */
export function alternatives(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

const fixturesOf = (site: string) =>
  readdirSync(fileURLToPath(new URL(`../../fixtures/${site}/`, import.meta.url))).filter((f) => f.endsWith('.html'));

describe('every selector alternative matches something in a fixture of its site', () => {
  it('splits a list at its own commas only', () => {
    expect(alternatives('a[href*="x,y"], :is(#a, #b) > p,div')).toEqual(['a[href*="x,y"]', ':is(#a, #b) > p', 'div']);
  });

  for (const [site, { selectors, url }] of Object.entries(SITES)) {
    it(site, { timeout: 60_000 }, () => {
      const docs = [
        ...fixturesOf(site).map((file) => fixtureDocument(`${site}/${file}`, url)),
        ...REMOVAL_SOURCES.filter((path) => path.startsWith(`${site}/`)).map((path) => removalDocument(path, url)),
      ];
      expect(docs.length).toBeGreaterThan(0);
      const dead: string[] = [];
      let checked = 0;
      for (const [name, value] of Object.entries(selectors)) {
        if (NOT_SELECTORS.has(`${site}.${name}`)) continue;
        if (typeof value !== 'string' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) continue;
        for (const alternative of (typeof value === 'string' ? [value] : value).flatMap(alternatives)) {
          checked++;
          const alive = docs.some((doc) => doc.querySelector(alternative));
          const kept = KEPT_WITHOUT_FIXTURE.has(`${site}.${name}: ${alternative}`);
          if (alive === kept) dead.push(`${name}: ${alternative}${kept ? ' (listed as kept without a fixture, but a fixture shows it)' : ''}`);
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(dead).toEqual([]);
    });
  }
});
