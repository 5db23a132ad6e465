// E-ARK export at scale (issue 5): 1,000 records with screenshots exported through the queue's
// dialog in Chromium, from the click to the downloaded file, ≤ 15 s; and the memory it takes
// at 250, 500 and 1,000 records, which must not grow with the count (the zip is streamed).
// The screenshots are RGBA PNGs like the capture's crops (opaque), 130×130 pixels of noise:
// about 67 kB, incompressible, the costly case for hashing, zipping and embedding in the PDFs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import canonicalize from 'canonicalize';
import { unzipSync } from 'fflate';
import { launch } from '../support/browser.mjs';

const SIZES = (process.env.KV_BENCH_SIZES ?? '250,500,1000').split(',').map(Number);
const SAMPLE_MS = 100;
const PROFILE = { name: 'Eva Holm', title: 'Kommunikatör', unit: 'Kommunikationsenheten' };
// lib/records/digests.ts HANDLING_FIELDS: the record's digest covers everything else.
const HANDLING = ['id', 'contentSha256', 'status', 'category', 'flags', 'dueAt', 'diarienummer', 'removalReasons', 'action', 'notes', 'exportedAt'];
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

// zlib.crc32 needs Node 20.15; the README asks for Node 20.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A real RGBA PNG of opaque noise (colour type 6, as lib/capture/crop.ts's canvas writes them),
 * deflate-stored: noise does not compress, so its size is what it weighs in the zip.
 */
function noisePng(side, seed) {
  const row = 1 + side * 4;
  const raw = Buffer.alloc(side * row);
  let s = seed >>> 0;
  for (let y = 0; y < side; y++) {
    for (let i = 1; i < row; i++) {
      // Math.imul keeps the generator exact (a plain product passes 2^53 and repeats).
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      raw[y * row + i] = i % 4 === 0 ? 255 : s >>> 24;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw, { level: 0 })), pngChunk('IEND', Buffer.alloc(0))]);
}

function record(n, png) {
  const id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const r = {
    id,
    schemaVersion: 1,
    platform: 'facebook',
    kind: 'comment',
    key: `facebook:${1000 + n}`,
    pageUrl: 'https://www.facebook.com/tyresokommun',
    permalink: `https://www.facebook.com/tyresokommun/posts/1?comment_id=${1000 + n}`,
    itemId: String(1000 + n),
    author: `Kalle Änglund ${n}`,
    authorUrl: 'https://www.facebook.com/kalle.anglund',
    text: `Hej! Varför är gatlyktan på Björkvägen släckt igen? Den har varit trasig i tre veckor nu och det är mörkt när barnen går till skolan. (${n})`,
    publishedText: '2 tim',
    publishedAt: '2024-03-05T10:00:00.000Z',
    unreadable: [],
    capturedAt: new Date(Date.UTC(2024, 2, 5, 12, 0, n)).toISOString(),
    capturedBy: PROFILE,
    screenshot: { status: 'ok', mime: 'image/png', width: 130, height: 130, bytes: png.length, sha256: sha256(png) },
    status: 'captured',
  };
  const content = Object.fromEntries(Object.entries(r).filter(([k]) => !HANDLING.includes(k)));
  return { ...r, contentSha256: sha256(canonicalize(content)) };
}

/** Adds records from..to-1 with screenshots and capture audit entries, 100 per transaction. */
export async function seed(page, from, to) {
  for (let start = from; start < to; start += 100) {
    const rows = [];
    for (let n = start; n < Math.min(to, start + 100); n++) {
      const png = noisePng(130, n);
      rows.push({ record: record(n, png), png: png.toString('base64') });
    }
    await page.evaluate(async (rows) => {
      const db = await new Promise((ok) => (indexedDB.open('kommentarsvakt').onsuccess = (e) => ok(e.target.result)));
      const tx = db.transaction(['records', 'audit', 'screenshots'], 'readwrite');
      for (const { record, png } of rows) {
        tx.objectStore('records').put(record);
        tx.objectStore('audit').add({ recordId: record.id, at: record.capturedAt, by: 'Eva Holm', from: null, to: 'captured' });
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        tx.objectStore('screenshots').put({ recordId: record.id, blob: new Blob([bytes], { type: 'image/png' }) });
      }
      await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
      db.close();
    }, rows);
  }
}

