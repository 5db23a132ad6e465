import { storage } from '#imports';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_VERSION, type Settings } from './schema';

/**
 * Settings live in storage.local (small, readable by the overlay for the UI language).
 * Numbered migrations go in `migrations` when SETTINGS_VERSION grows; each gets a test.
 */
const item = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

export async function getSettings(): Promise<Settings> {
  return repairSettings(await item.getValue());
}

export async function saveSettings(next: Settings): Promise<void> {
  await item.setValue(repairSettings(next));
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(repairSettings(value)));
}
