import type { Problem } from '../i18n/problem';
import { validateSitePack } from '../sitepack/validate';

/**
 * IT's site packs, checked as an imported pack is (schema, selector syntax, size, depth), for
 * the options page to name what is wrong in each. Needs a DOM for the selector check, so it is
 * not part of checkPolicy (the background has none); what is wrong is never used either way:
 * a text that is not a pack is skipped, and a selector the browser refuses or that matches
 * nearly everything falls back to the shipped one (lib/platforms/packs.ts).
 */
export function policyPackProblems(texts: readonly string[], doc: Document): { index: number; problems: Problem[] }[] {
  return texts.flatMap((text, index) => {
    const result = validateSitePack(text, doc);
    return result.ok ? [] : [{ index, problems: result.errors }];
  });
}
