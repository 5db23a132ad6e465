import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { REMOVAL_SOURCES, removalPage } from '../../fixtures/removal-kit.mjs';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** The address each site's fixtures are parsed at, so the adapter for that site runs on them. */
export const SITE_URLS: Record<string, string> = {
  facebook: 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1001',
  instagram: 'https://www.instagram.com/p/DEMOsjovik1/',
  youtube: 'https://www.youtube.com/watch?v=DEMOvideo01',
  'youtube-studio': 'https://studio.youtube.com/channel/UCdemoChannel0000000000/comments/inbox',
  'business-suite': 'https://business.facebook.com/latest/inbox/all?asset_id=1000000000001',
};

/**
 * Every HTML fixture of the sites the extension reads, and the removal page built from each
 * of REMOVAL_SOURCES (test/fixtures/removal-kit.mjs): [site, name, HTML].
 */
export function siteFixtures(): [string, string, string][] {
  const files = Object.keys(SITE_URLS).flatMap((site) =>
    readdirSync(resolve(fixtures, site))
      .filter((name) => name.endsWith('.html'))
      .map((name): [string, string, string] => [site, `${site}/${name}`, fixtureHtml(`${site}/${name}`)]),
  );
  const removal = REMOVAL_SOURCES.map((path): [string, string, string] => [path.split('/')[0]!, `removal page of ${path}`, removalPage(path)]);
  return [...files, ...removal];
}

/** A fixture's HTML, from test/fixtures. */
export function fixtureHtml(path: string): string {
  return readFileSync(resolve(fixtures, path), 'utf8');
}

/** A site's fixture (or an altered copy of its HTML) parsed as that site's page. */
export function siteDocument(site: string, path: string, html = fixtureHtml(path)): Document {
  return new JSDOM(html, { url: SITE_URLS[site] }).window.document;
}
