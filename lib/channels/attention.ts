import { getDb } from '../records/db';
import { loadChannelFacts } from './repository';
import { attentionCount, channelReminders, type ChannelReminder } from './reminders';
import { getReminderSettings } from './settings-store';

/** Every channel's reminder at `now`, read fresh from the store (nothing kept in the worker). */
export async function currentReminders(now: Date): Promise<ChannelReminder[]> {
  const facts = await loadChannelFacts(getDb());
  if (facts.length === 0) return [];
  return channelReminders(facts, await getReminderSettings(), now);
}

/** The channels' share of the toolbar badge (lib/background/deadline-badge.ts adds it to its own count). */
export async function channelAttentionCount(now: Date): Promise<number> {
  return attentionCount(await currentReminders(now));
}
