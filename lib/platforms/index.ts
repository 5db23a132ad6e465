import type { Adapter } from './types';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { youtube } from './youtube';
import { youtubeStudio } from './youtube-studio';

export type { Adapter, ItemReading, ItemKind, ParentReading, PlatformId } from './types';

/** Every adapter, each with the hosts (and path test) it serves. First match wins. */
const registry: { adapter: Adapter; matches: (url: URL) => boolean }[] = [
  { adapter: facebook, matches: (u) => u.hostname === 'www.facebook.com' || u.hostname === 'web.facebook.com' },
  // Posts and reels, also opened as a dialog over the profile (the URL changes in-page).
  { adapter: instagram, matches: (u) => u.hostname === 'www.instagram.com' && /^\/(p|reel|reels)\//.test(u.pathname) },
  { adapter: youtube, matches: (u) => u.hostname === 'www.youtube.com' && u.pathname === '/watch' },
  { adapter: youtubeStudio, matches: (u) => u.hostname === 'studio.youtube.com' },
];

/** Where the overlay's content script runs; adapterFor() then decides per URL (sites navigate in-page). */
export const CONTENT_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.youtube.com/*',
  'https://studio.youtube.com/*',
  // Meta Business Suite's inbox: no adapter reads it yet (no public markup, DOM-NOTES.md);
  // the overlay offers the manual fallback there (selection + shortcut).
  'https://business.facebook.com/*',
];

export function adapterFor(url: URL): Adapter | undefined {
  return registry.find((entry) => entry.matches(url))?.adapter;
}
