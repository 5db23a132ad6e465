import type { PlatformId } from './types';

/**
 * The records' platform for a page screenshot, from the URL's host. Channels on other sites
 * (blogs, LinkedIn) are 'manual': the register keeps their own platform (lib/channels).
 */
export function platformOfUrl(url: string): PlatformId {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return 'manual';
  }
  if (host === 'business.facebook.com') return 'business-suite';
  if (host === 'studio.youtube.com') return 'youtube-studio';
  if (/(^|\.)facebook\.com$/.test(host)) return 'facebook';
  if (/(^|\.)instagram\.com$/.test(host)) return 'instagram';
  if (/(^|\.)youtube\.com$/.test(host)) return 'youtube';
  return 'manual';
}
