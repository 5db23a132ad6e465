import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { removalPage } from '../fixtures/removal-kit.mjs';

/** Reads a fixture from the project's own test/fixtures (never from the planning folder beside the checkout). */
export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** Parses a fixture as the page at `url`, so relative links resolve as on the site. */
export function fixtureDocument(path: string, url: string): Document {
  return new JSDOM(fixture(path), { url }).window.document;
}

/** The removal page (test/fixtures/removal-kit.mjs) of the site fixture `source`, parsed as the page at `url`. */
export function removalDocument(source: string, url: string): Document {
  return new JSDOM(removalPage(source), { url }).window.document;
}
