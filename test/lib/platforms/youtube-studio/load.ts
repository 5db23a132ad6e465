import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

/**
 * Parses one of the project's own fixtures (test/fixtures/…) as a fresh document, at `url`
 * where the page's address matters (Studio's names the channel whose Studio it is).
 */
export function load(path: string, url?: string): Document {
  const html = readFileSync(resolve(fixtures, path), 'utf8');
  return url ? new JSDOM(html, { url }).window.document : new DOMParser().parseFromString(html, 'text/html');
}
