import { browser } from 'wxt/browser';
import { ActivePackSchema, applySitePacks, StoredPacksSchema, type ActivePack } from './packs';

/** storage.local: packs the organisation imported in the options (site → pack), validated then. */
export const IMPORTED_PACKS_KEY = 'sitePacks';
/** storage.managed (IT policy, issue 22 point 4): a list of pack files' JSON texts. */
export const POLICY_PACKS_KEY = 'sitePacks';
const MAX_PACK_TEXT = 64 * 1024;

async function read(area: 'local', key: string): Promise<Record<string, unknown>> {
  const parsed = StoredPacksSchema.safeParse((await browser.storage[area].get(key).catch(() => ({}) as Record<string, unknown>))[key]);
  return parsed.success ? parsed.data : {};
}

/** IT's packs by site (the newest of each site's); texts that are not packs are left out. */
export function policyPacks(value: unknown): Record<string, unknown> {
  const out: Record<string, ActivePack> = {};
  for (const text of Array.isArray(value) ? value.slice(0, 10) : []) {
    if (typeof text !== 'string' || text.length > MAX_PACK_TEXT) continue;
    let parsed;
    try {
      parsed = ActivePackSchema.safeParse(JSON.parse(text));
    } catch {
      continue;
    }
    const pack = parsed.success ? parsed.data : undefined;
    if (pack && !(out[pack.site] && out[pack.site]!.published >= pack.published)) out[pack.site] = pack;
  }
  return out;
}

/**
 * Right after the browser starts, Chromium answers storage.managed only once it has loaded the
 * policies, seconds later: the page is not held for it. The change event that follows applies
 * IT's packs then (watchSitePacks).
 */
const MANAGED_WAIT_MS = 500;

async function readPolicyPacks(): Promise<Record<string, unknown>> {
  try {
    const managed = browser.storage.managed.get(POLICY_PACKS_KEY);
    const late = new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve({}), MANAGED_WAIT_MS));
    return policyPacks((await Promise.race([managed, late]))[POLICY_PACKS_KEY]);
  } catch {
    // No policy set (Firefox throws where no policies.json names us): nothing to apply.
    return {};
  }
}

/** Applies the imported and policy packs now; returns the sites whose selectors changed. */
export async function loadSitePacks(): Promise<string[]> {
  const [imported, policy] = await Promise.all([read('local', IMPORTED_PACKS_KEY), readPolicyPacks()]);
  return applySitePacks(imported, policy);
}

/** Applies packs again whenever an import or a policy changes them; `changed` gets the sites. */
export function watchSitePacks(changed: (sites: string[]) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && IMPORTED_PACKS_KEY in changes) || (area === 'managed' && POLICY_PACKS_KEY in changes)) {
      void loadSitePacks().then((sites) => sites.length > 0 && changed(sites));
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