/** Resident memory (kB) of a process, from /proc: Linux only, like the machines this runs on. */
function rssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** CPU seconds a process has used (all its threads), from /proc/<pid>/stat; 100 ticks a second on Linux. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * Chromium's processes by kind: the renderer that holds our extension's pages and workers, and
 * the browser process, which keeps Blob data and does the downloads: both are counted.
 */
async function processes(b) {
  const session = await b.browserSession();
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  await session.detach();
  const browser = processInfo.find((p) => p.type === 'browser').id;
  const extension = processInfo
    .filter((p) => p.type === 'renderer')
    .map((p) => p.id)
    .find((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process');
      } catch {
        return false;
      }
    });
  return { browser, extension };
}

/**
 * The heaps of our extension's dedicated workers (the PDF worker), over CDP: attached from the
 * browser session (Playwright does not open sessions on workers), messages relayed by Target.
 */
async function workerHeaps(b) {
  const session = await b.browserSession();
  const attached = new Map();
  const replies = new Map();
  let nextId = 0;
  session.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message);
    replies.get(message.id)?.(message.result);
  });
  const call = (sessionId, method) =>
    new Promise((resolve) => {
      const id = ++nextId;
      replies.set(id, resolve);
      // A worker that ended mid-call never answers.
      setTimeout(() => resolve(undefined), 1000);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => resolve(undefined));
    });
  return {
    /** Collects garbage in each live worker and returns the sum of what they hold, in bytes. */
    async live() {
      const { targetInfos } = await session.send('Target.getTargets');
      for (const t of targetInfos) {
        if (t.type !== 'worker' || !t.url.startsWith(`chrome-extension://${b.extensionId}/`) || attached.has(t.targetId)) continue;
        const { sessionId } = await session.send('Target.attachToTarget', { targetId: t.targetId, flatten: false }).catch(() => ({}));
        if (sessionId) attached.set(t.targetId, sessionId);
      }
      const alive = new Set(targetInfos.map((t) => t.targetId));
      let sum = 0;
      for (const [targetId, sessionId] of attached) {
        if (!alive.has(targetId)) {
          attached.delete(targetId);
          continue;
        }
        await call(sessionId, 'HeapProfiler.collectGarbage');
        const u = await call(sessionId, 'Runtime.getHeapUsage');
        if (u) sum += u.usedSize + (u.embedderHeapUsedSize ?? 0) + (u.backingStorageSize ?? 0);
      }
      return sum;
    },
    detach: () => session.detach(),
  };
}

/**
 * Samples memory every SAMPLE_MS until stopped. `live`: each sample first forces a garbage
 * collection in the page and in its workers, so it reads what the export really holds (JS
 * heaps, DOM objects and ArrayBuffers' bytes, Runtime.getHeapUsage), not garbage waiting for
 * the collector; that costs time, so the timed run does not do it. Always: the peak resident
 * memory of the renderer that runs our pages and workers and of the browser process (which
 * keeps Blobs), and their CPU time.
 */
