import { z } from 'zod';

/**
 * One channel in the register of channels in official use (§1.3, §1.4, §3, Bilaga 2): where it
 * is, why it exists, who answers for it. "Last screenshot" and "last capture" are not stored
 * here: they are read from the records, so they can never disagree with what was captured.
 */
export const CHANNEL_PLATFORMS = ['facebook', 'instagram', 'youtube', 'linkedin', 'x', 'blog', 'issuu', 'wikipedia', 'other'] as const;
export type ChannelPlatform = (typeof CHANNEL_PLATFORMS)[number];

const isoDate = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max);

/** What the user types in the form; the rest is kept by the register. */
export const ChannelInputSchema = z.object({
  platform: z.enum(CHANNEL_PLATFORMS),
  name: text(300).min(1),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), 'url'),
  purpose: text(5000),
  administrator: text(300),
  substitute: text(300),
  /** Date (YYYY-MM-DD) the channel was reported to the communications office (§1.3). */
  reportedAt: z.union([z.iso.date(), z.literal('')]),
});
export type ChannelInput = z.infer<typeof ChannelInputSchema>;

export const ChannelSchema = ChannelInputSchema.extend({
  id: z.uuid(),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** The newest comment time the overlay has seen on this channel's pages (the comment's time, not when it was seen). */
  lastActivityAt: isoDate.optional(),
});
export type Channel = z.infer<typeof ChannelSchema>;

export const EMPTY_CHANNEL_INPUT: ChannelInput = { platform: 'other', name: '', url: '', purpose: '', administrator: '', substitute: '', reportedAt: '' };
