import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDispatcher } from '../../../lib/background/messenger';
import { channelHandlers } from '../../../lib/background/channel-check';
import { ChannelActivitySchema } from '../../../lib/protocol';
import { addChannel, loadChannelFacts, noteActivity } from '../../../lib/channels/repository';
import { EMPTY_CHANNEL_INPUT, type ChannelInput } from '../../../lib/channels/schema';
import { accountKey, isPageOfChannel } from '../../../lib/channels/url';
import { getDb } from '../../../lib/records/db';
import { freshDb } from '../records/helpers';

const WATCH = 'https://www.youtube.com/watch?v=dEm0Sj0v1k0';
const HANDLE = 'https://www.youtube.com/@tyresokommun';
const ID = 'https://www.youtube.com/channel/UCdemoTyresoKommun000001';
const IG_POST = 'https://www.instagram.com/p/DEMOtyreso1/';
const IG_OWNER = 'https://www.instagram.com/tyresokommun/';

describe('accountKey: the account a URL names', () => {
  it.each([
    ['https://www.youtube.com/@TyresoKommun', 'youtube.com/@tyresokommun'],
    ['https://m.youtube.com/@tyresokommun/videos?view=0', 'youtube.com/@tyresokommun'],
    ['http://youtube.com/@tyresokommun/', 'youtube.com/@tyresokommun'],
    ['https://www.youtube.com/@tyres%C3%B6kommun', 'youtube.com/@tyresökommun'],
    ['https://www.youtube.com/channel/UCdemoTyresoKommun000001/featured', 'youtube.com/channel/ucdemotyresokommun000001'],
    ['https://studio.youtube.com/channel/UCdemoTyresoKommun000001/comments/inbox', 'youtube.com/channel/ucdemotyresokommun000001'],
    ['https://www.youtube.com/c/TyresoKommun/about', 'youtube.com/c/tyresokommun'],
    ['https://www.youtube.com/user/TyresoKommun', 'youtube.com/user/tyresokommun'],
    ['https://www.instagram.com/TyresoKommun/', 'instagram.com/tyresokommun'],
    ['https://instagram.com/tyresokommun/reels/', 'instagram.com/tyresokommun'],
    ['https://www.instagram.com/tyresokommun/p/DEMOtyreso1/', 'instagram.com/tyresokommun'],
  ])('%s → %s', (url, key) => expect(accountKey(url)).toBe(key));

  it.each([
    WATCH,
    'https://www.youtube.com/',
    'https://www.youtube.com/@',
    'https://www.youtube.com/channel/notanid',
    'https://www.youtube.com/c/',
    'https://studio.youtube.com/video/dEm0Sj0v1k0/comments',
    'https://studio.youtube.com/@tyresokommun',
    'https://youtu.be/dEm0Sj0v1k0',
    IG_POST,
    'https://www.instagram.com/reel/DEMOtyreso1/',
    'https://www.instagram.com/explore/tags/tyreso/',
    'https://www.facebook.com/tyresokommun',
    'not a url',
  ])('%s → none', (url) => expect(accountKey(url)).toBeNull());
});

describe('isPageOfChannel: the page address, or an owner the page names', () => {
  it('a watch page is on the channel its owner link names, in whatever form the channel was registered', () => {
    for (const channel of [HANDLE, 'https://youtube.com/@TyresoKommun/', 'https://m.youtube.com/@tyresokommun/videos', 'https://www.youtube.com/@tyresokommun?si=x#top']) {
      expect(isPageOfChannel(WATCH, [HANDLE], channel), channel).toBe(true);
    }
    expect(isPageOfChannel(WATCH, [], HANDLE)).toBe(false);
    expect(isPageOfChannel(WATCH, ['https://www.youtube.com/@tyresokommunfritid'], HANDLE)).toBe(false);
  });

  it('an id matches an id, a handle a handle; /c/ and /user/ are names of their own', () => {
    expect(isPageOfChannel(WATCH, [ID], ID)).toBe(true);
    expect(isPageOfChannel(WATCH, [ID], 'https://www.youtube.com/channel/UCdemoTyresoKommun000001/videos')).toBe(true);
    // The page shows the handle only: which id it stands for is not on the page.
    expect(isPageOfChannel(WATCH, [HANDLE], ID)).toBe(false);
    expect(isPageOfChannel(WATCH, [ID], HANDLE)).toBe(false);
    // Both on the page (a first load: header handle, microdata id): either registration matches.
    expect(isPageOfChannel(WATCH, [HANDLE, ID], ID)).toBe(true);
    expect(isPageOfChannel(WATCH, ['https://www.youtube.com/c/TyresoKommun'], 'https://www.youtube.com/user/TyresoKommun')).toBe(false);
    expect(isPageOfChannel(WATCH, ['https://www.youtube.com/user/TyresoKommun'], 'https://www.youtube.com/user/tyresokommun/')).toBe(true);
  });

  it('Studio: the address names the channel by id', () => {
    expect(isPageOfChannel('https://studio.youtube.com/channel/UCdemoTyresoKommun000001/comments/inbox', [], ID)).toBe(true);
    expect(isPageOfChannel('https://studio.youtube.com/video/dEm0Sj0v1k0/comments', [], ID)).toBe(false);
    expect(isPageOfChannel('https://studio.youtube.com/video/dEm0Sj0v1k0/comments', [ID], ID)).toBe(true);
  });

  it('an Instagram post is on its author\'s account', () => {
    for (const channel of [IG_OWNER, 'https://instagram.com/TyresoKommun', 'https://www.instagram.com/tyresokommun/reels/']) {
      expect(isPageOfChannel(IG_POST, [IG_OWNER], channel), channel).toBe(true);
    }
    expect(isPageOfChannel(IG_POST, [IG_OWNER], 'https://www.instagram.com/tyresokommunfritid/')).toBe(false);
    expect(isPageOfChannel(IG_POST, [], IG_OWNER)).toBe(false);
  });

  it('owners on another site than the page are not taken from it; Facebook works by address as before', () => {
    expect(isPageOfChannel('https://www.facebook.com/somepage/posts/1', [HANDLE], HANDLE)).toBe(false);
    expect(isPageOfChannel(WATCH, [IG_OWNER], IG_OWNER)).toBe(false);
    expect(isPageOfChannel('https://www.facebook.com/tyresokommun/posts/1', [], 'https://www.facebook.com/tyresokommun')).toBe(true);
    expect(isPageOfChannel('https://www.facebook.com/tyresokommunnytt', [], 'https://www.facebook.com/tyresokommun')).toBe(false);
    expect(isPageOfChannel(WATCH, ['not a url', 'javascript:alert(1)'], HANDLE)).toBe(false);
  });
});

