import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

/** Parses one of the project's own fixtures (test/fixtures/…) as a fresh document. */
export function load(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(fixtures, path), 'utf8'), 'text/html');
}
