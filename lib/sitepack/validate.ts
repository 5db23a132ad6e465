import { zodProblem, type Problem } from '../i18n/problem';
import { matchesEverything, selectorParts } from '../platforms/selector-guard';
import { type SitePack, sitePackSchema } from './schema';

/** A pack is a few kilobytes of selectors; anything much larger is not one. */
export const MAX_PACK_BYTES = 64 * 1024;
/** A pack is pack → selectors → name → list → entry: 4 levels; a little room, no more. */
export const MAX_PACK_DEPTH = 6;
export const MAX_SELECTOR_NAMES = 60;

export type PackResult = { ok: true; pack: SitePack } | { ok: false; errors: Problem[] };

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (value && typeof value === 'object') return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

/** The reason a selector at `path` cannot be used, or null. Needs a DOM (the page's, or jsdom in tests). */
export function selectorProblem(selector: string, doc: Document, path: string): Problem | null {
  try {
    doc.createDocumentFragment().querySelector(selector);
  } catch {
    return { key: 'refusal.pack.invalidSelector', vars: { path, selector } };
  }
  const broad = selectorParts(selector).find(matchesEverything);
  return broad === undefined ? null : { key: 'refusal.pack.broadSelector', vars: { path, part: broad } };
}

/**
 * Reads a pack from a file's text (or an already parsed value, as from managed storage) and
 * says, for each thing wrong, what and where (as message keys, worded where shown). Never throws.
 */
export function validateSitePack(input: string | unknown, doc: Document): PackResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    const bytes = new TextEncoder().encode(input).length;
    if (bytes > MAX_PACK_BYTES) return { ok: false, errors: [{ key: 'refusal.pack.tooLarge', vars: { size: Math.ceil(bytes / 1024), max: MAX_PACK_BYTES / 1024 } }] };
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, errors: [{ key: 'refusal.pack.notJson' }] };
    }
  }
  const depth = depthOf(value);
  if (depth > MAX_PACK_DEPTH) return { ok: false, errors: [{ key: 'refusal.pack.tooDeep', vars: { depth, max: MAX_PACK_DEPTH } }] };
  const parsed = sitePackSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => zodProblem(i, value)) };
  }
  const names = Object.keys(parsed.data.selectors);
  if (names.length > MAX_SELECTOR_NAMES) return { ok: false, errors: [{ key: 'refusal.pack.tooManyNames', vars: { count: names.length, max: MAX_SELECTOR_NAMES } }] };
  const errors = names.flatMap((name) =>
    (parsed.data.selectors[name] ?? []).flatMap((entry, i) => {
      const problem = selectorProblem(entry.selector, doc, `selectors.${name}.${i}`);
      return problem ? [problem] : [];
    }),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: parsed.data };
}
