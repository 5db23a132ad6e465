import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

/** Reads a fixture from the project's own test/fixtures (never from the planning folder beside the checkout). */
export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** Parses a fixture as the page at `url`, so relative links resolve as on the site. */
export function fixtureDocument(path: string, url: string): Document {
  return new JSDOM(fixture(path), { url }).window.document;
}
