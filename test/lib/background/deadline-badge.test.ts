import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEADLINE_ALARM, installDeadlineBadge, refreshDeadlineBadge } from '../../../lib/background/deadline-badge';
import { getDb } from '../../../lib/records/db';
import type { CaptureRecord } from '../../../lib/records/schema';

const NOW = new Date('2026-11-24T09:00:00+01:00');
let n = 0;
const record = (fields: Partial<CaptureRecord>) => ({ id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, status: 'captured', capturedAt: NOW.toISOString(), key: `k${n}`, platform: 'facebook', ...fields }) as CaptureRecord;

describe('the deadline badge, wired to the records store', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await getDb().records.clear();
  });

  it('shows the number of questions due today or overdue, read from the store', async () => {
    await getDb().records.bulkAdd([
      record({ category: 'question', dueAt: '2026-11-23T10:00:00+01:00' }),
      record({ category: 'question', dueAt: '2026-11-24T15:00:00+01:00' }),
      record({ category: 'question', dueAt: '2026-11-25T15:00:00+01:00' }),
      record({ category: 'praise' }),
    ]);
    await refreshDeadlineBadge(NOW);
    expect(await browser.action.getBadgeText({})).toBe('2');
  });

  it('shows nothing when nothing is due', async () => {
    await browser.action.setBadgeText({ text: '7' });
    await refreshDeadlineBadge(NOW);
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('creates its periodic alarm once, and refreshes when the alarm fires', async () => {
    installDeadlineBadge();
    await expect.poll(() => browser.alarms.get(DEADLINE_ALARM)).toMatchObject({ name: DEADLINE_ALARM, periodInMinutes: 5 });
    await getDb().records.add(record({ category: 'question', dueAt: '2020-01-01T10:00:00+01:00' }));
    // The store's change is followed at once (the background writes records; Dexie observes them)…
    await expect.poll(() => browser.action.getBadgeText({})).toBe('1');
    // …and the alarm recomputes from the store whatever the badge showed before.
    await browser.action.setBadgeText({ text: 'x' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: DEADLINE_ALARM, scheduledTime: Date.now(), periodInMinutes: 5, persistAcrossSessions: true });
    await expect.poll(() => browser.action.getBadgeText({})).toBe('1');
  });
});
