import { z } from 'zod';

/**
 * How often a channel is documented and when it counts as quiet. Defaults from the guideline:
 * a screenshot every half year (§1.6), blogs updated at least weekly (§4 point 5). Other
 * channels have no stated rhythm; a month without activity is our default, editable.
 */
export const ReminderSettingsSchema = z.object({
  screenshotMonths: z.number().int().min(1).max(24),
  quietDays: z.number().int().min(1).max(365),
  blogQuietDays: z.number().int().min(1).max(365),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { screenshotMonths: 6, quietDays: 30, blogQuietDays: 7 };