async function sampler(b, page, pids, { live }) {
  const cdp = await page.context().newCDPSession(page);
  const workers = live ? await workerHeaps(b) : undefined;
  const usage = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const u = await cdp.send('Runtime.getHeapUsage');
    return u.usedSize + (u.embedderHeapUsedSize ?? 0) + (u.backingStorageSize ?? 0) + ((await workers?.live()) ?? 0);
  };
  const base = { live: await usage(), extension: rssKb(pids.extension), browser: rssKb(pids.browser) };
  const cpu0 = { extension: cpuSeconds(pids.extension), browser: cpuSeconds(pids.browser) };
  const peak = { ...base };
  let running = true;
  const loop = (async () => {
    while (running) {
      if (live) peak.live = Math.max(peak.live, await usage());
      peak.extension = Math.max(peak.extension, rssKb(pids.extension));
      peak.browser = Math.max(peak.browser, rssKb(pids.browser));
      await new Promise((r) => setTimeout(r, live ? 5 * SAMPLE_MS : SAMPLE_MS));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach();
    await workers?.detach();
    const mb = (kb) => Math.round(kb / 102.4) / 10;
    return {
      // CPU time is less at the mercy of other work on the machine than the clock is.
      cpuSeconds: { extensionRenderer: Math.round((cpuSeconds(pids.extension) - cpu0.extension) * 10) / 10, browser: Math.round((cpuSeconds(pids.browser) - cpu0.browser) * 10) / 10 },
      ...(live ? { liveHeapMb: { before: mb(base.live / 1024), peak: mb(peak.live / 1024), growth: mb((peak.live - base.live) / 1024) } } : {}),
      extensionRendererRssMb: { before: mb(base.extension), peak: mb(peak.extension), growth: mb(peak.extension - base.extension) },
      browserRssMb: { before: mb(base.browser), peak: mb(peak.browser), growth: mb(peak.browser - base.browser) },
    };
  };
}

async function exportOnce(b, queue, count, { live }) {
  // Reload: rows written with the raw IndexedDB API do not wake Dexie's live queries.
  await queue.goto(b.extensionUrl('queue.html#/'));
  await queue.reload();
  await queue.locator(`[data-matching="${count}"]`).waitFor({ timeout: 60_000 });
  await queue.getByRole('button', { name: `Välj alla ${count} som visas` }).click();
  await queue.getByRole('button', { name: 'Exportera valda…' }).click();
  const dialog = queue.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'E-ARK-paket för e-arkivet (zip)' }).check();
  const stop = await sampler(b, queue, await processes(b), { live });
  const [download] = await Promise.all([queue.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Exportera', exact: true }).click()]);
  const path = await download.path();
  const status = dialog.locator('[data-export-status="ok"]');
  await status.waitFor({ timeout: 120_000 });
  const memory = await stop();
  // The time the dialog measured and showed: from the click to the file handed to the download.
  const seconds = Number(/på (\d+) ms/.exec((await status.textContent()) ?? '')?.[1]) / 1000;
  const bytes = readFileSync(path);
  const unzipped = unzipSync(bytes);
  const files = Object.keys(unzipped);
  const pngs = files.filter((f) => f.endsWith('.png')).length;
  if (pngs !== count) throw new Error(`the package holds ${pngs} screenshots, not ${count}`);
  // The files that list every record are made whole in memory at the end: their size is the
  // part of the export's memory that does grow with the count.
  const listingKb = Math.round(files.filter((f) => /(METS\.xml|ERMS\.xml|\.csv)$/.test(f)).reduce((n, f) => n + unzipped[f].length, 0) / 1024);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  return { records: count, seconds, zipMb: Math.round(bytes.length / 1024 / 102.4) / 10, files: files.length, listingKb, ...memory };
}

/** The temporary export files in OPFS (lib/export/sink.ts), after the page that made them was reloaded and the dialog swept them. */
async function leftInOpfs(b, queue) {
  await queue.goto(b.extensionUrl('queue.html#/'));
  await queue.reload();
  await queue.getByRole('button', { name: /^Välj alla \d+ som visas$/ }).click();
  await queue.getByRole('button', { name: 'Exportera valda…' }).click();
  await queue.getByRole('dialog').waitFor();
  await queue.waitForTimeout(500);
  return queue.evaluate(async () => {
    const names = [];
    const root = await navigator.storage.getDirectory();
    for await (const [name, handle] of root.entries()) {
      if (handle.kind === 'file') names.push(name);
      else for await (const inner of handle.keys()) names.push(`${name}/${inner}`);
    }
    return names;
  });
}

export async function benchExport() {
  const b = await launch();
  try {
    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    const sizes = [];
    let seeded = 0;
    for (const size of SIZES) {
      await seed(queue, seeded + 1, size + 1);
      seeded = size;
      // Memory with forced collections (what the export holds), then the time without them.
      const live = await exportOnce(b, queue, size, { live: true });
      const timed = await exportOnce(b, queue, size, { live: false });
      sizes.push({
        records: size,
        seconds: timed.seconds,
        cpuSeconds: timed.cpuSeconds,
        zipMb: timed.zipMb,
        files: timed.files,
        listingKb: timed.listingKb,
        liveHeapMb: live.liveHeapMb,
        extensionRendererRssMb: { afterCollections: live.extensionRendererRssMb, withoutCollections: timed.extensionRendererRssMb },
        browserRssMb: { afterCollections: live.browserRssMb, withoutCollections: timed.browserRssMb },
      });
    }
    const largest = sizes.at(-1);
    return {
      screenshotKb: Math.round(noisePng(130, 1).length / 1024),
      sizes,
      // Temporary files in OPFS after the page was reloaded and the export dialog swept them: none.
      leftInOpfs: await leftInOpfs(b, queue),
      budget: { seconds: 15, records: 1000 },
      withinBudget: largest.records >= 1000 && largest.seconds <= 15,
    };
  } finally {
    await b.close();
  }
}
