import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../lib/platforms';
import { latestPublishedTime, parseShownTime } from '../../../lib/platforms/relative-time';
import { fixtureDocument } from '../../support/fixtures';

// Tuesday 10 March 2026, 13:00 in Stockholm (CET, UTC+1).
const NOW = new Date('2026-03-10T12:00:00.000Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

/** [latest, earliest] as ISO strings, or null. */
function read(text: string, now = NOW): [string, string] | null {
  const r = parseShownTime(text, now);
  return r ? [r.latest.toISOString(), r.earliest.toISOString()] : null;
}

describe('relative times: Facebook', () => {
  it.each([
    // Swedish UI
    ['Just nu', 0, MIN],
    ['1 min', MIN, 2 * MIN],
    ['45 min', 45 * MIN, 46 * MIN],
    ['2 tim', 2 * HOUR, 3 * HOUR],
    ['20 tim', 20 * HOUR, 21 * HOUR],
    ['3 d', 3 * DAY, 4 * DAY],
    ['1 v', 7 * DAY, 14 * DAY],
    ['5 v', 35 * DAY, 42 * DAY],
    ['1 år', 365 * DAY, 730 * DAY],
    // English UI, short and long forms
    ['Just now', 0, MIN],
    ['1m', MIN, 2 * MIN],
    ['2h', 2 * HOUR, 3 * HOUR],
    ['3d', 3 * DAY, 4 * DAY],
    ['1w', 7 * DAY, 14 * DAY],
    ['1y', 365 * DAY, 730 * DAY],
    ['5 mins', 5 * MIN, 6 * MIN],
    ['1 hr', HOUR, 2 * HOUR],
    ['2 hrs', 2 * HOUR, 3 * HOUR],
    ['3 days', 3 * DAY, 4 * DAY],
    ['1 wk', 7 * DAY, 14 * DAY],
  ])('%s is %i ms ago (at most %i)', (text, newest, oldest) => {
    expect(read(text)).toEqual([ago(newest), ago(oldest)]);
  });

  it('ignores case, non-breaking and narrow spaces, direction marks and an "edited" mark', () => {
    expect(read('2\u00a0tim')).toEqual([ago(2 * HOUR), ago(3 * HOUR)]);
    expect(read('\u200e3\u202fd\u200e')).toEqual([ago(3 * DAY), ago(4 * DAY)]);
    expect(read('  JUST NU ')).toEqual([ago(0), ago(MIN)]);
    expect(read('2 tim · Redigerat')).toEqual([ago(2 * HOUR), ago(3 * HOUR)]);
    expect(read('2h · Edited')).toEqual([ago(2 * HOUR), ago(3 * HOUR)]);
  });
});

describe('relative times: YouTube and YouTube Studio', () => {
  it.each([
    ['för 30 sekunder sedan', 30_000, 31_000],
    ['för 1 minut sedan', MIN, 2 * MIN],
    ['för 5 minuter sedan', 5 * MIN, 6 * MIN],
    ['för 1 timme sedan', HOUR, 2 * HOUR],
    ['för 20 timmar sedan', 20 * HOUR, 21 * HOUR],
    ['för 1 dag sedan', DAY, 2 * DAY],
    ['för 3 dagar sedan', 3 * DAY, 4 * DAY],
    ['för 1 vecka sedan', 7 * DAY, 14 * DAY],
    ['för 3 veckor sedan (redigerad)', 21 * DAY, 28 * DAY],
    ['för 1 månad sedan', 30 * DAY, 60 * DAY],
    ['för 11 månader sedan', 330 * DAY, 360 * DAY],
    ['för 2 år sedan', 730 * DAY, 1095 * DAY],
    ['12 hours ago', 12 * HOUR, 13 * HOUR],
    ['3 days ago', 3 * DAY, 4 * DAY],
    ['3 days ago (edited)', 3 * DAY, 4 * DAY],
    ['1 month ago', 30 * DAY, 60 * DAY],
    ['2 years ago', 730 * DAY, 1095 * DAY],
    ['an hour ago', HOUR, 2 * HOUR],
    ['a day ago', DAY, 2 * DAY],
  ])('%s', (text, newest, oldest) => {
    expect(read(text)).toEqual([ago(newest), ago(oldest)]);
  });
});

describe('dates (older Facebook comments), read in Stockholm time', () => {
  it('a day without a year is this year when it has passed, else last year', () => {
    // 8 March 2026 in Stockholm: 7 March 23:00 UTC to 8 March 22:59:59.999 UTC (CET).
    expect(read('8 mars')).toEqual(['2026-03-08T22:59:59.999Z', '2026-03-07T23:00:00.000Z']);
    expect(read('March 8')).toEqual(['2026-03-08T22:59:59.999Z', '2026-03-07T23:00:00.000Z']);
    expect(read('Mar 8')).toEqual(['2026-03-08T22:59:59.999Z', '2026-03-07T23:00:00.000Z']);
    expect(read('8 March')).toEqual(['2026-03-08T22:59:59.999Z', '2026-03-07T23:00:00.000Z']);
    // 12 March has not come yet this year: it was last year's (CET then too).
    expect(read('12 mars')).toEqual(['2025-03-12T22:59:59.999Z', '2025-03-11T23:00:00.000Z']);
    expect(read('March 12')).toEqual(['2025-03-12T22:59:59.999Z', '2025-03-11T23:00:00.000Z']);
    // Summer time (CEST, UTC+2).
    expect(read('3 aug.')).toEqual(['2025-08-03T21:59:59.999Z', '2025-08-02T22:00:00.000Z']);
  });

  it('today, shown as a date, is never after now', () => {
    expect(read('10 mars')).toEqual([NOW.toISOString(), '2026-03-09T23:00:00.000Z']);
  });

  it('with a year and a clock time: exact to the minute', () => {
    expect(read('12 mars 2024 kl. 14:05')).toEqual(['2024-03-12T13:05:59.999Z', '2024-03-12T13:05:00.000Z']);
    expect(read('den 12 mars 2024 klockan 14.05')).toEqual(['2024-03-12T13:05:59.999Z', '2024-03-12T13:05:00.000Z']);
    expect(read('March 12, 2024 at 2:05 PM')).toEqual(['2024-03-12T13:05:59.999Z', '2024-03-12T13:05:00.000Z']);
    expect(read('12 March 2024 at 14:05')).toEqual(['2024-03-12T13:05:59.999Z', '2024-03-12T13:05:00.000Z']);
    expect(read('12 juni 2025 kl. 14:05')).toEqual(['2025-06-12T12:05:59.999Z', '2025-06-12T12:05:00.000Z']);
    expect(read('June 12 at 12:30 AM')).toEqual(['2025-06-11T22:30:59.999Z', '2025-06-11T22:30:00.000Z']);
    expect(read('June 12 at 12:30 PM')).toEqual(['2025-06-12T10:30:59.999Z', '2025-06-12T10:30:00.000Z']);
    expect(read('2024-03-12')).toEqual(['2024-03-12T22:59:59.999Z', '2024-03-11T23:00:00.000Z']);
    expect(read('2024-03-12 kl. 14:05')).toEqual(['2024-03-12T13:05:59.999Z', '2024-03-12T13:05:00.000Z']);
  });

  it('the day summer time starts has 23 hours', () => {
    expect(read('30 mars 2025')).toEqual(['2025-03-30T21:59:59.999Z', '2025-03-29T23:00:00.000Z']);
  });

  it('yesterday and weekdays (Facebook, last week)', () => {
    expect(read('Igår kl. 10:15')).toEqual(['2026-03-09T09:15:59.999Z', '2026-03-09T09:15:00.000Z']);
    expect(read('i går kl. 10.15')).toEqual(['2026-03-09T09:15:59.999Z', '2026-03-09T09:15:00.000Z']);
    expect(read('Yesterday at 10:15 AM')).toEqual(['2026-03-09T09:15:59.999Z', '2026-03-09T09:15:00.000Z']);
    expect(read('Igår')).toEqual(['2026-03-09T22:59:59.999Z', '2026-03-08T23:00:00.000Z']);
    expect(read('lördag kl. 09:00')).toEqual(['2026-03-07T08:00:59.999Z', '2026-03-07T08:00:00.000Z']);
    expect(read('Saturday at 9:00 AM')).toEqual(['2026-03-07T08:00:59.999Z', '2026-03-07T08:00:00.000Z']);
    // Today is a Tuesday: "Tuesday" is last week's (today's comments are shown in hours).
    expect(read('Tuesday at 3:15 PM')).toEqual(['2026-03-03T14:15:59.999Z', '2026-03-03T14:15:00.000Z']);
    expect(read('måndag')).toEqual(['2026-03-09T22:59:59.999Z', '2026-03-08T23:00:00.000Z']);
  });
});

describe('what is not a time is null, never a guess', () => {
  it.each([
    '',
    '   ',
    'Svara',
    'Gilla',
    'Reply',
    'igår kväll',
    '3 parsecs ago',
    '2 tim 3 min',
    '31 februari',
    'February 30, 2024',
    '12 mars kl. 25:00',
    'March 12 at 13:05 PM',
    '12 mars 2027',
    'tomorrow',
    'x'.repeat(200),
  ])('%j', (text) => {
    expect(parseShownTime(text, NOW)).toBeNull();
  });

  it('an invalid clock gives null', () => {
    expect(parseShownTime('2 tim', new Date(NaN))).toBeNull();
  });
});

describe('latestPublishedTime: what the activity report uses', () => {
  it('prefers the exact time the page gives (Instagram) over its shown text', () => {
    expect(latestPublishedTime({ publishedText: '5w', publishedAt: '2026-02-01T15:44:52.000Z' }, NOW)?.toISOString()).toBe('2026-02-01T15:44:52.000Z');
  });
  it('else reads the shown text', () => {
    expect(latestPublishedTime({ publishedText: '2 tim' }, NOW)?.toISOString()).toBe(ago(2 * HOUR));
    expect(latestPublishedTime({ publishedText: 'Svara' }, NOW)).toBeNull();
    expect(latestPublishedTime({}, NOW)).toBeNull();
  });
  it('an exact time that does not parse falls back to the text', () => {
    expect(latestPublishedTime({ publishedText: '3 d', publishedAt: 'not a date' }, NOW)?.toISOString()).toBe(ago(3 * DAY));
  });
  it('refuses the implausible: the future beyond a minute of skew, or before 2004', () => {
    expect(latestPublishedTime({ publishedAt: '2026-03-10T12:05:00.000Z' }, NOW)).toBeNull();
    expect(latestPublishedTime({ publishedAt: '2026-03-10T12:00:30.000Z' }, NOW)?.toISOString()).toBe(NOW.toISOString());
    expect(latestPublishedTime({ publishedAt: '1999-12-31T12:00:00.000Z' }, NOW)).toBeNull();
    expect(latestPublishedTime({ publishedText: 'för 40 år sedan' }, NOW)).toBeNull();
  });
});

describe('every time the adapters read from the fixtures is understood', () => {
  const pages: [string, string][] = [
    ['https://www.facebook.com/tyresokommun', 'facebook/page-feed.sv.html'],
    ['https://www.facebook.com/tyresokommun', 'facebook/page-feed.en.html'],
    ['https://www.facebook.com/tyresokommun', 'facebook/post-dialog.sv.html'],
    ['https://www.facebook.com/tyresokommun', 'facebook/post-dialog.en.html'],
    ['https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1001?comment_id=2001', 'facebook/comment-permalink.sv.html'],
    ['https://www.instagram.com/p/DEMOsjovik1/', 'instagram/post.sv.html'],
    ['https://www.instagram.com/p/DEMOsjovik1/', 'instagram/post.en.html'],
    ['https://www.instagram.com/p/DPPr8SID-Dd/', 'instagram/post-comment-2025-11.html'],
    ['https://www.youtube.com/watch?v=dEm0Sj0v1k0', 'youtube/watch.sv.html'],
    ['https://www.youtube.com/watch?v=dEm0Sj0v1k0', 'youtube/watch.en.html'],
    ['https://www.youtube.com/watch?v=dEm0Sj0v1k0', 'youtube/watch-comments-legacy-2021.html'],
    ['https://studio.youtube.com/channel/UCdemo/comments', 'youtube-studio/comments.sv.html'],
    ['https://studio.youtube.com/channel/UCdemo/comments', 'youtube-studio/comments.en.html'],
  ];
  it.each(pages)('%s %s', (url, path) => {
    const adapter = adapterFor(new URL(url))!;
    const doc = fixtureDocument(path, url);
    const shown = adapter
      .findItems(doc)
      .map((el) => adapter.read(el)?.publishedText)
      .filter((t): t is string => t !== undefined);
    expect(shown.length).toBeGreaterThan(0);
    const unread = shown.filter((t) => parseShownTime(t, NOW) === null);
    expect(unread).toEqual([]);
  });
});
