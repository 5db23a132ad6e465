import { browser } from 'wxt/browser';
import { activePacks, StoredPacksSchema, type PackOrigin } from '../platforms/packs';
import { IMPORTED_PACKS_KEY, loadSitePacks } from '../platforms/pack-source';
// The adapters register their shipped packs when loaded: the list below needs them all.
import '../platforms';
// Business Suite has no adapter (its rows are not read), only a pack for its reply box.
import '../platforms/business-suite/selectors';
import { validateSitePack, type PackResult } from './validate';

export interface PackInUse {
  site: string;
  published: string;
  publisher: string;
  origin: PackOrigin;
}

async function importedPacks(): Promise<Record<string, unknown>> {
  const parsed = StoredPacksSchema.safeParse((await browser.storage.local.get(IMPORTED_PACKS_KEY))[IMPORTED_PACKS_KEY]);
  return parsed.success ? parsed.data : {};
}

/** Which pack each site reads with now (shipped, imported or IT's), from storage as it is. */
export async function packsInUse(): Promise<PackInUse[]> {
  await loadSitePacks();
  return Object.entries(activePacks()).map(([site, p]) => ({ site, ...p }));
}

/**
 * Imports a site pack file (issue 22): validated (schema, selector syntax, size, depth); a pack
 * with anything wrong is refused with what is wrong and nothing changes, so the pack in use
 * keeps working. A valid one replaces the site's earlier import; the newest pack wins.
 */
export async function importSitePack(text: string, doc: Document): Promise<PackResult & { inUse?: boolean }> {
  const result = validateSitePack(text, doc);
  if (!result.ok) return result;
  const stored = { ...(await importedPacks()), [result.pack.site]: result.pack };
  await browser.storage.local.set({ [IMPORTED_PACKS_KEY]: stored });
  const inUse = (await packsInUse()).find((p) => p.site === result.pack.site);
  return { ...result, inUse: inUse?.origin === 'imported' && inUse.published === result.pack.published };
}

/** Removes the site's imported pack: the shipped (or IT's) pack is used again. */
export async function removeImportedPack(site: string): Promise<void> {
  const stored = await importedPacks();
  delete stored[site];
  await browser.storage.local.set({ [IMPORTED_PACKS_KEY]: stored });
}
