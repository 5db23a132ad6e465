import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { DB_NAME, getDb } from '../records/db';
import { pendingLoss } from '../records/store-guard';
import { badgeText, countDueQuestions } from '../deadlines/count';
import { channelAttentionCount } from '../channels/attention';

/**
 * The toolbar badge: how many captured questions are due today or overdue. Always recomputed
 * from the records store, never kept in the worker's memory (DESIGN.md decision 2), so a
 * stopped and restarted service worker shows the same number.
 */
export const DEADLINE_ALARM = 'kv-deadlines';
/** A question turns from "upcoming" to "due today" at midnight; a few minutes late is fine. */
const PERIOD_MINUTES = 5;

async function dueQuestions() {
  return getDb()
    .records.filter((r) => r.category === 'question' && r.dueAt !== undefined)
    .toArray();
}

async function show(records: Awaited<ReturnType<typeof dueQuestions>>, now: Date): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
  // Issue 6: channels due for a screenshot or gone quiet count too, each once.
  const channels = await channelAttentionCount(now).catch(() => 0);
  // Issue 7: records the browser lost (a corrupt store it emptied) outrank every count: "!"
  // until the user has read the queue's message about it.
  const lost = await pendingLoss(DB_NAME).catch(() => undefined);
  await browser.action.setBadgeText({ text: lost ? '!' : badgeText(countDueQuestions(records, now) + channels) });
}

export async function refreshDeadlineBadge(now = new Date()): Promise<void> {
  await show(await dueQuestions(), now);
}

/**
 * Call once at the top level of the background, on every start of the worker: registers the
 * listeners synchronously (so an alarm wakes the worker), makes sure the alarm exists, follows
 * changes to the records (Dexie broadcasts writes made from extension pages), and refreshes now.
 */
export function installDeadlineBadge(): void {
  const refresh = () => void refreshDeadlineBadge().catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DEADLINE_ALARM) refresh();
  });
  void browser.alarms.get(DEADLINE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(DEADLINE_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
  });
  liveQuery(dueQuestions).subscribe({ next: (records) => void show(records, new Date()).catch(() => undefined), error: () => undefined });
  refresh();
}
