// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAdapter } from '../../../lib/pagereport/adapter-run';
import { activePacks, applySitePacks } from '../../../lib/platforms/packs';
import { validateSitePack } from '../../../lib/sitepack/validate';
import { PACK_SITES } from '../../../lib/sitepack/schema';
import { siteDocument } from '../pagereport/fixtures';
import '../../../lib/platforms';
import '../../../lib/platforms/business-suite/selectors';

const root = resolve(import.meta.dirname, '../../..');
const json = (path: string) => readFileSync(resolve(root, path), 'utf8');
const redesignPack = () => JSON.parse(json('test/fixtures/sitepacks/facebook-redesign.json')) as Record<string, unknown>;
const read = () => runAdapter(siteDocument('facebook', 'facebook/redesigned.sv.html'));

describe('site packs at run time (issue 22, point 3)', () => {
  afterEach(() => void applySitePacks({}, {}));

  it('every shipped pack is a valid pack of its own site', () => {
    const shipped = activePacks();
    // Every site has its selectors as a pack: Instagram and Business Suite too.
    expect(Object.keys(shipped).sort()).toEqual([...PACK_SITES].sort());
    for (const site of Object.keys(shipped)) {
      expect(PACK_SITES).toContain(site);
      const result = validateSitePack(json(`lib/platforms/${site}/pack.json`), document);
      expect(result, site).toMatchObject({ ok: true, pack: { site } });
      expect(shipped[site]!.origin).toBe('shipped');
    }
  });

  it('the shipped pack cannot read the redesigned page; an imported newer pack can', () => {
    expect(read()).toMatchObject({ adapter: 'facebook', found: 0 });
    expect(applySitePacks({ facebook: redesignPack() }, {})).toEqual(['facebook']);
    const run = read();
    expect(run.found).toBe(2);
    expect(run.readings.map((r) => [r?.author, r?.text])).toEqual([
      ['Karin Lindqvist', 'Vilka tider har badhuset öppet på söndagar?\nOch finns det en bassäng för små barn?'],
      ['Ahmed Yusuf', 'Gatlampan vid Bollmora busshållplats är trasig igen.'],
    ]);
    expect(run.readings[0]?.authorUrl).toBe('https://www.facebook.com/karin.lindqvist.demo');
    expect(activePacks().facebook).toEqual({ published: '2026-12-20', publisher: 'IT-avdelningen', origin: 'imported' });
  });

  it('an older pack does not win over the shipped one', () => {
    expect(applySitePacks({ facebook: { ...redesignPack(), published: '2020-01-01' } }, {})).toEqual([]);
    expect(activePacks().facebook?.origin).toBe('shipped');
    expect(read().found).toBe(0);
  });

  it("on the same date IT's policy wins over the imported pack", () => {
    const policy = { ...redesignPack(), publisher: 'Regionens IT' };
    applySitePacks({ facebook: redesignPack() }, { facebook: policy });
    expect(activePacks().facebook).toMatchObject({ publisher: 'Regionens IT', origin: 'policy' });
  });

  it('a pack for another site, or not a pack, is ignored and the shipped one keeps working', () => {
    expect(applySitePacks({ facebook: { ...redesignPack(), site: 'instagram' }, instagram: 'nonsense' }, { youtube: { selectors: 42 } })).toEqual([]);
    expect(runAdapter(siteDocument('facebook', 'facebook/page-feed.sv.html')).found).toBeGreaterThan(0);
  });

  it('a selector this browser refuses is skipped: the name falls back, nothing throws', () => {
    const pack = redesignPack();
    const selectors = pack.selectors as Record<string, unknown>;
    applySitePacks({ facebook: { ...pack, selectors: { ...selectors, article: [{ selector: 'li[[', since: '2026-12-20', matches: 'broken' }] } } }, {});
    // article fell back to the shipped one (div[role=article]): nothing found, nothing thrown.
    expect(read()).toMatchObject({ found: 0, error: false });
  });
});

describe("IT's packs from policy (JSON texts)", () => {
  it('the newest valid pack of each site; broken, oversize and non-pack texts left out', async () => {
    const { policyPacks } = await import('../../../lib/platforms/pack-source');
    const newer = json('test/fixtures/sitepacks/facebook-redesign.json');
    const older = JSON.stringify({ ...redesignPack(), published: '2026-12-01' });
    const packs = policyPacks([older, '{"site":', 'x'.repeat(70_000), JSON.stringify({ hello: 1 }), newer, 42]);
    expect(Object.keys(packs)).toEqual(['facebook']);
    expect(packs.facebook).toMatchObject({ published: '2026-12-20', publisher: 'IT-avdelningen' });
    expect(policyPacks('not a list')).toEqual({});
  });
});

