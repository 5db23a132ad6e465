import { storage } from '#imports';
import { DEFAULT_GUIDE_SETTINGS, GUIDE_SETTINGS_VERSION, repairGuideSettings, type GuideSettings } from './guide-settings-schema';

/**
 * The guide and templates live in storage.local: the overlay (a content script) reads them
 * there, and extension pages edit them. Always repaired on read and before a write.
 */
const item = storage.defineItem<unknown>('local:guideSettings', {
  fallback: DEFAULT_GUIDE_SETTINGS,
  version: GUIDE_SETTINGS_VERSION,
  migrations: {},
});

export async function getGuideSettings(): Promise<GuideSettings> {
  return repairGuideSettings(await item.getValue());
}

export async function saveGuideSettings(next: GuideSettings): Promise<void> {
  await item.setValue(repairGuideSettings(next));
}

/** Applies a change to the stored value (read, change, write), so parts edited elsewhere are kept. */
export async function updateGuideSettings(change: (current: GuideSettings) => GuideSettings): Promise<GuideSettings> {
  const next = repairGuideSettings(change(await getGuideSettings()));
  await item.setValue(next);
  return next;
}

export function watchGuideSettings(callback: (settings: GuideSettings) => void): () => void {
  return item.watch((value) => callback(repairGuideSettings(value)));
}
