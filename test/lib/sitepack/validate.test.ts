// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { translator, type Language } from '../../../lib/i18n';
import { problemText } from '../../../lib/i18n/problem';
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

/** What the options page shows for each thing wrong, in Swedish (the default) or English. */
const errors = (input: unknown, lang: Language = 'sv') => {
  const result = validateSitePack(input, document);
  return result.ok ? [] : result.errors.map((p) => problemText(translator(lang), lang, p));
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
    expect(errors(text)).toEqual([expect.stringMatching(/^Paketet är 6\d kB; ett paket får vara högst 64 kB\.$/)]);
    expect(errors(text, 'en')).toEqual([expect.stringMatching(/^The pack is 6\d kB; a pack may be at most 64 kB\.$/)]);
  });

  it('refuses a file that is not JSON', () => {
    expect(errors('{"format": ')).toEqual(['Filen är inte JSON.']);
    expect(errors('{"format": ', 'en')).toEqual(['The file is not JSON.']);
  });

  it('refuses an invalid selector, naming it and where it is', () => {
    const bad = pack();
    bad.selectors.commentLink[0]!.selector = 'a[href*="comment_id="] >';
    expect(errors(bad)).toEqual(['selectors.commentLink.0: ”a[href*="comment_id="] >” är inte en giltig CSS-selektor.']);
    expect(errors(bad, 'en')).toEqual(['selectors.commentLink.0: “a[href*="comment_id="] >” is not a valid CSS selector.']);
  });

  it.each(['*', 'html', 'body', 'div', 'div, a[href]', 'body div > span', ':root'])('refuses %s: it matches everything', (selector) => {
    const bad = pack();
    bad.selectors.article[0]!.selector = selector;
    expect(errors(bad)).toEqual([expect.stringMatching(/^selectors\.article\.0: ”.+” träffar nästan varje element på en sida\.$/)]);
    expect(errors(bad, 'en')).toEqual([expect.stringMatching(/^selectors\.article\.0: “.+” matches nearly every element of a page\.$/)]);
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
    expect(errors({ ...pack(), extra: deep })).toEqual(['Paketet är nästlat 51 nivåer djupt; högst 6 är tillåtet.']);
    expect(errors({ ...pack(), extra: deep }, 'en')).toEqual(['The pack is nested 51 levels deep; at most 6 are allowed.']);
  });

  it('refuses wrong types and missing fields, each with its path', () => {
    const bad = pack() as unknown as Record<string, unknown>;
    bad.site = 'myspace';
    bad.published = 20261206;
    (bad.selectors as Record<string, unknown>).article = [{ selector: 42, since: 'igår', matches: 'x' }];
    const found = errors(bad);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^site: ska vara något av "facebook", "business-suite", /),
      'published: ska vara text.',
      'selectors.article.0.selector: ska vara text.',
      'selectors.article.0.since: ska vara ett datum som ÅÅÅÅ-MM-DD.',
    ]));
    expect(found).toHaveLength(4);
    expect(errors(bad, 'en')).toEqual(expect.arrayContaining(['published: must be text.', 'selectors.article.0.since: must be a date as YYYY-MM-DD.']));
  });

  it('names a missing field, an empty list and a badly named selector', () => {
    const bad = pack() as unknown as Record<string, unknown>;
    delete bad.publisher;
    bad.selectors = { article: [], 'comment-link': [{ selector: 'a', since: '2026-11-01', matches: 'x' }] };
    expect(errors(bad).sort()).toEqual([
      'publisher: saknas.',
      'selectors.article: måste ha minst en post.',
      'selectors.comment-link: ett selektornamn får bara ha bokstäver och siffror och börja med en bokstav.',
    ]);
    expect(errors(bad, 'en').sort()).toEqual([
      'publisher: is missing.',
      'selectors.article: must have at least one item.',
      'selectors.comment-link: a selector name may have only letters and digits and must start with a letter.',
    ]);
  });

  it('refuses unknown keys (a pack carries selectors and words, nothing else)', () => {
    expect(errors({ ...pack(), script: 'alert(1)' })).toEqual(['paketet: okända fält (script).']);
    expect(errors({ ...pack(), script: 'alert(1)' }, 'en')).toEqual(['the pack: unknown fields (script).']);
  });
});