describe('YouTube reads with its pack too', () => {
  afterEach(() => void applySitePacks({}, {}));

  it('a redesign that renames the comment element is mended by a pack naming the new one', async () => {
    const { fixtureHtml } = await import('../pagereport/fixtures');
    const html = fixtureHtml('youtube/watch.sv.html').replaceAll('ytd-comment-view-model', 'ytd-remark-model');
    const doc = () => siteDocument('youtube', 'youtube/watch.sv.html', html);
    const shippedReads = runAdapter(siteDocument('youtube', 'youtube/watch.sv.html')).found;
    expect(runAdapter(doc()).found).toBe(0);
    const pack = { format: 'kommentarsvakt-site-pack/1', site: 'youtube', published: '2026-12-20', publisher: 'IT', selectors: { item: [{ selector: 'ytd-remark-model', since: '2026-12-20', matches: 'the renamed comment element' }] } };
    expect(validateSitePack(JSON.stringify(pack), document).ok).toBe(true);
    applySitePacks({ youtube: pack }, {});
    const run = runAdapter(doc());
    expect(run.found).toBe(shippedReads);
    expect(run.readings.every((r) => r !== null && r.author !== '' && r.text !== '')).toBe(true);
  });
});

describe('the removal menus read with the pack too (issue 24)', () => {
  afterEach(() => void applySitePacks({}, {}));

  it('a newer pack replaces the menu selectors the open page watches, and dropping it brings the shipped ones back', async () => {
    const { facebook } = await import('../../../lib/platforms/facebook');
    const { youtube } = await import('../../../lib/platforms/youtube');
    const shipped = { fb: facebook.removal!.button, yt: youtube.removal!.entry };
    expect(shipped).toEqual({ fb: 'div[role="button"][aria-haspopup="menu"]', yt: 'ytd-menu-service-item-renderer' });
    const at = (selector: string) => [{ selector, since: '2026-12-20', matches: 'a renamed menu' }];
    applySitePacks(
      { facebook: { ...redesignPack(), selectors: { removalButton: at('div[role="button"][aria-label="Fler åtgärder"]') } } },
      { youtube: { format: 'kommentarsvakt-site-pack/1', site: 'youtube', published: '2026-12-20', publisher: 'IT', selectors: { removalEntry: at('yt-list-item-view-model') } } },
    );
    expect(facebook.removal!.button).toBe('div[role="button"][aria-label="Fler åtgärder"]');
    // Names the pack leaves out keep the shipped selectors.
    expect(facebook.removal!.menu).toBe('div[role="menu"]');
    expect(youtube.removal!.entry).toBe('yt-list-item-view-model');
    applySitePacks({}, {});
    expect({ fb: facebook.removal!.button, yt: youtube.removal!.entry }).toEqual(shipped);
  });
});

describe('Instagram reads with its pack; how reading works stays in code', () => {
  afterEach(() => void applySitePacks({}, {}));
  const at = (selector: string) => [{ selector, since: '2026-12-20', matches: 'a renamed element' }];
  const pack = (selectors: Record<string, unknown>) => ({ format: 'kommentarsvakt-site-pack/1', site: 'instagram', published: '2026-12-20', publisher: 'IT', selectors });
  const run = (html?: string) => runAdapter(siteDocument('instagram', 'instagram/post.sv.html', html));

  it('a redesign that renames the text spans is mended by a pack naming the new ones', async () => {
    const { fixtureHtml } = await import('../pagereport/fixtures');
    const html = fixtureHtml('instagram/post.sv.html').replaceAll('dir="auto"', 'data-text="1"');
    const shippedRun = run();
    expect(shippedRun.found).toBeGreaterThan(0);
    expect(shippedRun.readings.every((r) => !!r?.text)).toBe(true);
    expect(run(html).readings.every((r) => r === null || r.text === '')).toBe(true);
    const p = pack({ textSpan: at('span[data-text="1"]') });
    expect(validateSitePack(JSON.stringify(p), document).ok).toBe(true);
    applySitePacks({ instagram: p }, {});
    expect(run(html).readings.map((r) => r?.text)).toEqual(shippedRun.readings.map((r) => r?.text));
  });

  it('a pack cannot drop links from what is never text, nor the body as the last boundary', async () => {
    const selectors = await import('../../../lib/platforms/instagram/selectors');
    applySitePacks({ instagram: pack({ notText: at('[role="menuitem"]'), postBoundary: at('section[role="main"]') }) }, {});
    expect(selectors.notText).toEqual(['a', '[role="menuitem"]']);
    expect(selectors.postBoundary).toEqual(['section[role="main"]', 'body']);
    expect(selectors.postBoundaryList).toBe('section[role="main"], body');
  });

  it('a comment time that does not end in a time element is skipped: rows are found from time elements', async () => {
    const selectors = await import('../../../lib/platforms/instagram/selectors');
    const shipped = [...selectors.commentTime];
    applySitePacks({ instagram: pack({ commentTime: at('a[href*="/c/"]') }) }, {});
    expect(selectors.commentTime).toEqual(shipped);
    expect(run().found).toBeGreaterThan(0);
  });
});
