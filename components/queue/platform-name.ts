import type { PlatformId } from '../../lib/platforms';

/** Platform names are proper names, the same in every language. */
export const PLATFORM_NAMES: Record<PlatformId, string> = {
  facebook: 'Facebook',
  'business-suite': 'Meta Business Suite',
  instagram: 'Instagram',
  youtube: 'YouTube',
  'youtube-studio': 'YouTube Studio',
  manual: 'Manuell',
};
