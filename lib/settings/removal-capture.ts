import { browser } from 'wxt/browser';

/**
 * Issue 24's setting, "Fånga automatiskt vid borttagning": on unless the user turned it off.
 * Its own key in storage.local, read without a schema by the content script (issue 3: small);
 * anything but `false` is on, so a damaged value never turns the safeguard off.
 */
const KEY = 'removalCapture';

const isOn = (value: unknown) => value !== false;

export async function readRemovalCapture(): Promise<boolean> {
  try {
    return isOn((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return true;
  }
}

export async function saveRemovalCapture(on: boolean): Promise<void> {
  await browser.storage.local.set({ [KEY]: on });
}

/** Calls back when the setting changes; stops when `signal` aborts. */
export function watchRemovalCapture(callback: (on: boolean) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(isOn(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
