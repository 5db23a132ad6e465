// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { youtube } from '../../../../lib/platforms/youtube';
import { findReplyBox, findReplyButton } from '../../../../lib/platforms/youtube/replyBox';
import { load } from './load';

const video = 'https://www.youtube.com/watch?v=dEm0Sj0v1k0';
const parent = { permalink: video, text: 'Så fungerar sophämtningen i Sjöviks kommun', author: 'Sjöviks kommun' };
const readAll = (doc: Document) => youtube.findItems(doc).map((el) => youtube.read(el));

describe('youtube, real 2021 markup (ytd-comment-renderer)', () => {
  const doc = load('youtube/watch-comments-legacy-2021.html');
  const items = readAll(doc);

  it('reads exactly the 359 comments and replies, each with author, text and an lc= permalink', () => {
    expect(items).toHaveLength(359);
    for (const r of items) {
      expect(r).not.toBeNull();
      expect(r!.author).not.toBe('');
      expect(r!.text).not.toBe('');
      expect(r!.authorUrl).toMatch(/^https:\/\/www\.youtube\.com\/channel\/UC[\w-]+$/);
      expect(r!.permalink).toBe(`https://www.youtube.com/watch?v=1-emQo-7O3Y&lc=${r!.itemId}`);
      expect(r!.itemId).toMatch(/^UgznjFhwgSQHuoyRa2l4AaABAg(\.[\w-]+)?$/);
      expect(r!.unreadable).toBeUndefined();
    }
    expect(new Set(items.map((r) => r!.itemId)).size).toBe(359);
    expect(items.map((r) => r!.kind)).toEqual(['comment', ...Array<string>(358).fill('reply')]);
  });

  it('reads the thread\'s comment in full', () => {
    expect(items[0]).toEqual({
      kind: 'comment',
      byOwner: false,
      author: 'KyoKari4',
      authorUrl: 'https://www.youtube.com/channel/UCeJTMRKKjMekcmw3ei4vZig',
      text: 'lets start a thread\n\n1. deprive yourself of any enjoyment in life',
      permalink: 'https://www.youtube.com/watch?v=1-emQo-7O3Y&lc=UgznjFhwgSQHuoyRa2l4AaABAg',
      itemId: 'UgznjFhwgSQHuoyRa2l4AaABAg',
      publishedText: '1 month ago',
      parent: { permalink: 'https://www.youtube.com/watch?v=1-emQo-7O3Y' },
    });
  });

  it('reads replies, including the channel owner\'s (whose #author-text is hidden)', () => {
    expect(items[1]).toEqual({
      kind: 'reply',
      byOwner: false,
      author: 'Neon Utopia',
      authorUrl: 'https://www.youtube.com/channel/UCGOuy8Rs__cq44x73VAVRwg',
      text: '2. Commit multiple warcrimes in Bosnia',
      permalink: 'https://www.youtube.com/watch?v=1-emQo-7O3Y&lc=UgznjFhwgSQHuoyRa2l4AaABAg.9PDdoPCQJQc9PFKx4X_5Zh',
      itemId: 'UgznjFhwgSQHuoyRa2l4AaABAg.9PDdoPCQJQc9PFKx4X_5Zh',
      parentItemId: 'UgznjFhwgSQHuoyRa2l4AaABAg',
      publishedText: '1 month ago',
      parent: { permalink: 'https://www.youtube.com/watch?v=1-emQo-7O3Y' },
    });
    expect(items[2]).toMatchObject({
      kind: 'reply',
      byOwner: true,
      author: 'Egossi',
      authorUrl: 'https://www.youtube.com/channel/UCZzYrvWJjoc8j-OLwUriSYA',
      text: '3. Overdose on methamphetamine',
      itemId: 'UgznjFhwgSQHuoyRa2l4AaABAg.9PDdoPCQJQc9PFfLM7fb7K',
      parentItemId: 'UgznjFhwgSQHuoyRa2l4AaABAg',
    });
  });

  it('finds the 2021 Reply button and no open reply box', () => {
    const first = youtube.findItems(doc)[0]!;
    expect(findReplyButton(first)?.getAttribute('role')).toBe('button');
    expect(findReplyBox(first)).toBeNull();
  });

  it('returns null for elements that are not comments', () => {
    expect(youtube.read(doc.body)).toBeNull();
    expect(youtube.read(doc.querySelector('#content-text')!)).toBeNull();
  });
});

