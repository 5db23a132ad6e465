import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { capture, expectNoConsoleErrors, firstCaptureLabel, pagesFor, readStore, setProfile, SITES, type Firefox } from './helpers';

// Issue 23 in Firefox: the store survives a restart, a backup made in one profile restores into
// a fresh one, and axe finds no violation on the overlay and the queue.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type Violation = { id: string; impact: string; targets: unknown[] };

const downloads = (b: Firefox) => {
  const dir = join(b.userDataDir, 'downloads');
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith('.part')).map((f) => join(dir, f)) : [];
};

/** axe-core run against an extension page from a sandbox over it (its CSP forbids injected scripts). */
async function axeExtensionPage(b: Firefox, path: string): Promise<Violation[]> {
  const page = await b.openExtensionPage(path);
  const violations = await page.run(async (w: any, ui: any, axeSource: string) => {
    await ui.waitFor(() => w.document.querySelector('main, h1'));
    const sandbox = Components.utils.Sandbox(w, { sandboxPrototype: w, wantXrays: true });
    Components.utils.evalInSandbox(axeSource, sandbox);
    // axe sets window.axe: an expando on the sandbox's view of the page, seen from inside it.
    const result = await Components.utils.evalInSandbox('window.axe.run(document)', sandbox);
    if (result.passes.length === 0) throw new Error('axe checked nothing');
    return Array.from(result.violations as any[], (v: any) => ({ id: v.id, impact: v.impact, targets: Array.from(v.nodes as any[], (n: any) => String(n.target)) }));
  }, readFileSync(AXE, 'utf8'));
  await page.close();
  return violations;
}

declare const Components: any;

describe('the store in Firefox: restart, backup and restore, axe', () => {
  let a: Firefox | undefined;
  let fresh: Firefox | undefined;
  afterAll(async () => {
    await a?.close();
    await fresh?.close();
  });

  it('captures with screenshots, and axe finds nothing on the overlay', async () => {
    a = await launch({ pages: pagesFor('sv'), allUrls: true });
    await setProfile(a, 'sv');
    const page = await a.newPage(SITES.facebook.url);
    await capture(page, firstCaptureLabel('facebook', 'sv').label, /^Sparad$/);
    await capture(page, 'Fånga kommentar av Ahmed Yusuf', /^Sparad$/);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      // Only our own elements: the fixture imitates the site's markup, which is not ours to fix.
      const result = await (window as any).axe.run({ include: [['kommentarsvakt-toolbar']] });
      if (result.passes.length === 0) throw new Error('axe checked nothing');
      return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n: any) => n.target) }));
    });
    expect(violations).toEqual([]);
    expect((await readStore(a)).records).toHaveLength(2);
  });

  it('axe finds nothing on the queue and the record detail', async () => {
    expect(await axeExtensionPage(a!, 'queue.html')).toEqual([]);
    const { records } = await readStore(a!);
    expect(await axeExtensionPage(a!, `queue.html#/record/${records[0]!.id}`)).toEqual([]);
  });

  it('the store survives a restart with the same profile', async () => {
    const before = await readStore(a!);
    // A browser killed between the store's commit and the journal's write leaves a record
    // without its journal copy; the journal catches up at the next start (the next test looks).
    const lose = await a!.openExtensionPage('queue.html');
    await lose.run(async (w: any, _ui: any, id: string) => {
      const root = await w.wrappedJSObject.navigator.storage.getDirectory();
      await (await (await root.getDirectoryHandle('journal')).getDirectoryHandle('records')).removeEntry(id, { recursive: true });
    }, before.records[0]!.id);
    await lose.close();
    const profile = a!.userDataDir;
    await a!.close();
    a = await launch({ pages: pagesFor('sv'), userDataDir: profile });
    const after = await readStore(a);
    expect(after.records.map((r) => r.id).sort()).toEqual(before.records.map((r) => r.id).sort());
    expect(after.screenshots.map((s) => s.sha256).sort()).toEqual(before.screenshots.map((s) => s.sha256).sort());
  });

  it('the journal (issue 25) is kept in Firefox too: each record whole in the origin private file system', async () => {
    const { records } = await readStore(a!);
    const page = await a!.openExtensionPage('queue.html');
    const list = () => page.run(async (w: any) => {
      const W = w.wrappedJSObject;
      const root = await W.navigator.storage.getDirectory();
      const dir = await (await root.getDirectoryHandle('journal')).getDirectoryHandle('records');
      const out: string[] = [];
      const keys = dir.keys();
      for (;;) {
        const next = await keys.next();
        if (next.done) break;
        const record = await dir.getDirectoryHandle(next.value);
        const body = JSON.parse(await (await (await record.getFileHandle('record.json')).getFile()).text()).body;
        await record.getFileHandle('screenshot.png');
        out.push(`${next.value}:${body.contentSha256}`);
      }
      return out.sort().join(',');
    }) as Promise<string>;
    // The record whose copy was lost before the restart is back once the catch-up has run.
    await expect.poll(list, { timeout: 15_000 }).toBe(records.map((r) => `${r.id}:${r.contentSha256}`).sort().join(','));
    await page.close();
  });

  it('a backup downloads, and restores into a fresh profile with its screenshots', async () => {
    const tools = await a!.openExtensionPage('queue.html#/tools');
    await tools.run(async (_w: any, ui: any) => {
      await ui.click('Skapa säkerhetskopia');
      await ui.text(/Säkerhetskopian med 2 poster är nedladdad/, 30_000);
    });
    await tools.close();
    await expect.poll(() => downloads(a!), { timeout: 15_000 }).toHaveLength(1);
    const [zip] = downloads(a!);

    fresh = await launch({ pages: {} });
    const restore = await fresh.openExtensionPage('queue.html#/tools');
    const said = await restore.run(async (w: any, ui: any, path: string) => {
      const input = await ui.control('Återställ från säkerhetskopia');
      const file = await w.File.createFromFileName(path);
      input.mozSetFileArray([file]);
      input.dispatchEvent(new w.Event('change', { bubbles: true }));
      return ui.text(/Återställt: 2 nya poster, 0 fanns redan/, 30_000);
    }, zip);
    expect(said).toBeTruthy();
    await restore.close();
    const restored = await readStore(fresh);
    const original = await readStore(a!);
    expect(restored.records.map((r) => r.contentSha256).sort()).toEqual(original.records.map((r) => r.contentSha256).sort());
    expect(restored.screenshots.map((s) => s.sha256).sort()).toEqual(original.screenshots.map((s) => s.sha256).sort());
  });

  it('logs no error from our scripts', async () => {
    await expectNoConsoleErrors(a!);
    await expectNoConsoleErrors(fresh!);
  });
});
