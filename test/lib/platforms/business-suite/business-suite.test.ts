// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findReplyBox, readInboxUrl, selectionInInbox } from '../../../../lib/platforms/business-suite';
import { adapterFor } from '../../../../lib/platforms';
import { captureItem, withInboxContext } from '../../../../lib/capture/capture-item';
import type { CaptureRequest } from '../../../../lib/protocol';
import { RecordsDb } from '../../../../lib/records/db';
import { contentDigest } from '../../../../lib/records/digests';

const BS = 'https://business.facebook.com/latest/inbox';
const ASSET = '104000000000001';
const ITEM = '200000000000002';

describe('readInboxUrl: what the Business Suite inbox address says', () => {
  it('reads a Facebook conversation: platform, account, selected item, and a clean link back', () => {
    expect(readInboxUrl(`${BS}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}&mailbox_id=&thread_type=FB_COMMENT&nav_ref=manage_page_ap_plus_inbox_message_button`)).toEqual({
      view: 'facebook',
      platform: 'facebook',
      assetId: ASSET,
      selectedItemId: ITEM,
      conversationUrl: `${BS}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`,
    });
  });

  it('reads an Instagram conversation (parameters in any order, a trailing slash)', () => {
    expect(readInboxUrl(`${BS}/instagram/?selected_item_id=aWdfZAG06:17900000000000001&asset_id=${ASSET}`)).toEqual({
      view: 'instagram',
      platform: 'instagram',
      assetId: ASSET,
      selectedItemId: 'aWdfZAG06:17900000000000001',
      conversationUrl: `${BS}/instagram?asset_id=${ASSET}&selected_item_id=aWdfZAG06%3A17900000000000001`,
    });
  });

  it('on the mixed view (all) reads the ids but does not guess the platform', () => {
    expect(readInboxUrl(`${BS}/all?asset_id=${ASSET}&selected_item_id=${ITEM}`)).toEqual({
      view: 'all',
      assetId: ASSET,
      selectedItemId: ITEM,
      conversationUrl: `${BS}/all?asset_id=${ASSET}&selected_item_id=${ITEM}`,
    });
  });

  it('missing parameters stay missing, and without both ids there is no link back', () => {
    expect(readInboxUrl(`${BS}/facebook`)).toEqual({ view: 'facebook', platform: 'facebook' });
    expect(readInboxUrl(`${BS}/facebook?asset_id=${ASSET}`)).toEqual({ view: 'facebook', platform: 'facebook', assetId: ASSET });
    expect(readInboxUrl(`${BS}/instagram?selected_item_id=${ITEM}`)).toEqual({ view: 'instagram', platform: 'instagram', selectedItemId: ITEM });
    expect(readInboxUrl(`${BS}/facebook?asset_id=&selected_item_id=`)).toEqual({ view: 'facebook', platform: 'facebook' });
  });

  it('is not the inbox: other hosts, look-alike hosts, other paths, http, nonsense', () => {
    for (const address of [
      `https://www.facebook.com/latest/inbox/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`,
      `https://business.facebook.com.evil.example/latest/inbox/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`,
      `https://evil.example/?u=https://business.facebook.com/latest/inbox/facebook`,
      `http://business.facebook.com/latest/inbox/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`,
      `https://business.facebook.com/latest/home?asset_id=${ASSET}`,
      `https://business.facebook.com/latest/inbox/messenger?asset_id=${ASSET}&selected_item_id=${ITEM}`,
      `https://business.facebook.com/latest/inbox/Facebook?asset_id=${ASSET}`,
      `https://business.facebook.com/latest/inbox/facebook/extra?asset_id=${ASSET}`,
      'not a url',
      '',
    ]) {
      expect(readInboxUrl(address), address).toBeUndefined();
    }
  });

  it('hostile or ambiguous parameters are dropped, never passed on', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '../../settings',
      `${ITEM}&asset_id=999`, // encoded as a value: it must not become a second parameter
      'javascript:alert(1)',
      ' 200000000000002',
      'x'.repeat(101),
      '２００', // full-width digits
    ];
    for (const value of hostile) {
      const context = readInboxUrl(`${BS}/facebook?asset_id=${ASSET}&selected_item_id=${encodeURIComponent(value)}`);
      expect(context, value).toEqual({ view: 'facebook', platform: 'facebook', assetId: ASSET });
    }
    // Asset ids are account ids: digits only.
    expect(readInboxUrl(`${BS}/facebook?asset_id=12a&selected_item_id=${ITEM}`)).toEqual({ view: 'facebook', platform: 'facebook', selectedItemId: ITEM });
    // A parameter given twice is ambiguous: which conversation was open is not guessed.
    expect(readInboxUrl(`${BS}/facebook?asset_id=${ASSET}&selected_item_id=1&selected_item_id=2`)).toEqual({ view: 'facebook', platform: 'facebook', assetId: ASSET });
    expect(readInboxUrl(`${BS}/facebook?asset_id=1&asset_id=2&selected_item_id=${ITEM}`)).toEqual({ view: 'facebook', platform: 'facebook', selectedItemId: ITEM });
  });

  it('the fragment and unknown parameters change nothing', () => {
    expect(readInboxUrl(`${BS}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}&selected_item_id_x=9#selected_item_id=3`)?.conversationUrl).toBe(
      `${BS}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`,
    );
  });
});