for (const lang of ['sv', 'en'] as const) {
  describe(`youtube, current markup (hand-written, ${lang} UI)`, () => {
    const doc = load(`youtube/watch.${lang}.html`);
    const items = readAll(doc);
    const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);

    it('finds comments and replies (#replies and #teaser-replies) in document order', () => {
      expect(items.map((r) => [r?.kind, r?.author])).toEqual([
        ['comment', '@karin-exempel'],
        ['reply', '@sjovikskommun'],
        ['reply', '@olle-provare'],
        ['comment', '@maja-fiktiv'],
        ['reply', '@sjovikskommun'],
        ['comment', '@per-testsson'],
      ]);
      for (const r of items) expect(r?.unreadable).toBeUndefined();
    });

    it('reads a comment in full, with the video as parent', () => {
      expect(items[0]).toEqual({
        kind: 'comment',
        byOwner: false,
        author: '@karin-exempel',
        authorUrl: 'https://www.youtube.com/@karin-exempel',
        text: 'När töms kärlen för matavfall på Storgatan? Det har inte hämtats på två veckor.',
        permalink: `${video}&lc=UgxDEMOkarin0001a4AaABAg`,
        itemId: 'UgxDEMOkarin0001a4AaABAg',
        publishedText: t('för 2 dagar sedan', '2 days ago'),
        parent,
      });
    });

    it('reads the channel owner\'s reply and a reply with an emoji image', () => {
      expect(items[1]).toEqual({
        kind: 'reply',
        byOwner: true,
        author: '@sjovikskommun',
        authorUrl: 'https://www.youtube.com/@sjovikskommun',
        text: 'Hej Karin! Storgatan har hämtning varannan tisdag. Vi har skickat en felanmälan till entreprenören.',
        permalink: `${video}&lc=UgxDEMOkarin0001a4AaABAg.AbCdEfGhIj1`,
        itemId: 'UgxDEMOkarin0001a4AaABAg.AbCdEfGhIj1',
        parentItemId: 'UgxDEMOkarin0001a4AaABAg',
        publishedText: t('för 1 dag sedan', '1 day ago'),
        parent,
      });
      expect(items[2]).toEqual({
        kind: 'reply',
        byOwner: false,
        author: '@olle-provare',
        authorUrl: 'https://www.youtube.com/@olle-provare',
        text: 'Samma sak på Björkvägen 👍',
        permalink: `${video}&lc=UgxDEMOkarin0001a4AaABAg.AbCdEfGhIj2`,
        itemId: 'UgxDEMOkarin0001a4AaABAg.AbCdEfGhIj2',
        parentItemId: 'UgxDEMOkarin0001a4AaABAg',
        publishedText: t('för 20 timmar sedan', '20 hours ago'),
        parent,
      });
    });

    it('keeps a multi-line text and reads a teaser reply', () => {
      expect(items[3]).toEqual({
        kind: 'comment',
        byOwner: false,
        author: '@maja-fiktiv',
        authorUrl: 'https://www.youtube.com/@maja-fiktiv',
        text: 'Tack för en tydlig film!\nKommer det en version på lätt svenska?',
        permalink: `${video}&lc=UgyDEMOmaja00002b4AaABAg`,
        itemId: 'UgyDEMOmaja00002b4AaABAg',
        publishedText: t('för 3 dagar sedan', '3 days ago'),
        parent,
      });
      expect(items[4]).toEqual({
        kind: 'reply',
        byOwner: true,
        author: '@sjovikskommun',
        authorUrl: 'https://www.youtube.com/@sjovikskommun',
        text: 'Hej Maja! Ja, den kommer i nästa vecka, med textning.',
        permalink: `${video}&lc=UgyDEMOmaja00002b4AaABAg.XyZ0123456a`,
        itemId: 'UgyDEMOmaja00002b4AaABAg.XyZ0123456a',
        parentItemId: 'UgyDEMOmaja00002b4AaABAg',
        publishedText: t('för 2 dagar sedan', '2 days ago'),
        parent,
      });
    });

    it('keeps the shown time as it is, edit mark included', () => {
      expect(items[5]?.publishedText).toBe(t('för 3 veckor sedan (redigerad)', '3 weeks ago (edited)'));
      expect(items[5]?.publishedAt).toBeUndefined();
    });

    it('finds each comment\'s own Reply button, and the open box only under its comment', () => {
      const els = youtube.findItems(doc);
      for (const el of els) expect(findReplyButton(el)?.textContent).toBe(t('Svara', 'Reply'));
      expect(findReplyBox(els[0]!)?.getAttribute('contenteditable')).toBe('true');
      for (const el of els.slice(1)) expect(findReplyBox(el)).toBeNull();
    });
  });
}

describe('youtube, half-broken markup', () => {
  const items = readAll(load('youtube/watch-broken.sv.html'));

  it('still finds every item in order', () => {
    expect(items.map((r) => r?.kind)).toEqual(['comment', 'reply', 'reply', 'comment', 'reply', 'comment']);
  });

  it('leaves a missing author empty and names it, instead of borrowing a reply\'s', () => {
    expect(items[0]).toEqual({
      kind: 'comment',
      byOwner: false,
      author: '',
      text: 'När töms kärlen för matavfall på Storgatan? Det har inte hämtats på två veckor.',
      permalink: `${video}&lc=UgxDEMOkarin0001a4AaABAg`,
      itemId: 'UgxDEMOkarin0001a4AaABAg',
      publishedText: 'för 2 dagar sedan',
      parent,
      unreadable: ['author', 'authorUrl'],
    });
  });

  it('leaves a missing text empty and names it', () => {
    expect(items[2]).toMatchObject({ author: '@olle-provare', text: '', unreadable: ['text'] });
  });

  it('leaves a missing time link unread (no id, no permalink, no time), not taken from the reply', () => {
    expect(items[3]).toEqual({
      kind: 'comment',
      byOwner: false,
      author: '@maja-fiktiv',
      authorUrl: 'https://www.youtube.com/@maja-fiktiv',
      text: 'Tack för en tydlig film!\nKommer det en version på lätt svenska?',
      unreadable: ['publishedText', 'permalink', 'itemId'],
    });
    expect(items[4]?.itemId).toBe('UgyDEMOmaja00002b4AaABAg.XyZ0123456a');
  });
});
