import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { refreshDeadlineBadge } from '../deadlines/badge';
import { translator } from '../i18n';
import { getDb } from '../records/db';
import { getSettings } from '../settings/store';
import { currentReminders } from './attention';
import { noteActivity } from './repository';
import { stockholmDay } from './reminders';
import { lastNotifiedDay } from './settings-store';

export const CHANNEL_ALARM = 'kv-channels';
const NOTIFICATION_ID = 'kv-channels-due';
/** A channel turns due at most a day late if checked hourly; alarms survive browser restarts. */
const PERIOD_MINUTES = 60;
// 48×48 PNG, so the notification needs no icon file in the package.
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAQklEQVR42u3UwQkAMAgEQetIUxZm0aYIEUKYYwuY18XJeqoAAgICAgICAgIC+hbUgwEBAQF5aiAgICAgICAgIKClLpiG2ihD9WWkAAAAAElFTkSuQmCC';

export interface CheckResult {
  due: number;
  quiet: number;
  notified: boolean;
}

/**
 * The reminder check, a function of `now`: counts due and quiet channels, updates the badge,
 * and notifies when any is due or quiet, at most once a (Stockholm) day, remembered in storage.
 */
export async function checkChannels(now: Date): Promise<CheckResult> {
  const reminders = await currentReminders(now);
  const due = reminders.filter((r) => r.due).length;
  const quiet = reminders.filter((r) => r.quiet).length;
  await refreshDeadlineBadge(now).catch(() => undefined);
  let notified = false;
  const today = stockholmDay(now);
  if (due + quiet > 0 && (await lastNotifiedDay.getValue()) !== today) {
    const t = translator((await getSettings()).language);
    await browser.notifications.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: ICON,
      title: t('channels.notify.title'),
      message: t('channels.notify.message', { due, quiet }),
    });
    await lastNotifiedDay.setValue(today);
    notified = true;
  }
  return { due, quiet, notified };
}

/**
 * Pages ask for a check after they changed the register, with their own clock: it is the same
 * computation the alarm runs with the worker's clock. (The browser tests move a page's clock
 * with Playwright; a service worker's clock cannot be moved.)
 */
const CheckSchema = z.object({ type: z.literal('channels-check'), at: z.iso.datetime({ offset: true }).optional() });
/**
 * From the overlay (lib/overlay/activity-report.ts): the newest comment time it has seen on this
 * page. The comment's own time, not the moment it was seen: an old comment scrolled into view
 * is no sign of life. `ownerUrls`: the channel(s) the page belongs to as its markup shows them
 * (the adapter's `ownerUrls`: a watch page's or an Instagram post's address does not say);
 * The bounds are the reporter's OWNER_URLS_MAX and OWNER_URL_MAX_LENGTH, written out here so
 * the content script needs no zod (test/lib/overlay/activity-report.test.ts holds them together).
 */
export const ChannelActivitySchema = z.object({
  type: z.literal('channel-activity'),
  pageUrl: z.string().max(8000),
  at: z.iso.datetime({ offset: true }),
  ownerUrls: z.array(z.string().max(2000)).max(8).optional(),
});
export type ChannelActivityMessage = z.infer<typeof ChannelActivitySchema>;

export function handleChannelMessage(message: unknown, _sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const type = (message as { type?: unknown })?.type;
  if (type === 'channels-check') {
    const parsed = CheckSchema.safeParse(message);
    if (!parsed.success) return Promise.resolve({ ok: false });
    return checkChannels(parsed.data.at ? new Date(parsed.data.at) : new Date());
  }
  if (type === 'channel-activity') {
    const parsed = ChannelActivitySchema.safeParse(message);
    if (!parsed.success) return Promise.resolve({ ok: false });
    return noteActivity(getDb(), parsed.data.pageUrl, new Date(parsed.data.at), new Date(), parsed.data.ownerUrls ?? []).then((n) => ({ ok: true, channels: n }));
  }
  return undefined;
}

/** Call once at the top level of the background: listeners first (an alarm wakes the worker), then the alarm. */
export function installChannelReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHANNEL_ALARM) void checkChannels(new Date()).catch(() => undefined);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/queue.html#/channels') });
    void browser.notifications.clear(id);
  });
  void browser.alarms.get(CHANNEL_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(CHANNEL_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
  });
}
