// What the content script's world costs (for reading, not budgets): the Instagram adapter,
// bundled, run on the bench page in the page's own world and in an isolated world as a content
// script is (CDP Page.createIsolatedWorld), a fresh page each time. Finding the rows of the
// 1,200 comment blocks 20 at a time (as parse-time frames do), cold and again, and reading
// every row 50 at a time (as the read-ahead's slices do).
//   node test/bench/world.mjs [tries]
// (2026-12-07: the same DOM calls cost ~1.5× in the isolated world; see README.md's evening.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launch } from '../support/browser.mjs';
import { instagramPost, POST_URL } from '../fixtures/instagram/generate-post.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const tries = Number(process.argv[2] ?? 2);
const outDir = mkdtempSync(join(tmpdir(), 'kv-world-'));
await build({
  configFile: false,
  logLevel: 'warn',
  root: here,
  build: { outDir, emptyOutDir: false, minify: false, lib: { entry: join(here, 'world-entry.ts'), formats: ['iife'], name: 'kvWorld', fileName: () => 'world.js' } },
});
const code = readFileSync(join(outDir, 'world.js'), 'utf8');
rmSync(outDir, { recursive: true, force: true });

const bench = `(() => {
  const ig = globalThis.kvInstagram;
  const list = document.querySelector('main article .comments');
  const blocks = [...list.children];
  const find = () => { for (let i = 0; i < blocks.length; i += 20) ig.steady(() => { for (const b of blocks.slice(i, i + 20)) ig.findItems(b); }); };
  const time = (work) => { const t0 = performance.now(); work(); return Math.round((performance.now() - t0) * 10) / 10; };
  const findCold = time(find);
  const findAgain = time(find);
  const rows = ig.findItems(document);
  const read = time(() => { for (let i = 0; i < rows.length; i += 50) ig.steady(() => { for (const r of rows.slice(i, i + 50)) ig.read(r); }); });
  return { blocks: blocks.length, rows: rows.length, findCold, findAgain, read };
})()`;

const html = instagramPost(2000, { photos: true });
const browser = await launch({ extension: false, pages: { [POST_URL]: () => html } });
const results = { main: [], isolated: [] };
try {
  for (let i = 0; i < tries; i++) {
    for (const world of ['main', 'isolated']) {
      const page = await browser.context.newPage();
      await page.goto(POST_URL);
      const cdp = await browser.context.newCDPSession(page);
      let contextId;
      if (world === 'isolated') {
        const { frameTree } = await cdp.send('Page.getFrameTree');
        ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'kv-world' }));
      }
      const where = contextId ? { contextId } : {};
      await cdp.send('Runtime.evaluate', { expression: code, ...where });
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: bench, returnByValue: true, ...where });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      results[world].push(result.value);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results, null, 2));
