import { describe, expect, it } from 'vitest';
import { addMonths, attentionCount, blockedUntil, channelReminders, suggestDate } from '../../../lib/channels/reminders';
import { DEFAULT_REMINDER_SETTINGS } from '../../../lib/channels/reminder-settings';
import type { Channel } from '../../../lib/channels/schema';
import { isWorkingDay } from '../../../lib/workdays';

const channel = (over: Partial<Channel> = {}): Channel => ({
  id: '00000000-0000-4000-8000-000000000001',
  platform: 'facebook',
  name: 'Tyresö kommun',
  url: 'https://www.facebook.com/tyresokommun',
  purpose: '',
  administrator: 'Eva Holm',
  substitute: 'Per Ek',
  reportedAt: '',
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  ...over,
});

describe('addMonths', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths(new Date('2025-08-31T10:00:00Z'), 6).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2025-03-15T10:00:00Z'), 6).toISOString()).toBe('2025-09-15T10:00:00.000Z');
  });
});

describe('due: a screenshot every six months (configurable)', () => {
  const shot = '2025-03-15T10:00:00.000Z';
  it('is not due the day before six months have passed, and due from then on', () => {
    const facts = [{ channel: channel(), lastScreenshotAt: shot, lastActivityAt: '2025-09-14T00:00:00.000Z' }];
    expect(channelReminders(facts, DEFAULT_REMINDER_SETTINGS, new Date('2025-09-14T10:00:00Z'))[0]).toMatchObject({ due: false, quiet: false });
    expect(channelReminders(facts, DEFAULT_REMINDER_SETTINGS, new Date('2025-09-15T10:00:00Z'))[0]).toMatchObject({ due: true });
  });
  it('follows the setting', () => {
    const facts = [{ channel: channel(), lastScreenshotAt: shot, lastActivityAt: '2025-06-10T00:00:00.000Z' }];
    expect(channelReminders(facts, { ...DEFAULT_REMINDER_SETTINGS, screenshotMonths: 3 }, new Date('2025-06-16T10:00:00Z'))[0]!.due).toBe(true);
  });
  it('a channel never screenshot is due at once', () => {
    expect(channelReminders([{ channel: channel() }], DEFAULT_REMINDER_SETTINGS, new Date('2025-01-10T08:00:00Z'))[0]!.due).toBe(true);
  });
});

describe('quiet: no activity for the configured time (blogs: a week)', () => {
  it('a blog is quiet after 7 days, another channel after 30', () => {
    const now = new Date('2025-05-20T12:00:00Z');
    const lastActivityAt = '2025-05-12T12:00:00.000Z';
    const [blog, page] = channelReminders(
      [
        { channel: channel({ platform: 'blog' }), lastScreenshotAt: '2025-05-01T00:00:00.000Z', lastActivityAt },
        { channel: channel({ id: '00000000-0000-4000-8000-000000000002' }), lastScreenshotAt: '2025-05-01T00:00:00.000Z', lastActivityAt },
      ],
      DEFAULT_REMINDER_SETTINGS,
      now,
    );
    expect(blog).toMatchObject({ quiet: true, due: false });
    expect(page).toMatchObject({ quiet: false, due: false });
    expect(attentionCount([blog!, page!])).toBe(1);
  });
  it('without any activity, counts from when the channel was registered', () => {
    expect(channelReminders([{ channel: channel(), lastScreenshotAt: '2025-01-11T00:00:00.000Z' }], DEFAULT_REMINDER_SETTINGS, new Date('2025-02-10T09:00:00Z'))[0]!.quiet).toBe(true);
  });
  it('a channel both due and quiet counts once on the badge', () => {
    const r = channelReminders([{ channel: channel() }], DEFAULT_REMINDER_SETTINGS, new Date('2026-01-01T00:00:00Z'));
    expect(r[0]).toMatchObject({ due: true, quiet: true });
    expect(attentionCount(r)).toBe(1);
  });
});

