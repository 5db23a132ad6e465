import type { launch } from './browser.mjs';

// Screenshots decoded and their pixels counted by colour in an extension page (the browser's own
// PNG decoder; Node has none here), for the tests of what a stored picture shows.
type Browser = Awaited<ReturnType<typeof launch>>;
type Rgb = readonly number[];

/** The toolbar buttons' bluish grey border (lib/overlay/toolbar-styles.ts); the pages' own greys (text anti-aliasing) are neutral. */
export const TOOLBAR_BORDER: Rgb = [0x6b, 0x6f, 0x76];

/** A colour to count and how far (per channel) a pixel may be from it. */
export interface Shade {
  rgb: Rgb;
  tolerance: number;
}

export interface Counted<K extends string> {
  width: number;
  height: number;
  /** Pixels per colour; a pixel near several is counted under the first of them. */
  counts: Record<K, number>;
  /** The decoded PNG, base64 (to keep the picture when KV_SHOTS_DIR is set). */
  png: string;
}

/**
 * Counts the pixels of each of `shades` in a PNG: the stored screenshot of a record (given by
 * its id; null when it has none) or the bytes of one (a Playwright screenshot).
 */
export async function countPixels<K extends string>(b: Browser, source: { recordId: string } | { png: Uint8Array }, shades: Record<K, Shade>): Promise<Counted<K> | null> {
  const probe = await b.context.newPage();
  await probe.goto(b.extensionUrl('queue.html'));
  const counted = await probe.evaluate(
    async ({ recordId, bytes, shades }) => {
      let blob: Blob;
      if (recordId) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('kommentarsvakt');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const row = await new Promise<{ blob: Blob } | undefined>((resolve) => {
          const req = db.transaction('screenshots').objectStore('screenshots').get(recordId);
          req.onsuccess = () => resolve(req.result as { blob: Blob } | undefined);
        });
        db.close();
        if (!row) return null;
        blob = row.blob;
      } else blob = new Blob([Uint8Array.from(atob(bytes!), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const list = Object.entries(shades);
      const counts = Object.fromEntries(list.map(([name]) => [name, 0])) as Record<string, number>;
      for (let i = 0; i < data.length; i += 4) {
        const hit = list.find(([, s]) => Math.abs(data[i]! - s.rgb[0]!) <= s.tolerance && Math.abs(data[i + 1]! - s.rgb[1]!) <= s.tolerance && Math.abs(data[i + 2]! - s.rgb[2]!) <= s.tolerance);
        if (hit) counts[hit[0]]!++;
      }
      const png = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of png) binary += String.fromCharCode(byte);
      return { width: bitmap.width, height: bitmap.height, counts, png: btoa(binary) };
    },
    { recordId: 'recordId' in source ? source.recordId : null, bytes: 'png' in source ? Buffer.from(source.png).toString('base64') : null, shades: shades as Record<string, Shade> },
  );
  await probe.close();
  return counted as Counted<K> | null;
}

/** Writes a counted picture to KV_SHOTS_DIR/<name>, when that is set, to look at it. */
export async function keepShot(name: string, counted: { png: string } | null): Promise<void> {
  if (process.env.KV_SHOTS_DIR && counted) (await import('node:fs')).writeFileSync(`${process.env.KV_SHOTS_DIR}/${name}`, Buffer.from(counted.png, 'base64'));
}