const channel = (name: string, url: string, platform: ChannelInput['platform']): ChannelInput => ({ ...EMPTY_CHANNEL_INPUT, platform, name, url });

describe('noteActivity and the background, with the page\'s owners', () => {
  it('a watch page moves its owner\'s channel, and only that one', async () => {
    const db = freshDb();
    const t0 = new Date('2026-01-01T10:00:00.000Z');
    await addChannel(db, channel('Tyresö kommun', HANDLE, 'youtube'), t0);
    await addChannel(db, channel('Tyresö bibliotek', 'https://www.youtube.com/@tyresobibliotek', 'youtube'), t0);
    await addChannel(db, channel('Tyresö kommun (Instagram)', IG_OWNER, 'instagram'), t0);
    const now = new Date('2026-03-10T12:00:00.000Z');
    const at = new Date('2026-03-09T08:00:00.000Z');
    expect(await noteActivity(db, WATCH, at, now)).toBe(0);
    expect(await noteActivity(db, WATCH, at, now, [HANDLE])).toBe(1);
    expect(await noteActivity(db, IG_POST, at, now, [IG_OWNER])).toBe(1);
    const byName = Object.fromEntries((await loadChannelFacts(db)).map((f) => [f.channel.name, f.lastActivityAt]));
    expect(byName).toEqual({ 'Tyresö kommun': at.toISOString(), 'Tyresö bibliotek': undefined, 'Tyresö kommun (Instagram)': at.toISOString() });
  });

  describe('the message', () => {
    const handleChannelMessage = createDispatcher(channelHandlers, () => undefined);
    const sender = {} as Parameters<typeof handleChannelMessage>[1];
    beforeEach(async () => {
      fakeBrowser.reset();
      await getDb().channels.clear();
      await getDb().records.clear();
      await addChannel(getDb(), channel('Tyresö kommun', ID, 'youtube'), new Date('2026-01-01T10:00:00.000Z'));
    });

    it('carries the owners; the old form without them still works', async () => {
      const at = new Date(Date.now() - 3_600_000).toISOString();
      expect(await handleChannelMessage({ type: 'channel-activity', pageUrl: WATCH, at }, sender)).toEqual({ ok: true, channels: 0 });
      expect(await handleChannelMessage({ type: 'channel-activity', pageUrl: WATCH, at, ownerUrls: [HANDLE, ID] }, sender)).toEqual({ ok: true, channels: 1 });
      expect((await getDb().channels.toArray())[0]!.lastActivityAt).toBe(at);
    });

    it('refuses owners out of bounds (more than 8, longer than 2000, not strings), changing nothing', async () => {
      const at = new Date().toISOString();
      for (const ownerUrls of [Array<string>(9).fill(ID), [`${ID}/${'x'.repeat(2000)}`], [42], ID]) {
        const message = { type: 'channel-activity', pageUrl: WATCH, at, ownerUrls };
        expect(ChannelActivitySchema.safeParse(message).success).toBe(false);
        expect(await handleChannelMessage(message, sender)).toEqual({ ok: false });
      }
      expect((await getDb().channels.toArray())[0]!.lastActivityAt).toBeUndefined();
    });
  });
});
