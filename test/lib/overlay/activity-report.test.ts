// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChannelActivitySchema, type ChannelActivityMessage } from '../../../lib/protocol';
import { ACTIVITY_INTERVAL_MS, ACTIVITY_SETTLE_MS, OWNER_URL_MAX_LENGTH, OWNER_URLS_MAX, createActivityReporter } from '../../../lib/overlay/activity-report';
import { youtube } from '../../../lib/platforms/youtube';
import { load } from '../platforms/youtube/load';
import type { ItemReading } from '../../../lib/platforms';

// Tuesday 10 March 2026, 13:00 in Stockholm.
const T0 = new Date('2026-03-10T12:00:00.000Z').getTime();
const MIN = 60_000;
const HOUR = 60 * MIN;
const PAGE = 'https://www.facebook.com/tyresokommun';

const item = () => document.createElement('div');
const comment = (publishedText?: string, publishedAt?: string): ItemReading => ({ kind: 'comment', author: 'Karin Lindqvist', text: 'Hej!', byOwner: false, ...(publishedText ? { publishedText } : {}), ...(publishedAt ? { publishedAt } : {}) });

describe('the activity reporter', () => {
  let sent: ChannelActivityMessage[];
  let url: string;
  const reporter = (signal?: AbortSignal) => createActivityReporter({ send: (m) => sent.push(m), pageUrl: () => url, ...(signal ? { signal } : {}) });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    sent = [];
    url = PAGE;
  });
  afterEach(() => vi.useRealTimers());

  it('sends one message for a screen of comments, with the newest comment time, once they have settled', () => {
    const r = reporter();
    for (const t of ['3 d', '2 tim', '45 min', '1 v', '20 tim']) r.observe(item(), comment(t));
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([{ type: 'channel-activity', pageUrl: PAGE, at: new Date(T0 - 45 * MIN).toISOString() }]);
    // What the background accepts.
    expect(ChannelActivitySchema.safeParse(sent[0]).success).toBe(true);
  });

  it('throttles: at most one message per page per interval, never one per item', () => {
    const r = reporter();
    r.observe(item(), comment('2 tim'));
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent).toHaveLength(1);
    // Newer comments keep arriving (the page updates live): each is newer than the last.
    for (const [i, t] of ['1 tim', '45 min', '30 min', '10 min', '2 min'].entries()) {
      vi.advanceTimersByTime(5_000);
      r.observe(item(), comment(t));
      expect(sent, `after ${t} (${i})`).toHaveLength(1);
    }
    // The interval since the first message ends: one message with the newest of them.
    // Now T0 + 26 s; the first message went at T0 + 1 s, so the next may go at T0 + 31 s.
    vi.advanceTimersByTime(ACTIVITY_INTERVAL_MS - 25_000 - 1);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(2);
    // "2 min" as read at T0 + 26 s.
    expect(sent[1]!.at).toBe(new Date(T0 + ACTIVITY_SETTLE_MS + 25_000 - 2 * MIN).toISOString());
    expect(Date.parse(sent[1]!.at) - Date.parse(sent[0]!.at)).toBeGreaterThan(0);
    // Nothing newer: nothing more, however long the page stays open.
    vi.advanceTimersByTime(10 * ACTIVITY_INTERVAL_MS);
    expect(sent).toHaveLength(2);
  });

  it('the same comment read again later, unchanged (the page put it back), sends nothing new', () => {
    const r = reporter();
    const el = item();
    r.observe(el, comment('2 tim'));
    vi.advanceTimersByTime(ACTIVITY_INTERVAL_MS);
    expect(sent).toHaveLength(1);
    // "2 tim" read an interval later would be a later moment; it is the same comment.
    r.observe(el, comment('2 tim'));
    vi.advanceTimersByTime(ACTIVITY_INTERVAL_MS);
    expect(sent).toHaveLength(1);
    // The element now shows a newer comment (a recycled node): that is activity.
    r.observe(el, comment('1 min'));
    vi.advanceTimersByTime(ACTIVITY_INTERVAL_MS);
    expect(sent).toHaveLength(2);
  });

  it('an older comment scrolled into view after a newer one sends nothing', () => {
    const r = reporter();
    r.observe(item(), comment('10 min'));
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent).toHaveLength(1);
    for (const t of ['2 tim', '3 d', '5 v', '12 mars', 'för 2 år sedan']) r.observe(item(), comment(t));
    vi.advanceTimersByTime(5 * ACTIVITY_INTERVAL_MS);
    expect(sent).toHaveLength(1);
  });

  it('uses the exact time where the page gives one (Instagram), and ignores what is no time', () => {
    const r = reporter();
    r.observe(item(), comment('Svara'));
    r.observe(item(), comment());
    r.observe(item(), comment('2 tim 3 min'));
    // Invalid or implausible exact times, and no readable text beside them.
    r.observe(item(), comment(undefined, '2026-03-10T13:00:00.000Z'));
    r.observe(item(), comment(undefined, '1999-01-01T00:00:00.000Z'));
    r.observe(item(), comment(undefined, 'not a date'));
    vi.advanceTimersByTime(5 * ACTIVITY_INTERVAL_MS);
    expect(sent).toEqual([]);
    r.observe(item(), comment('5w', '2026-03-09T08:30:00.000Z'));
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent.map((m) => m.at)).toEqual(['2026-03-09T08:30:00.000Z']);
  });

  it('keeps each page apart; the fragment does not make another page', () => {
    const r = reporter();
    r.observe(item(), comment('2 tim'));
    url = `${PAGE}#comments`;
    r.observe(item(), comment('1 tim'));
    url = 'https://www.facebook.com/tyresobibliotek';
    r.observe(item(), comment('3 d'));
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent).toEqual([
      { type: 'channel-activity', pageUrl: PAGE, at: new Date(T0 - HOUR).toISOString() },
      { type: 'channel-activity', pageUrl: 'https://www.facebook.com/tyresobibliotek', at: new Date(T0 - 3 * 24 * HOUR).toISOString() },
    ]);
  });

  it('sends what is pending when the overlay is torn down, and nothing after', () => {
    const controller = new AbortController();
    const r = reporter(controller.signal);
    r.observe(item(), comment('2 tim'));
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    r.observe(item(), comment('5 min'));
    expect(sent).toHaveLength(1);
    controller.abort();
    expect(sent.map((m) => m.at)).toEqual([new Date(T0 - 2 * HOUR).toISOString(), new Date(T0 + ACTIVITY_SETTLE_MS - 5 * MIN).toISOString()]);
    r.observe(item(), comment('Just nu'));
    vi.advanceTimersByTime(5 * ACTIVITY_INTERVAL_MS);
    expect(sent).toHaveLength(2);
  });

  it('a failing send does not throw into the decorator', () => {
    const r = createActivityReporter({
      send: () => {
        throw new Error('Extension context invalidated.');
      },
      pageUrl: () => PAGE,
    });
    r.observe(item(), comment('2 tim'));
    expect(() => vi.advanceTimersByTime(ACTIVITY_SETTLE_MS)).not.toThrow();
  });
});

