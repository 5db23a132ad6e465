import { storage } from '#imports';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettingsSchema, type ReminderSettings } from './reminder-settings';

/** Reminder settings in storage.local, read by the background's alarm and by the register page. */
const item = storage.defineItem<unknown>('local:channelReminders', { fallback: DEFAULT_REMINDER_SETTINGS });

export async function getReminderSettings(): Promise<ReminderSettings> {
  const parsed = ReminderSettingsSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}

export async function saveReminderSettings(next: ReminderSettings): Promise<void> {
  await item.setValue(ReminderSettingsSchema.parse(next));
}

/** The Stockholm day (YYYY-MM-DD) of the last "channel due" notification: at most one a day. */
export const lastNotifiedDay = storage.defineItem<string>('local:channelNotifiedDay', { fallback: '' });
