import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.mjs';
import { pressShortcut, records, selectText } from '../support/manual-capture';
import { contentDigest } from '../../lib/records/digests';
import type { CaptureRecord } from '../../lib/records/schema';


// Issue 3, Meta Business Suite's inbox (best effort): no adapter reads its rows, so the manual
// fallback is the way to capture there, and the record gets what the address says (the
// conversation's platform, the selected item's id, a link back). The page is served at the real
// inbox addresses. As in manual-capture.e2e.ts, the browser command (Alt+Shift+K) cannot be
// pressed from Playwright: the test sends the message its handler sends, from the service worker.
const INBOX = 'https://business.facebook.com/latest/inbox';
const ASSET = '104000000000001';
const ITEM = '200000000000002';
const FACEBOOK = `${INBOX}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}&mailbox_id=&nav_ref=manage_page_ap_plus_inbox_message_button`;
const INSTAGRAM = `${INBOX}/instagram?asset_id=${ASSET}&selected_item_id=aWdfZAG06%3A17900000000000001`;
const ALL_WITHOUT_ITEM = `${INBOX}/all?asset_id=${ASSET}`;
const HOSTILE = `${INBOX}/facebook?asset_id=${ASSET}&selected_item_id=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`;
type Browser = Awaited<ReturnType<typeof launch>>;

describe('Meta Business Suite inbox: a selection captured there records the conversation', () => {
  let b: Browser;
  const problems: string[] = [];
  beforeAll(async () => {
    // Every inbox view serves the same page; the address is what differs.
    b = await launch({ pages: Object.fromEntries(['facebook', 'instagram', 'all'].map((view) => [`${INBOX}/${view}`, 'business-suite/inbox.sv.html'])) });
  });
  afterAll(async () => b?.close());

  /** Opens `url`, selects `selector`'s text, presses the shortcut, waits for the toast; returns the new record. */
  async function captureAt(url: string, selector: string): Promise<CaptureRecord> {
    const page = await b.context.newPage();
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
    await page.bringToFront();
    await b.clickAction(page);
    const before = new Set((await records(b)).map((r) => r.id));
    await selectText(page, selector);
    await pressShortcut(b, page);
    await expect.poll(() => page.locator('kommentarsvakt-toast div').last().textContent()).toContain('Den markerade texten är sparad i kön');
    const added = (await records(b)).filter((r) => !before.has(r.id));
    expect(added).toHaveLength(1);
    await page.close();
    return added[0]!;
  }

  it('no toolbars: nothing claims to read the inbox rows', async () => {
    const page = await b.context.newPage();
    await page.goto(FACEBOOK);
    await page.waitForTimeout(500);
    expect(await page.locator('kommentarsvakt-root').count()).toBe(0);
    expect(await page.locator('kommentarsvakt-toolbar').count()).toBe(0);
    await page.close();
  });

  it('on a Facebook conversation: platform facebook, the selected item as item id, a link back, the page address and a screenshot', async () => {
    const record = await captureAt(FACEBOOK, '#comment-text');
    expect(record).toMatchObject({
      kind: 'selection',
      platform: 'facebook',
      pageUrl: FACEBOOK,
      itemId: ITEM,
      permalink: `${INBOX}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`,
      key: `facebook:${ITEM}`,
      author: '',
      text: 'Vår gata på Granvägen har inte plogats sedan i fredags. När kommer ni?',
      unreadable: ['author'],
      status: 'captured',
    });
    expect(record.screenshot).toMatchObject({ status: 'ok', width: 1280, height: 800 });
    expect(record.contentSha256).toBe(await contentDigest(record));
  });

  it('on an Instagram conversation: platform instagram', async () => {
    const record = await captureAt(INSTAGRAM, '#comment-text-2');
    expect(record).toMatchObject({
      kind: 'selection',
      platform: 'instagram',
      pageUrl: INSTAGRAM,
      itemId: 'aWdfZAG06:17900000000000001',
      permalink: `${INBOX}/instagram?asset_id=${ASSET}&selected_item_id=aWdfZAG06%3A17900000000000001`,
      text: 'Min granne är sjuk och kan inte ta sig ut.',
    });
  });

  it('on the mixed view without a selected item: no platform or id is guessed, and the missing id is named', async () => {
    const record = await captureAt(ALL_WITHOUT_ITEM, '#post-text');
    expect(record).toMatchObject({ kind: 'selection', platform: 'business-suite', pageUrl: ALL_WITHOUT_ITEM, unreadable: ['author', 'itemId'] });
    expect(record.itemId).toBeUndefined();
    expect(record.permalink).toBeUndefined();
    expect(record.key).toMatch(/^business-suite:h:[0-9a-f]{32}$/);
  });

  it('a hostile selected_item_id is not stored as an id or a link; the address is kept as it was', async () => {
    const record = await captureAt(HOSTILE, '#comment-text');
    expect(record).toMatchObject({ platform: 'facebook', pageUrl: HOSTILE, unreadable: ['author', 'itemId'] });
    expect(record.itemId).toBeUndefined();
    expect(record.permalink).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