describe('the activity reporter: whose page it is (the adapter\'s ownerUrls)', () => {
  const WATCH = 'https://www.youtube.com/watch?v=dEm0Sj0v1k0';
  let sent: ChannelActivityMessage[];
  let url: string;
  let reads: number;
  let shown: string[] | (() => string[]);
  const owners = {
    ownerUrls: (_doc: Document, _pageUrl?: string) => {
      reads++;
      return typeof shown === 'function' ? shown() : shown;
    },
  };
  const reporter = () => createActivityReporter({ send: (m) => sent.push(m), pageUrl: () => url, owners });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    sent = [];
    url = WATCH;
    reads = 0;
    shown = ['https://www.youtube.com/@sjovikskommun'];
  });
  afterEach(() => vi.useRealTimers());

  it('the watch page\'s own markup, through the real adapter: the newest time ("för 20 timmar sedan") and the video\'s channel', () => {
    const doc = load('youtube/watch.sv.html');
    const r = createActivityReporter({ send: (m) => sent.push(m), pageUrl: () => WATCH, owners: youtube });
    for (const el of youtube.findItems(doc)) r.observe(el, youtube.read(el)!);
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent).toEqual([{ type: 'channel-activity', pageUrl: WATCH, at: new Date(T0 - 20 * HOUR).toISOString(), ownerUrls: ['https://www.youtube.com/@sjovikskommun'] }]);
    expect(ChannelActivitySchema.safeParse(sent[0]).success).toBe(true);
  });

  it('reads the owner once per page, not per item', () => {
    const r = reporter();
    for (const t of ['3 d', '2 tim', '45 min', '30 min', '10 min']) r.observe(item(), comment(t));
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(reads).toBe(1);
    expect(sent[0]!.ownerUrls).toEqual(['https://www.youtube.com/@sjovikskommun']);
  });

  it('a header rendered after the first comments: looked for again when the message goes', () => {
    let rendered = false;
    shown = () => (rendered ? ['https://www.youtube.com/@sjovikskommun'] : []);
    const r = reporter();
    r.observe(item(), comment('2 tim'));
    rendered = true;
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent[0]!.ownerUrls).toEqual(['https://www.youtube.com/@sjovikskommun']);
  });

  it('not when the tab has moved on to another page by then (its header is another video\'s)', () => {
    let rendered = false;
    shown = () => (rendered ? ['https://www.youtube.com/@annankanal'] : []);
    const r = reporter();
    r.observe(item(), comment('2 tim'));
    url = 'https://www.youtube.com/watch?v=nEwV1de0001';
    rendered = true;
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent).toEqual([{ type: 'channel-activity', pageUrl: WATCH, at: new Date(T0 - 2 * HOUR).toISOString() }]);
  });

  it('keeps within what the background accepts: at most OWNER_URLS_MAX, none too long, no duplicates', () => {
    shown = [...Array.from({ length: 12 }, (_, i) => `https://www.youtube.com/@kanal${i % 10}`), `https://www.youtube.com/@${'x'.repeat(OWNER_URL_MAX_LENGTH)}`];
    const r = reporter();
    r.observe(item(), comment('2 tim'));
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent[0]!.ownerUrls).toEqual(Array.from({ length: OWNER_URLS_MAX }, (_, i) => `https://www.youtube.com/@kanal${i}`));
    expect(ChannelActivitySchema.safeParse(sent[0]).success).toBe(true);
    // One more, and the background would refuse the whole message.
    expect(ChannelActivitySchema.safeParse({ ...sent[0], ownerUrls: [...sent[0]!.ownerUrls!, 'https://www.youtube.com/@en-till'] }).success).toBe(false);
    expect(ChannelActivitySchema.safeParse({ ...sent[0], ownerUrls: ['x'.repeat(OWNER_URL_MAX_LENGTH + 1)] }).success).toBe(false);
  });

  it('an adapter that throws costs the owner, not the message or the overlay', () => {
    const r = createActivityReporter({
      send: (m) => sent.push(m),
      pageUrl: () => url,
      owners: {
        ownerUrls: () => {
          throw new Error('odd markup');
        },
      },
    });
    expect(() => r.observe(item(), comment('2 tim'))).not.toThrow();
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS);
    expect(sent).toEqual([{ type: 'channel-activity', pageUrl: WATCH, at: new Date(T0 - 2 * HOUR).toISOString() }]);
  });
});
