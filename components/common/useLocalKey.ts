import { browser } from 'wxt/browser';
import { useStored } from './useStored';

/**
 * One storage.local key, checked by `parse` (undefined when absent or damaged), live: a notice
 * written by the background (a store loss, a rebuild from the journal) shows on every open page
 * at once, and goes when one of them removes the key.
 */
export function useLocalKey<T>(key: string, parse: (value: unknown) => T | undefined): T | undefined {
  return useStored<T | undefined>(
    undefined,
    () => browser.storage.local.get(key).then((got) => parse(got[key]), () => undefined),
    (take) => {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) take(parse(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  ).value;
}
