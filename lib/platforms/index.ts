import type { Adapter } from './types';
import { facebook } from './facebook';

export type { Adapter, ItemReading, ItemKind, ParentReading, PlatformId } from './types';

/** Every adapter, each with the hosts (and path test) it serves. First match wins. */
const registry: { adapter: Adapter; matches: (url: URL) => boolean }[] = [
  { adapter: facebook, matches: (u) => u.hostname === 'www.facebook.com' || u.hostname === 'web.facebook.com' },
];

export function adapterFor(url: URL): Adapter | undefined {
  return registry.find((entry) => entry.matches(url))?.adapter;
}