describe('suggested dates: mid-term, away from summer and Christmas', () => {
  it('blocked periods end on 16 August and 8 January', () => {
    expect(blockedUntil('2025-07-01')).toBe('2025-08-16');
    expect(blockedUntil('2025-06-15')).toBe('2025-08-16');
    expect(blockedUntil('2025-12-20')).toBe('2026-01-08');
    expect(blockedUntil('2026-01-03')).toBe('2026-01-08');
    expect(blockedUntil('2025-10-01')).toBeNull();
  });
  it('before the due day: the latest mid-term day (15 March, 15 October) up to it', () => {
    expect(suggestDate(new Date('2025-11-20T10:00:00Z'), new Date('2025-06-01T10:00:00Z'))).toBe('2025-10-15');
    // 15 March 2026 is a Sunday: the Friday before.
    expect(suggestDate(new Date('2026-05-02T10:00:00Z'), new Date('2025-11-02T10:00:00Z'))).toBe('2026-03-13');
  });
  it('no mid-term day in between: the due day, moved before summer or Christmas', () => {
    // 14 June 2025 is a Saturday and 14 December 2025 a Sunday: the Friday before each.
    expect(suggestDate(new Date('2025-07-10T10:00:00Z'), new Date('2025-04-01T10:00:00Z'))).toBe('2025-06-13');
    expect(suggestDate(new Date('2025-12-28T10:00:00Z'), new Date('2025-11-01T10:00:00Z'))).toBe('2025-12-12');
    expect(suggestDate(new Date('2025-05-05T10:00:00Z'), new Date('2025-04-01T10:00:00Z'))).toBe('2025-05-05');
  });
  it('already due: today, unless it is summer or Christmas, then the first day after', () => {
    expect(suggestDate(new Date('2025-01-01T10:00:00Z'), new Date('2025-04-02T10:00:00Z'))).toBe('2025-04-02');
    // 16 August 2025 is a Saturday: the Monday after.
    expect(suggestDate(new Date('2025-01-01T10:00:00Z'), new Date('2025-07-02T10:00:00Z'))).toBe('2025-08-18');
    expect(suggestDate(new Date('2025-01-01T10:00:00Z'), new Date('2025-12-24T10:00:00Z'))).toBe('2026-01-08');
  });
  it('never suggests a day in summer or Christmas, nor a day off, over two years of clocks', () => {
    for (let d = 0; d < 730; d += 1) {
      const now = new Date(Date.UTC(2025, 0, 1 + d, 10));
      for (const months of [-3, 1, 2, 5, 6, 7]) {
        const day = suggestDate(addMonths(now, months), now);
        const s = day.slice(5);
        expect(s >= '06-15' && s <= '08-15').toBe(false);
        expect(s >= '12-15' || s <= '01-07').toBe(false);
        expect(isWorkingDay(new Date(`${day}T12:00:00Z`)), `${day} (now ${now.toISOString()}, +${months} months)`).toBe(true);
        expect(day >= now.toISOString().slice(0, 10)).toBe(true);
      }
    }
  });
});

describe('suggested dates: always a Swedish working day', () => {
  const at = (day: string) => new Date(`${day}T10:00:00Z`);
  it('a mid-term day on a Saturday moves to the Friday before', () => {
    // 15 March 2025 is a Saturday.
    expect(suggestDate(at('2025-05-20'), at('2025-02-01'))).toBe('2025-03-14');
  });
  it('a due day on Ascension Day (Thursday 29 May 2025) moves to the Wednesday before', () => {
    expect(suggestDate(at('2025-05-29'), at('2025-04-01'))).toBe('2025-05-28');
  });
  it('a due day on National Day (Friday 6 June 2025) moves to the Thursday before', () => {
    expect(suggestDate(at('2025-06-06'), at('2025-04-01'))).toBe('2025-06-05');
  });
  it('already due on a holiday: the next working day (Ascension Day; Good Friday to after Easter Monday)', () => {
    expect(suggestDate(at('2025-01-01'), at('2025-05-29'))).toBe('2025-05-30');
    expect(suggestDate(at('2025-01-01'), at('2025-04-18'))).toBe('2025-04-22');
    // Saturday 14 June 2025: forward is summer, so the first working day after it.
    expect(suggestDate(at('2025-01-01'), at('2025-06-14'))).toBe('2025-08-18');
  });
  it('when no working day is left between today and the day, the first one after it', () => {
    // Today Saturday 14 March 2026; the mid-term day, Sunday 15 March, is before the due day.
    expect(suggestDate(at('2026-04-20'), at('2026-03-14'))).toBe('2026-03-16');
  });
  it('never walks back across Christmas: Saturday 8 January 2028 becomes Monday 10 January', () => {
    expect(suggestDate(at('2028-01-08'), at('2027-12-20'))).toBe('2028-01-10');
  });
  it('midsommarafton and julafton are days off too', () => {
    // Due on midsommarafton 2025 (Friday 20 June) lies in summer: 14 June is a Saturday, so Friday 13 June.
    expect(suggestDate(at('2025-06-20'), at('2025-04-01'))).toBe('2025-06-13');
    expect(isWorkingDay(at('2025-06-20'))).toBe(false);
  });
});
