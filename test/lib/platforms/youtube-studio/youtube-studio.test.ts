// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { youtubeStudio } from '../../../../lib/platforms/youtube-studio';
import { findReplyBox, findReplyButton } from '../../../../lib/platforms/youtube-studio/replyBox';
import { videoIdOf } from '../../../../lib/platforms/youtube-studio/video';
import { load } from './load';

const videoA = { permalink: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0', text: 'Så fungerar sophämtningen i Sjöviks kommun' };
const videoB = { permalink: 'https://www.youtube.com/watch?v=bYgG12mArS0', text: 'Byggnadsnämndens möte 12 mars – sammanfattning' };
const channel = (id: string) => `https://www.youtube.com/channel/${id}`;
const readAll = (doc: Document) => youtubeStudio.findItems(doc).map((el) => youtubeStudio.read(el));

for (const lang of ['sv', 'en'] as const) {
  describe(`youtube studio, channel comments (hand-written, ${lang} UI)`, () => {
    // At the address Studio gives the channel's comment list: it names the channel whose Studio it is.
    const doc = load(`youtube-studio/comments.${lang}.html`, `https://studio.youtube.com/channel/UCdemoSjoviksKommun00001/comments/inbox`);
    const items = readAll(doc);
    const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);

    it('finds comments and replies in document order', () => {
      expect(items.map((r) => [r?.kind, r?.author])).toEqual([
        ['comment', '@karin-exempel'],
        ['reply', '@sjovikskommun'],
        ['reply', '@olle-provare'],
        ['comment', '@maja-fiktiv'],
        ['comment', '@per-testsson'],
      ]);
      for (const r of items) expect(r?.unreadable).toBeUndefined();
    });

    it('reads a comment with its video and its lc= link', () => {
      expect(items[0]).toEqual({
        kind: 'comment',
        byOwner: false,
        author: '@karin-exempel',
        authorUrl: channel('UCdemoKarinExempel000001'),
        text: 'När töms kärlen för matavfall på Storgatan? Det har inte hämtats på två veckor.',
        permalink: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0&lc=UgxDEMOkarin0001a4AaABAg',
        itemId: 'UgxDEMOkarin0001a4AaABAg',
        publishedText: t('för 2 dagar sedan', '2 days ago'),
        parent: videoA,
      });
    });

    it('reads replies\' video from their thread, not from their own empty thumbnail', () => {
      expect(items[1]).toEqual({
        kind: 'reply',
        byOwner: true,
        author: '@sjovikskommun',
        authorUrl: channel('UCdemoSjoviksKommun00001'),
        text: 'Hej Karin! Storgatan har hämtning varannan tisdag. Vi har skickat en felanmälan till entreprenören.',
        permalink: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0&lc=UgxDEMOkarin0001a4AaABAg.AbCdEfGhIj1',
        itemId: 'UgxDEMOkarin0001a4AaABAg.AbCdEfGhIj1',
        parentItemId: 'UgxDEMOkarin0001a4AaABAg',
        publishedText: t('för 1 dag sedan', '1 day ago'),
        parent: videoA,
      });
    });

    it('leaves id and permalink out when Studio shows no link to the comment', () => {
      expect(items[2]).toEqual({
        kind: 'reply',
        byOwner: false,
        author: '@olle-provare',
        authorUrl: channel('UCdemoOlleProvare0000001'),
        text: 'Samma sak på Björkvägen 👍',
        publishedText: t('för 20 timmar sedan', '20 hours ago'),
        parent: videoA,
      });
    });

    it('keeps line breaks written as newline spans, and reads another thread\'s video', () => {
      expect(items[3]).toEqual({
        kind: 'comment',
        byOwner: false,
        author: '@maja-fiktiv',
        authorUrl: channel('UCdemoMajaFiktiv00000001'),
        text: 'Tack för sammanfattningen!\nNär publiceras protokollet?',
        publishedText: t('för 3 dagar sedan', '3 days ago'),
        parent: videoB,
      });
      expect(items[4]).toMatchObject({
        kind: 'comment',
        byOwner: false,
        itemId: 'UgzDEMOper000003c4AaABAg',
        publishedText: t('för 3 veckor sedan (redigerad)', '3 weeks ago (edited)'),
        parent: videoA,
      });
    });

    it('finds each comment\'s Reply button and the open reply box in its thread', () => {
      const els = youtubeStudio.findItems(doc);
      for (const el of els) expect(findReplyButton(el)?.textContent).toBe(t('Svara', 'Reply'));
      const box = doc.querySelector('ytcp-commentbox textarea#textarea');
      expect(box).not.toBeNull();
      expect(findReplyBox(els[0]!)).toBe(box);
      expect(findReplyBox(els[3]!)).toBeNull();
    });

    it('returns null for elements that are not comments', () => {
      expect(youtubeStudio.read(doc.body)).toBeNull();
      expect(youtubeStudio.read(doc.querySelector('ytcp-comment-thread')!)).toBeNull();
    });
  });
}

describe('youtube studio, half-broken markup', () => {
  const items = readAll(load('youtube-studio/comments-broken.sv.html'));

  it('still finds every item in order', () => {
    expect(items.map((r) => r?.kind)).toEqual(['comment', 'reply', 'reply', 'comment', 'comment']);
  });

  it('leaves a missing author empty and names it, instead of borrowing a reply\'s', () => {
    expect(items[0]).toEqual({
      kind: 'comment',
      byOwner: false,
      author: '',
      text: 'När töms kärlen för matavfall på Storgatan? Det har inte hämtats på två veckor.',
      permalink: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0&lc=UgxDEMOkarin0001a4AaABAg',
      itemId: 'UgxDEMOkarin0001a4AaABAg',
      publishedText: 'för 2 dagar sedan',
      parent: videoA,
      unreadable: ['author', 'authorUrl'],
    });
  });

  it('leaves a missing text empty and names it', () => {
    expect(items[2]).toMatchObject({ author: '@olle-provare', text: '', unreadable: ['text'] });
  });

  it('names a missing video instead of taking the next thread\'s', () => {
    expect(items[3]).toEqual({
      kind: 'comment',
      byOwner: false,
      author: '@maja-fiktiv',
      authorUrl: channel('UCdemoMajaFiktiv00000001'),
      text: 'Tack för sammanfattningen!\nNär publiceras protokollet?',
      publishedText: 'för 3 dagar sedan',
      unreadable: ['parent'],
    });
  });
});

describe('youtube studio video links', () => {
  it('takes the id from watch, Studio and short links', () => {
    expect(videoIdOf('https://www.youtube.com/watch?v=dEm0Sj0v1k0')).toBe('dEm0Sj0v1k0');
    expect(videoIdOf('/video/dEm0Sj0v1k0/edit')).toBe('dEm0Sj0v1k0');
    expect(videoIdOf('https://youtu.be/dEm0Sj0v1k0')).toBe('dEm0Sj0v1k0');
    expect(videoIdOf('/channel/UCdemo')).toBeUndefined();
  });
});
