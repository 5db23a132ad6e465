// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { runAdapter } from '../../../lib/pagereport/adapter-run';
import { pageHealth } from '../../../lib/pagereport/health';
import { removalPage } from '../../fixtures/removal-kit.mjs';
import { fixtureHtml, siteDocument } from './fixtures';

const health = (doc: Document) => pageHealth(doc, runAdapter(doc));

/**
 * Each site's fixture after an imagined redesign: the hooks the adapter's selectors use are
 * renamed or removed (lib/platforms/<site>/selectors.ts), everything a reader sees is kept.
 */
const redesigns: [string, string, (html: string) => string][] = [
  ['facebook', 'facebook/page-feed.sv.html', (h) => h.replaceAll('comment_id=', 'cid=')],
  ['instagram', 'instagram/post.sv.html', (h) => h.replaceAll('<time', '<span').replaceAll('</time>', '</span>')],
  ['youtube', 'youtube/watch.sv.html', (h) => h.replaceAll('ytd-comment-view-model', 'ytd-remark-model').replaceAll('ytd-comment-renderer', 'ytd-remark-renderer')],
  ['youtube-studio', 'youtube-studio/comments.sv.html', (h) => h.replaceAll('ytcp-comment', 'ytcp-remark')],
];

describe('pageHealth', () => {
  it.each(redesigns)('%s: the fixture as it is reads ok', (site, path) => {
    const result = health(siteDocument(site, path));
    expect(result.state).toBe('ok');
    expect(result.read).toBeGreaterThan(0);
    expect(result.adapter).toBe(site);
  });

  it.each(redesigns)('%s redesigned: the adapter finds nothing and health says cannot-read', (site, path, redesign) => {
    const result = health(siteDocument(site, path, redesign(fixtureHtml(path))));
    expect(result.read).toBe(0);
    expect(result.state).toBe('cannot-read');
    expect(result.signs.articles + result.signs.replyButtons + result.signs.commentCount).toBeGreaterThan(0);
  });

  it('the hand-written redesigned Facebook page: cannot-read (its list is named "Kommentarer")', () => {
    const result = health(siteDocument('facebook', 'facebook/redesigned.sv.html'));
    expect(result).toMatchObject({ adapter: 'facebook', read: 0, state: 'cannot-read' });
    expect(result.signs.articles).toBeGreaterThan(0);
  });

  it('the real Instagram capture (2025-11): ok, its one comment read', () => {
    const result = health(siteDocument('instagram', 'instagram/post-comment-2025-11.html'));
    expect(result).toMatchObject({ adapter: 'instagram', found: 1, read: 1, state: 'ok' });
    expect(result.signs.replyButtons).toBeGreaterThan(0);
  });

  it('says where a comment removed with the site\'s own menu is captured by itself, and where no public source shows the menu (issue 24)', () => {
    expect(health(siteDocument('facebook', 'facebook/page-feed.sv.html', removalPage('facebook/page-feed.sv.html'))).removalCapture).toBe('watched');
    expect(health(siteDocument('youtube', 'youtube/watch.sv.html', removalPage('youtube/watch.sv.html'))).removalCapture).toBe('watched');
    expect(health(siteDocument('instagram', 'instagram/post-comment-2025-11.html')).removalCapture).toBe('no-public-source');
    expect(health(siteDocument('youtube-studio', 'youtube-studio/comments.sv.html')).removalCapture).toBe('no-public-source');
  });

  it('the real Instagram capture with its time links gone: cannot-read', () => {
    const html = fixtureHtml('instagram/post-comment-2025-11.html').replaceAll('/c/', '/x/');
    expect(health(siteDocument('instagram', 'instagram/post-comment-2025-11.html', html)).state).toBe('cannot-read');
  });

  const emptyPosts: [string, string][] = [
    ['facebook', '<div role="article" aria-labelledby="t"><h2 id="t"><a href="/tyresokommun">Tyresö kommun</a></h2><div data-ad-preview="message"><div dir="auto">Nytt badhus!</div></div><span>0 kommentarer</span><div role="button">Gilla</div><div role="button">Kommentera</div></div>'],
    ['instagram', '<main><article><header><a href="/sjovik/">sjovik</a></header><span dir="auto">Sommar i Sjövik</span><form><textarea aria-label="Lägg till en kommentar …"></textarea></form></article></main>'],
    ['youtube', '<ytd-watch-flexy video-id="x"><ytd-comments><h2>0 comments</h2></ytd-comments></ytd-watch-flexy>'],
    ['youtube-studio', '<ytcp-comments-section><p>No comments yet</p></ytcp-comments-section>'],
  ];
  it.each(emptyPosts)('%s post without comments: no-comments, no false alarm', (site, body) => {
    const result = health(siteDocument(site, '', `<!DOCTYPE html><html><body>${body}</body></html>`));
    expect(result).toMatchObject({ adapter: site, found: 0, read: 0, state: 'no-comments' });
  });

  it('a page no adapter reads, without comments: no-comments', () => {
    expect(health(siteDocument('business-suite', '', '<!DOCTYPE html><html><body><p>Inkorg</p></body></html>')).state).toBe('no-comments');
  });
});
