import type { ChannelPlatform } from './schema';

/** Swedish platform names for the published register (files are read by people, in Swedish). */
export const CHANNEL_PLATFORM_LABELS: Record<ChannelPlatform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  blog: 'Blogg',
  issuu: 'Issuu',
  wikipedia: 'Wikipedia',
  other: 'Annan',
};
