import { browser } from 'wxt/browser';
import type { Handlers } from './messenger';
import { refreshDeadlineBadge } from './deadline-badge';
import { translator } from '../i18n';
import { getDb } from '../records/db';
import { getSettings } from '../settings/store';
import { currentReminders } from '../channels/attention';
import { noteActivity } from '../channels/repository';
import { stockholmDay } from '../channels/reminders';
import { lastNotifiedDay } from '../channels/settings-store';
import type { CheckResult } from '../protocol';

export const CHANNEL_ALARM = 'kv-channels';
const NOTIFICATION_ID = 'kv-channels-due';
/** A channel turns due at most a day late if checked hourly; alarms survive browser restarts. */
const PERIOD_MINUTES = 60;
// 48×48 PNG, so the notification needs no icon file in the package.
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAQklEQVR42u3UwQkAMAgEQetIUxZm0aYIEUKYYwuY18XJeqoAAgICAgICAgIC+hbUgwEBAQF5aiAgICAgICAgIKClLpiG2ihD9WWkAAAAAElFTkSuQmCC';

export type { CheckResult } from '../protocol';

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
 * The background's handlers for the channel register's messages (lib/protocol.ts). A page asks
 * for a check with its own clock: the same computation the alarm runs with the worker's clock.
 * The overlay reports the newest comment time it has seen on a page, with the page's owners.
 */
export const channelHandlers: Handlers<'channels-check' | 'channel-activity'> = {
  'channels-check': (request) => checkChannels(request.at ? new Date(request.at) : new Date()),
  'channel-activity': (request) => noteActivity(getDb(), request.pageUrl, new Date(request.at), new Date(), request.ownerUrls ?? []).then((n) => ({ ok: true as const, channels: n })),
};

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
