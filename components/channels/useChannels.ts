import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { loadChannelFacts } from '../../lib/channels/repository';
import { channelReminders, type ChannelFacts, type ChannelReminder } from '../../lib/channels/reminders';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../lib/channels/reminder-settings';
import { getReminderSettings } from '../../lib/channels/settings-store';
import { getDb } from '../../lib/records/db';

/**
 * The page's clock for the reminders. They change by the day (six months, a quiet week), so
 * the clock is read again at the next midnight and whenever the page is shown again (a tab
 * left open for days), not polled.
 */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const midnight = new Date(now);
    midnight.setHours(24, 0, 1, 0);
    const timer = setTimeout(() => setNow(new Date()), Math.max(1000, midnight.getTime() - Date.now()));
    const onShow = () => document.visibilityState === 'visible' && setNow(new Date());
    document.addEventListener('visibilitychange', onShow);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onShow);
    };
  }, [now]);
  return now;
}

/** The register with what the records say about each channel, live from the store, and each channel's reminder. */
export function useChannels(): { facts?: ChannelFacts[]; reminders?: Map<string, ChannelReminder>; settings: ReminderSettings; setSettings: (s: ReminderSettings) => void; now: Date } {
  const facts = useLiveQuery(() => loadChannelFacts(getDb()), []);
  const [settings, setSettings] = useState<ReminderSettings>(DEFAULT_REMINDER_SETTINGS);
  useEffect(() => {
    void getReminderSettings().then(setSettings);
  }, []);
  const now = useNow();
  const reminders = useMemo(() => (facts ? new Map(channelReminders(facts, settings, now).map((r) => [r.channelId, r])) : undefined), [facts, settings, now]);
  return { facts, reminders, settings, setSettings, now };
}
