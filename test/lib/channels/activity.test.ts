import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDispatcher } from '../../../lib/background/messenger';
import { channelHandlers } from '../../../lib/background/channel-check';
import { addChannel, loadChannelFacts, noteActivity } from '../../../lib/channels/repository';
import { EMPTY_CHANNEL_INPUT } from '../../../lib/channels/schema';
import { createActivityReporter } from '../../../lib/overlay/activity-report';
import { getDb } from '../../../lib/records/db';
import { freshDb } from '../records/helpers';

const CHANNEL = { ...EMPTY_CHANNEL_INPUT, platform: 'facebook' as const, name: 'Tyresö kommun', url: 'https://www.facebook.com/tyresokommun' };
const OTHER = { ...CHANNEL, name: 'Tyresö bibliotek', url: 'https://www.facebook.com/tyresobibliotek' };
const POST = 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1001';
const handleChannelMessage = createDispatcher(channelHandlers, () => undefined);
const sender = {} as Parameters<typeof handleChannelMessage>[1];

async function lastActivity(name: string): Promise<string | undefined> {
  return (await loadChannelFacts(getDb())).find((f) => f.channel.name === name)?.lastActivityAt;
}

describe('noteActivity: "last activity seen" moves forward only, never past now', () => {
  it('takes a newer time, keeps the newer one against an older, and clamps a future one to now', async () => {
    const db = freshDb();
    await addChannel(db, CHANNEL, new Date('2026-01-01T10:00:00.000Z'));
    const now = new Date('2026-03-10T12:00:00.000Z');
    expect(await noteActivity(db, POST, new Date('2026-03-10T11:15:00.000Z'), now)).toBe(1);
    expect((await db.channels.toArray())[0]!.lastActivityAt).toBe('2026-03-10T11:15:00.000Z');
    await noteActivity(db, POST, new Date('2026-03-07T08:00:00.000Z'), now);
    expect((await db.channels.toArray())[0]!.lastActivityAt).toBe('2026-03-10T11:15:00.000Z');
    await noteActivity(db, POST, new Date('2027-01-01T00:00:00.000Z'), now);
    expect((await db.channels.toArray())[0]!.lastActivityAt).toBe(now.toISOString());
    expect(await noteActivity(db, 'https://www.youtube.com/@tyresokommun', new Date('2026-03-10T11:59:00.000Z'), now)).toBe(0);
    expect(await noteActivity(db, POST, new Date(NaN), now)).toBe(0);
    expect((await db.channels.toArray())[0]!.lastActivityAt).toBe(now.toISOString());
  });
});

describe('the background answers channel-activity', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await getDb().channels.clear();
    await getDb().records.clear();
    await addChannel(getDb(), CHANNEL, new Date('2026-01-01T10:00:00.000Z'));
    await addChannel(getDb(), OTHER, new Date('2026-01-01T10:00:00.000Z'));
  });

  it('stores the observed comment time on the channel whose URL matches, and only there', async () => {
    const at = new Date(Date.now() - 45 * 60_000).toISOString();
    expect(await handleChannelMessage({ type: 'channel-activity', pageUrl: POST, at }, sender)).toEqual({ ok: true, channels: 1 });
    expect(await lastActivity('Tyresö kommun')).toBe(at);
    expect(await lastActivity('Tyresö bibliotek')).toBeUndefined();
    // An older comment seen later does not move it back.
    await handleChannelMessage({ type: 'channel-activity', pageUrl: POST, at: new Date(Date.now() - 3 * 86_400_000).toISOString() }, sender);
    expect(await lastActivity('Tyresö kommun')).toBe(at);
  });

  it('a time in the future is stored as the background\'s now', async () => {
    const before = Date.now();
    await handleChannelMessage({ type: 'channel-activity', pageUrl: POST, at: '2099-01-01T00:00:00.000Z' }, sender);
    const stored = Date.parse((await lastActivity('Tyresö kommun'))!);
    expect(stored).toBeGreaterThanOrEqual(before);
    expect(stored).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a message without a valid time (the old form), changing nothing', async () => {
    for (const message of [
      { type: 'channel-activity', pageUrl: POST },
      { type: 'channel-activity', pageUrl: POST, at: 'igår' },
      { type: 'channel-activity', pageUrl: POST, at: 1_700_000_000_000 },
      { type: 'channel-activity', pageUrl: 'x'.repeat(8001), at: new Date().toISOString() },
    ]) {
      expect(await handleChannelMessage(message, sender)).toEqual({ ok: false });
    }
    expect(await lastActivity('Tyresö kommun')).toBeUndefined();
  });

  it('end to end: the reporter\'s own default send reaches the handler and the store', async () => {
    const done = new Promise<unknown>((resolve) => {
      browser.runtime.onMessage.addListener((message, s) => {
        const answer = handleChannelMessage(message, s);
        void answer?.then(resolve);
        return answer;
      });
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const r = createActivityReporter({ pageUrl: () => `${POST}#c` });
      const el = {} as Element;
      r.observe(el, { kind: 'comment', author: 'Karin Lindqvist', text: 'Hej', byOwner: false, publishedText: '3 d' });
      r.observe(el, { kind: 'comment', author: 'Ahmed Yusuf', text: 'Tack', byOwner: false, publishedText: '2 tim' });
      vi.runAllTimers();
    } finally {
      vi.useRealTimers();
    }
    expect(await done).toEqual({ ok: true, channels: 1 });
    const stored = Date.parse((await lastActivity('Tyresö kommun'))!);
    expect(Math.abs(Date.now() - 2 * 3_600_000 - stored)).toBeLessThan(5_000);
  });
});
