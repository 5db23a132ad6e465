import * as z from 'zod/mini';
import { matchesEverything, selectorParts } from './selector-guard';

/**
 * Site packs at run time (issue 22): each adapter's selectors are data, shipped as its
 * pack.json, and may be replaced by a newer pack an organisation imported or IT deployed. Only
 * selector strings ever come from a pack; the code that reads with them is the extension's.
 * zod/mini, not zod: this runs in the content script on every page of the sites (issue 3).
 * The full check, with a message for each thing wrong, is lib/sitepack/validate.ts, run when a
 * pack is imported; this one only guards what is read back from storage.
 */

// @__NO_SIDE_EFFECTS__
const str = (max: number) => z.string().check(z.maxLength(max));

/** A pack as the adapters need it (lib/sitepack/schema.ts's SitePack, read loosely). */
export const ActivePackSchema = z.object({
  site: str(40),
  published: str(10),
  publisher: str(100),
  selectors: z.record(str(40), z.array(z.object({ selector: str(500) })).check(z.maxLength(20))),
});
export type ActivePack = z.infer<typeof ActivePackSchema>;
export type PackOrigin = 'shipped' | 'imported' | 'policy';

/** Where a site's packs come from, as storage keeps them: site → pack. */
export const StoredPacksSchema = z.record(str(40), z.unknown());

type Apply = (pick: (name: string) => string[]) => void;
interface Site {
  shipped: ActivePack;
  apply: Apply;
  active: { pack: ActivePack; origin: PackOrigin };
}
const sites = new Map<string, Site>();

/**
 * Whether the browser accepts the selector (a pack's may have been written for another) and it
 * does not match nearly everything (a policy pack is not checked by the options page first).
 */
function usable(selector: string): boolean {
  if (selectorParts(selector).some(matchesEverything)) return false;
  // No DOM here (the background): nothing is read with the selectors there.
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function applyTo(site: Site, pack: ActivePack): void {
  // Our own packs are checked by the tests (packs.test.ts validates each): checking their ~100
  // selectors again cost 3 ms of every page's start (bench profile).
  const check = pack === site.shipped ? () => true : usable;
  site.apply((name) => {
    const own = (pack.selectors[name] ?? []).map((e) => e.selector).filter(check);
    // A name the pack leaves out, or whose every selector fails here, keeps the shipped one.
    return own.length > 0 ? own : (site.shipped.selectors[name] ?? []).map((e) => e.selector);
  });
}

/**
 * Called once by each site's selectors.ts: `apply` sets the module's selectors from `pick`
 * (name → alternatives, in order). Applied at once with the shipped pack.
 */
export function registerSitePack(shipped: ActivePack, apply: Apply): void {
  const site: Site = { shipped, apply, active: { pack: shipped, origin: 'shipped' } };
  sites.set(shipped.site, site);
  applyTo(site, shipped);
}

/** The newest valid pack wins; on the same date IT's policy, then the imported one, then ours. */
function newestPack(candidates: { pack: ActivePack; origin: PackOrigin }[]): { pack: ActivePack; origin: PackOrigin } | undefined {
  const rank: Record<PackOrigin, number> = { shipped: 0, imported: 1, policy: 2 };
  return [...candidates].sort((a, b) => b.pack.published.localeCompare(a.pack.published) || rank[b.origin] - rank[a.origin])[0];
}

/**
 * Sets every site's selectors from the shipped pack and the given ones (already validated when
 * they were imported or read from policy; anything not a pack is skipped). Returns the sites
 * whose selectors changed.
 */
export function applySitePacks(imported: Record<string, unknown>, policy: Record<string, unknown>): string[] {
  const changed: string[] = [];
  for (const [id, site] of sites) {
    const candidates: { pack: ActivePack; origin: PackOrigin }[] = [{ pack: site.shipped, origin: 'shipped' }];
    for (const [origin, packs] of [['imported', imported], ['policy', policy]] as const) {
      const parsed = ActivePackSchema.safeParse(packs[id]);
      if (parsed.success && parsed.data.site === id) candidates.push({ pack: parsed.data, origin });
    }
    const next = newestPack(candidates)!;
    if (next.pack === site.active.pack) continue;
    site.active = next;
    applyTo(site, next.pack);
    changed.push(id);
  }
  return changed;
}

/** Which pack each site's adapter reads with now: for the popup, the page health and the report. */
export function activePacks(): Record<string, { published: string; publisher: string; origin: PackOrigin }> {
  const out: Record<string, { published: string; publisher: string; origin: PackOrigin }> = {};
  for (const [id, { active }] of sites) out[id] = { published: active.pack.published, publisher: active.pack.publisher, origin: active.origin };
  return out;
}