describe('selectionInInbox: the context a selection captured there gets', () => {
  it('the conversation platform, the selected item as item id, the link back', () => {
    expect(selectionInInbox(`${BS}/instagram?asset_id=${ASSET}&selected_item_id=${ITEM}`)).toEqual({
      platform: 'instagram',
      itemId: ITEM,
      permalink: `${BS}/instagram?asset_id=${ASSET}&selected_item_id=${ITEM}`,
      unreadable: [],
    });
  });

  it('on the mixed view the platform stays Business Suite; without a selected item, itemId is named unreadable', () => {
    expect(selectionInInbox(`${BS}/all?asset_id=${ASSET}`)).toEqual({ platform: 'business-suite', unreadable: ['itemId'] });
  });

  it('elsewhere, nothing: the selection keeps only its page address', () => {
    expect(selectionInInbox('https://business.facebook.com/latest/home')).toBeUndefined();
    expect(selectionInInbox('https://www.facebook.com/tyresokommun')).toBeUndefined();
  });

  it('no adapter claims Business Suite (no public markup of its rows to read)', () => {
    expect(adapterFor(new URL(`${BS}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`))).toBeUndefined();
  });
});

describe('findReplyBox on a Business Suite-shaped page', () => {
  const fixture = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/business-suite/inbox.sv.html'), 'utf8');

  it('finds the Lexical textbox', () => {
    const doc = new DOMParser().parseFromString(fixture, 'text/html');
    expect(findReplyBox(doc)?.getAttribute('aria-label')).toBe('Svara Karin Exempel');
  });

  it('prefers a Lexical editor over another contenteditable textbox, and finds a textarea when that is all there is', () => {
    const doc = new DOMParser().parseFromString(
      '<div contenteditable="true" role="textbox" id="search"></div><div contenteditable="true" role="textbox" data-lexical-editor="true" id="reply"></div>',
      'text/html',
    );
    expect(findReplyBox(doc)?.id).toBe('reply');
    const plain = new DOMParser().parseFromString('<div contenteditable="false" role="textbox"></div><textarea id="reply"></textarea>', 'text/html');
    expect(findReplyBox(plain)?.id).toBe('reply');
    expect(findReplyBox(new DOMParser().parseFromString('<p>Inget svarsfält</p>', 'text/html'))).toBeNull();
  });
});

describe('a manual capture in the inbox stores that context (captureItem, the end of both the menu and the shortcut path)', () => {
  const PROFILE = { name: 'Eva Holm', title: 'Kommunikatör', unit: 'Kommunikationsenheten' };
  let dbs: RecordsDb[] = [];
  afterEach(async () => {
    for (const db of dbs) await db.delete();
    dbs = [];
  });
  const deps = () => {
    const db = new RecordsDb(`test-${crypto.randomUUID()}`);
    dbs.push(db);
    return { db, screenshot: async () => ({ status: 'missing' as const, reason: 'not-requested' as const }), profile: async () => PROFILE, now: () => new Date('2026-11-23T09:15:00.000Z') };
  };
  const selection = (pageUrl: string): CaptureRequest => ({
    type: 'capture',
    recordId: crypto.randomUUID(),
    platform: 'business-suite',
    pageUrl,
    reading: { kind: 'selection', author: '', text: 'Vår gata på Granvägen har inte plogats sedan i fredags.', byOwner: false, unreadable: ['author'] },
  });

  it('a Facebook conversation: platform facebook, item id and link from the address, the full page address kept', async () => {
    const d = deps();
    const pageUrl = `${BS}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}&nav_ref=x`;
    const req = selection(pageUrl);
    const response = await captureItem(req.recordId, req, d);
    expect(response.ok).toBe(true);
    const record = (await d.db.records.get(req.recordId))!;
    expect(record).toMatchObject({
      platform: 'facebook',
      kind: 'selection',
      pageUrl,
      itemId: ITEM,
      permalink: `${BS}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`,
      key: `facebook:${ITEM}`,
      author: '',
      unreadable: ['author'],
      text: 'Vår gata på Granvägen har inte plogats sedan i fredags.',
    });
    // The digest covers the context: it was added before the record was sealed.
    expect(record.contentSha256).toBe(await contentDigest(record));
  });

  it('the mixed view without a selected item: platform Business Suite, itemId named unreadable, keyed by text', async () => {
    const d = deps();
    const req = selection(`${BS}/all?asset_id=${ASSET}`);
    await captureItem(req.recordId, req, d);
    const record = (await d.db.records.get(req.recordId))!;
    expect(record.platform).toBe('business-suite');
    expect(record.itemId).toBeUndefined();
    expect(record.permalink).toBeUndefined();
    expect(record.unreadable).toEqual(['author', 'itemId']);
    expect(record.key).toMatch(/^business-suite:h:[0-9a-f]{32}$/);
  });

  it('changes nothing for selections elsewhere, or for items an adapter read', () => {
    const elsewhere = { ...selection('https://www.facebook.com/tyresokommun'), platform: 'facebook' as const };
    expect(withInboxContext(elsewhere)).toBe(elsewhere);
    const notInbox = selection('https://business.facebook.com/latest/home?asset_id=1');
    expect(withInboxContext(notInbox)).toBe(notInbox);
    const comment: CaptureRequest = { ...selection(`${BS}/facebook?asset_id=${ASSET}&selected_item_id=${ITEM}`), reading: { kind: 'comment', author: 'Karin', text: 'Hej', byOwner: false, itemId: '42' } };
    expect(withInboxContext(comment)).toBe(comment);
  });
});
