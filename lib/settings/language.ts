import { browser } from 'wxt/browser';

/**
 * The UI language alone, for the content script: read from the stored settings without their
 * zod schema (issue 3: the script on every page stays small). Repaired on read like the rest
 * of the settings: anything but 'en' is Swedish, the default.
 */
export type UiLanguage = 'sv' | 'en';

const KEY = 'settings';

function languageOf(value: unknown): UiLanguage {
  return typeof value === 'object' && value !== null && (value as { language?: unknown }).language === 'en' ? 'en' : 'sv';
}

export async function readLanguage(): Promise<UiLanguage> {
  try {
    return languageOf((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return 'sv';
  }
}

/** Calls back when the language changes on the options page; stops when `signal` aborts. */
export function watchLanguage(callback: (language: UiLanguage) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(languageOf(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
