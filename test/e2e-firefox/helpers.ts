// What the Firefox tests share: the sites' fixtures at their real URLs, the profile set through
// the options page, the overlay's buttons found in its shadow roots, the store read raw.
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { adapterFor } from '../../lib/platforms';
import { fixtureDocument } from '../support/fixtures';
import type { CaptureRecord } from '../../lib/records/schema';

export type Firefox = Awaited<ReturnType<typeof launch>>;
export type Lang = 'sv' | 'en';

export const SITES = {
  facebook: { url: 'https://www.facebook.com/tyresokommun', fixture: (l: Lang) => `facebook/page-feed.${l}.html` },
  instagram: { url: 'https://www.instagram.com/p/DEMOsjovik1/', fixture: (l: Lang) => `instagram/post.${l}.html` },
  youtube: { url: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0', fixture: (l: Lang) => `youtube/watch.${l}.html` },
  'youtube-studio': { url: 'https://studio.youtube.com/channel/UCsjovikdemo/comments/inbox', fixture: (l: Lang) => `youtube-studio/comments.${l}.html` },
} as const;
export type Site = keyof typeof SITES;

export const pagesFor = (lang: Lang) => Object.fromEntries(Object.values(SITES).map((s) => [s.url, s.fixture(lang)]));

export const PROFILE = { name: 'Eva Holm', title: 'Kommunikatör', unit: 'Kommunikationsenheten' };

/** The capture button's name for the site's first item, as the adapter reads the same fixture. */
export function firstCaptureLabel(site: Site, lang: Lang): { label: string; author: string } {
  const { url, fixture } = SITES[site];
  const doc = fixtureDocument(fixture(lang), url);
  const adapter = adapterFor(new URL(url))!;
  const reading = adapter.read(adapter.findItems(doc)[0]!)!;
  const kind = reading.kind === 'reply' ? (lang === 'sv' ? 'svar' : 'reply') : lang === 'sv' ? 'kommentar' : 'comment';
  return { label: lang === 'sv' ? `Fånga ${kind} av ${reading.author}` : `Capture ${kind} by ${reading.author}`, author: reading.author! };
}

/** Sets the profile (and UI language) through the options page's own form. */
export async function setProfile(b: Firefox, lang: Lang) {
  const options = await b.openExtensionPage('options.html');
  await options.run(async (_w: Window, ui: any, profile: typeof PROFILE, lang: Lang) => {
    await ui.fill('Namn', profile.name);
    await ui.fill('Titel', profile.title);
    await ui.fill('Enhet', profile.unit);
    await ui.fill('Språk', lang);
    await ui.click('Spara');
    await ui.text(lang === 'sv' ? 'Inställningarna är sparade.' : 'The settings are saved.');
  }, PROFILE, lang);
  await options.close();
}

/** A button in the overlay's (open) shadow roots, by its accessible name, scrolled into view. */
export async function overlayButton(page: Page, name: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle((n) => {
      const walk = (root: Document | ShadowRoot): Element | null => {
        for (const el of root.querySelectorAll('*')) {
          if (el.getAttribute('aria-label') === n && (el.localName === 'button' || el.getAttribute('role') === 'button')) return el;
          if (el.shadowRoot) {
            const found = walk(el.shadowRoot);
            if (found) return found;
          }
        }
        return null;
      };
      const el = walk(document);
      el?.scrollIntoView({ block: 'center' });
      return el;
    }, name);
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (el) return el;
    if (Date.now() > deadline) throw new Error(`No overlay button "${name}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first element matching `selector` (and with `label` as aria-label, if given) in the page or any open shadow root. */
export async function deepFind(page: Page, selector: string, label?: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(
      (sel, name) => {
        const walk = (root: Document | ShadowRoot): Element | null => {
          for (const el of root.querySelectorAll('*')) {
            if (el.matches(sel) && (name === null || el.getAttribute('aria-label') === name)) return el;
            if (el.shadowRoot) {
              const found = walk(el.shadowRoot);
              if (found) return found;
            }
          }
          return null;
        };
        return walk(document);
      },
      selector,
      label ?? null,
    );
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (el) return el;
    if (Date.now() > deadline) throw new Error(`Nothing matches ${selector} ${label ?? ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The status line beside an overlay button. */
export const statusOf = (button: ElementHandle<Element>) => button.evaluate((b) => b.parentElement?.querySelector('[role="status"]')?.textContent ?? '');

/** Clicks the capture button and waits until its status says `done` (a string or pattern). */
export async function capture(page: Page, label: string, done: RegExp) {
  const button = await overlayButton(page, label);
  await button.click();
  await expect.poll(() => statusOf(button), { timeout: 15_000 }).toMatch(done);
  return statusOf(button);
}

type Store = {
  records: CaptureRecord[];
  screenshots: { recordId: string; type: string; size: number; png: boolean; width: number; height: number; sha256: string }[];
};

/** The extension's IndexedDB read raw from one of its pages (not through our Dexie code). */
export async function readStore(b: Firefox): Promise<Store> {
  const page = await b.openExtensionPage('queue.html');
  // The page's own view (Xrays waived): typed arrays may not be read through Xrays.
  const result = await page.run(async (w: any) => {
    const W = w.wrappedJSObject;
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = W.indexedDB.open('kommentarsvakt');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store: string): Promise<any[]> =>
      new Promise((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const records = await all('records');
    const screenshots = [];
    const shots = await all('screenshots');
    for (let i = 0; i < shots.length; i++) {
      const s = shots[i];
      const bytes = new W.Uint8Array(await s.blob.arrayBuffer());
      const hash = new W.Uint8Array(await W.crypto.subtle.digest('SHA-256', bytes));
      let digest = '';
      for (let j = 0; j < hash.length; j++) digest += hash[j].toString(16).padStart(2, '0');
      const view = new W.DataView(bytes.buffer);
      screenshots.push({ recordId: s.recordId, type: s.blob.type, size: bytes.length, sha256: digest, png: bytes[0] === 0x89 && bytes[1] === 0x50, width: view.getUint32(16), height: view.getUint32(20) });
    }
    db.close();
    return { records: JSON.parse(W.JSON.stringify(records)), screenshots };
  });
  await page.close();
  return result as Store;
}

/** No error in the browser console from our own files (content scripts, background, pages). */
export async function expectNoConsoleErrors(b: Firefox) {
  expect(await b.consoleErrors()).toEqual([]);
}

/** Writes records (their capture audit entry, and PNG screenshots) with the raw IndexedDB API, as test/support/seed.ts does in Chromium. */
export async function writeRows(b: Firefox, records: CaptureRecord[], shots: Record<string, number[]> = {}) {
  const page = await b.openExtensionPage('queue.html');
  await page.run(
    async (w: any, _ui: any, records: CaptureRecord[], shots: Record<string, number[]>) => {
      // Rows made in the page's own realm: its IndexedDB may not clone objects of ours.
      const W = w.wrappedJSObject;
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = W.indexedDB.open('kommentarsvakt');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(W.JSON.parse('["records","audit","screenshots"]'), 'readwrite');
      for (const r of records) {
        tx.objectStore('records').put(W.JSON.parse(JSON.stringify(r)));
        tx.objectStore('audit').add(W.JSON.parse(JSON.stringify({ recordId: r.id, at: r.capturedAt, by: 'Eva Holm', from: null, to: r.status })));
        const png = shots[r.id];
        if (png) {
          const parts = new W.Array();
          parts.push(W.Uint8Array.from(W.JSON.parse(JSON.stringify(png))));
          const row = W.JSON.parse(JSON.stringify({ recordId: r.id }));
          row.blob = new W.Blob(parts, W.JSON.parse('{"type":"image/png"}'));
          tx.objectStore('screenshots').put(row);
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    records,
    shots,
  );
  await page.close();
}
