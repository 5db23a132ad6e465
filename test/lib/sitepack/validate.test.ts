// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import * as fb from '../../../lib/platforms/facebook/selectors';
import { MAX_PACK_BYTES, validateSitePack } from '../../../lib/sitepack/validate';

/** A pack holding the Facebook adapter's own selectors, as they stand. */
const pack = () => ({
  format: 'kommentarsvakt-site-pack/1',
  site: 'facebook',
  published: '2026-12-06',
  publisher: 'Kommentarsvakt',
  selectors: {
    article: [{ selector: fb.article, since: '2026-11-01', matches: 'comments and replies are div[role=article]' }],
    commentLink: [{ selector: fb.commentLink, since: '2026-11-01', matches: 'the time link carries comment_id' }],
    postLink: [{ selector: fb.postLink, since: '2026-11-01', matches: 'post permalinks' }],
  },
});

const errors = (input: unknown) => {
  const result = validateSitePack(input, document);
  return result.ok ? [] : result.errors;
};

describe('validateSitePack', () => {
  it('accepts a pack of the adapter\'s own selectors, from a file\'s text or a parsed value', () => {
    expect(validateSitePack(JSON.stringify(pack()), document)).toEqual({ ok: true, pack: pack() });
    expect(validateSitePack(pack(), document).ok).toBe(true);
  });

  it('refuses an oversize file, saying how large it is', () => {
    const big = pack();
    big.selectors.article[0]!.matches = 'x'.repeat(300);
    const text = JSON.stringify({ ...big, padding: ' '.repeat(MAX_PACK_BYTES) });
    expect(errors(text)).toEqual([expect.stringMatching(/^The pack is 6\d kB; a pack may be at most 64 kB$/)]);
  });

  it('refuses a file that is not JSON', () => {
    expect(errors('{"format": ')).toEqual(['The file is not JSON']);
  });

  it('refuses an invalid selector, naming it and where it is', () => {
    const bad = pack();
    bad.selectors.commentLink[0]!.selector = 'a[href*="comment_id="] >';
    expect(errors(bad)).toEqual(['selectors.commentLink.0: "a[href*="comment_id="] >" is not a valid CSS selector']);
  });

  it.each(['*', 'html', 'body', 'div', 'div, a[href]', 'body div > span', ':root'])('refuses %s: it matches everything', (selector) => {
    const bad = pack();
    bad.selectors.article[0]!.selector = selector;
    expect(errors(bad)).toEqual([expect.stringMatching(/^selectors\.article\.0: ".+" matches nearly every element of a page$/)]);
  });

  it('keeps narrow selectors that use generic tags', () => {
    const ok = pack();
    ok.selectors.article = [
      { selector: 'div[role="article"]', since: '2026-11-01', matches: 'x' },
      { selector: 'ytcp-comment', since: '2026-11-01', matches: 'a custom element' },
      { selector: 'a[href*="/c/"] > time[datetime]', since: '2025-11-01', matches: 'y' },
    ];
    expect(errors(ok)).toEqual([]);
  });

  it('refuses deep nesting before reading it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 50; i++) deep = { deeper: deep };
    expect(errors({ ...pack(), extra: deep })).toEqual(['The pack is nested 51 levels deep; at most 6']);
  });

  it('refuses wrong types and missing fields, each with its path', () => {
    const bad = pack() as unknown as Record<string, unknown>;
    bad.site = 'myspace';
    bad.published = 20261206;
    (bad.selectors as Record<string, unknown>).article = [{ selector: 42, since: 'igår', matches: 'x' }];
    const found = errors(bad);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^site: /),
      expect.stringMatching(/^published: /),
      expect.stringMatching(/^selectors\.article\.0\.selector: /),
      'selectors.article.0.since: expected a date as YYYY-MM-DD',
    ]));
    expect(found).toHaveLength(4);
  });

  it('refuses unknown keys (a pack carries selectors and words, nothing else)', () => {
    expect(errors({ ...pack(), script: 'alert(1)' })).toEqual([expect.stringMatching(/^pack: .*script/)]);
  });
});
