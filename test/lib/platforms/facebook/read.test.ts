import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../../lib/platforms';
import { fixtureDocument } from '../../../support/fixtures';

const feedUrl = 'https://www.facebook.com/tyresokommun';
const adapter = adapterFor(new URL(feedUrl))!;

function readAll(path: string, url: string) {
  const doc = fixtureDocument(path, url);
  return adapter.findItems(doc).map((el) => adapter.read(el));
}

describe('facebook adapter', () => {
  it('serves www.facebook.com and nothing else', () => {
    expect(adapter.id).toBe('facebook');
    expect(adapterFor(new URL('https://example.com/'))).toBeUndefined();
  });

  for (const lang of ['sv', 'en'] as const) {
    describe(`page feed, ${lang} UI`, () => {
      const items = readAll(`facebook/page-feed.${lang}.html`, feedUrl);

      it('finds the comments and replies in document order, not the posts', () => {
        expect(items.map((i) => [i?.kind, i?.author, i?.itemId])).toEqual([
          ['comment', 'Karin Lindqvist', '2001'],
          ['reply', 'Tyresö kommun', '3001'],
          ['comment', 'Ahmed Yusuf', '2002'],
          ['comment', 'Test Testsson', '2003'],
          ['comment', 'Birgitta Ek', '2101'],
        ]);
      });

      it('reads every field of a comment', () => {
        expect(items[0]).toEqual({
          kind: 'comment',
          byOwner: false,
          author: 'Karin Lindqvist',
          authorUrl: 'https://www.facebook.com/karin.lindqvist.demo',
          text: 'Vilka tider har badhuset öppet på söndagar?',
          permalink: 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1001?comment_id=2001&__cft__[0]=AZX&__tn__=R%5D-R',
          itemId: '2001',
          publishedText: lang === 'sv' ? '2 tim' : '2h',
          parent: {
            author: 'Tyresö kommun',
            text: 'Nu öppnar det nya badhuset i Tyresö centrum! 🏊 Välkomna på invigningen lördag kl. 10.\nLäs mer på vår webbplats.',
            permalink: 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1001?__cft__[0]=AZX&__tn__=%2CO%2CP-R',
          },
          unreadable: [],
        });
      });

      it('reads a reply with its own id, several paragraphs, and not its parent comment text', () => {
        expect(items[1]).toMatchObject({
          kind: 'reply',
          byOwner: true,
          author: 'Tyresö kommun',
          authorUrl: 'https://www.facebook.com/tyresokommun',
          text: 'Hej Karin! Söndagar har vi öppet 9–16.\nEva Holm, kommunikatör, Kommunikationsenheten',
          itemId: '3001',
          parentItemId: '2001',
          publishedText: lang === 'sv' ? '1 tim' : '1h',
        });
        expect(items[0]?.text).not.toContain('Söndagar har vi');
      });

      it('keeps line breaks and emoji images as text, and profile.php ids', () => {
        expect(items[2]?.text).toBe('Gatlampan vid Bollmora busshållplats är trasig igen 😡\nIngen ser något där på kvällen.');
        expect(items[2]?.authorUrl).toBe('https://www.facebook.com/profile.php?id=100000000000042');
      });

      it('reads hostile markup as the literal text the page shows', () => {
        expect(items[3]?.text).toBe(`<img src=x onerror="window.__kvPwned=1;document.title='PWNED'"> & <script>window.__kvPwned=2</script>`);
      });

      it('gives each comment its own post as parent', () => {
        expect(items[4]?.parent?.permalink).toBe('https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1002');
        expect(items[4]?.parent?.text).toBe('Snöröjningen pågår i hela kommunen. Prioriterade gång- och cykelvägar plogas först.');
      });
    });

    describe(`post dialog, ${lang} UI`, () => {
      const url = 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso2001';
      const items = readAll(`facebook/post-dialog.${lang}.html`, url);
      it('reads comments and replies in the dialog, with the dialog post as parent', () => {
        expect(items).toHaveLength(2);
        expect(items[0]).toMatchObject({
          kind: 'comment',
          byOwner: false,
          author: 'Olle Berg',
          text: 'Varför prioriterar Moderaterna och Socialdemokraterna inte skolan?',
          itemId: '4001',
          parent: {
            author: 'Tyresö kommun',
            text: 'Budgeten för 2027 är klar. Här är de viktigaste satsningarna.',
            permalink: 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso2001',
          },
        });
        expect(items[1]).toMatchObject({ kind: 'reply', author: 'Lisa Nyström', text: 'Håller med!', itemId: '4002' });
      });
    });
  }

  it('reads a single-comment permalink page, where replies are siblings of the comment', () => {
    const url = 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1001?comment_id=2001';
    const items = readAll('facebook/comment-permalink.sv.html', url);
    expect(items.map((i) => [i?.kind, i?.author, i?.itemId, i?.text])).toEqual([
      ['comment', 'Karin Lindqvist', '2001', 'Vilka tider har badhuset öppet på söndagar?'],
      ['reply', 'Tyresö kommun', '3001', 'Hej Karin! Söndagar har vi öppet 9–16.'],
      ['reply', 'Karin Lindqvist', '3002', 'Tack för svaret!'],
    ]);
    for (const item of items) expect(item?.parent).toMatchObject({ author: 'Tyresö kommun', permalink: 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1001' });
    expect(items.every((i) => i?.unreadable?.length === 0)).toBe(true);
  });

  it('marks a field it cannot read instead of borrowing a neighbour', () => {
    const doc = fixtureDocument('facebook/page-feed.sv.html', feedUrl);
    const [first, reply] = adapter.findItems(doc);
    // Remove the comment's own name link and text: the reply nested in it must not fill them in.
    first!.querySelector('.xdj266r a')!.remove();
    first!.querySelector('.xdj266r div[dir="auto"]')!.remove();
    const reading = adapter.read(first!);
    expect(reading?.author).toBe('');
    expect(reading?.text).toBe('');
    expect(reading?.unreadable).toEqual(['author', 'text']);
    expect(adapter.read(reply!)?.author).toBe('Tyresö kommun');
  });

  it('reads nothing from elements that are not comments', () => {
    const doc = fixtureDocument('facebook/page-feed.sv.html', feedUrl);
    const post = doc.querySelector('[aria-posinset="1"] > [role="article"]')!;
    expect(adapter.read(post)).toBeNull();
    expect(adapter.read(doc.body)).toBeNull();
  });
});
