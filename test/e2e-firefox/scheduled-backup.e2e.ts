import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackup } from '../../lib/backup/read';
import { launch } from '../support/firefox.mjs';
import { capture, firstCaptureLabel, pagesFor, readStore, setProfile, SITES, type Firefox } from './helpers';

// Issue 25, point 3, in Firefox (no records folder there): the background page saves the
// backup file by itself into the downloads folder when it is due, weekly by default. The last
// backup is moved ten days back and the alarm fired early; the file must be complete and readable.
/**
 * The finished downloads: none while Firefox still writes one. It keeps an empty file under the
 * final name beside the `.part` it writes, and renames the `.part` over it at the end (one CI run
 * read that empty file as the backup).
 */
const downloads = (b: Firefox) => {
  const dir = join(b.userDataDir, 'downloads');
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  if (names.some((f) => f.endsWith('.part'))) return [];
  return names.map((f) => join(dir, f)).filter((f) => statSync(f).size > 0);
};

describe('scheduled backup in Firefox', () => {
  let b: Firefox | undefined;
  afterAll(async () => {
    await b?.close();
  });

  it('a due backup is saved to downloads, complete, and noted as the last one', async () => {
    b = await launch({ pages: pagesFor('sv'), allUrls: true });
    await setProfile(b, 'sv');
    const page = await b.newPage(SITES.facebook.url);
    await capture(page, firstCaptureLabel('facebook', 'sv').label, /^Sparad$/);
    const { records } = await readStore(b);
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const ext = await b.openExtensionPage('popup.html');
    await ext.run(async (w: any, _ui: any, at: string) => {
      const api = w.wrappedJSObject.browser ?? w.browser;
      const before = Date.now();
      await api.storage.local.set({ lastBackup: { at, records: 0, fileName: 'old.zip', automatic: true } });
      // The background re-arms on that change (a minute ahead at the soonest); fire it early after that.
      for (let i = 0; i < 100; i++) {
        const alarm = await api.alarms.get('kv-scheduled-backup');
        // Re-armed: due at once, so a minute ahead (before that: a week after the capture).
        if (alarm && alarm.scheduledTime < before + 120_000) break;
        await new Promise((r) => w.setTimeout(r, 100));
      }
      await api.alarms.create('kv-scheduled-backup', { when: Date.now() + 50 });
    }, tenDaysAgo);
    await expect.poll(() => downloads(b!), { timeout: 30_000 }).toHaveLength(1);
    const [file] = downloads(b);
    expect(file).toMatch(/kommentarsvakt-sakerhetskopia-.*\.zip$/);
    const read = await readBackup(new Uint8Array(readFileSync(file!)));
    expect(read.ok && read.backup.records.map((r) => r.id)).toEqual(records.map((r) => r.id));
    const last: { at: string; records: number; automatic: boolean } = await ext.run(async (w: any) => {
      const api = w.wrappedJSObject.browser ?? w.browser;
      const got = await api.storage.local.get('lastBackup');
      return JSON.parse(JSON.stringify(got.lastBackup));
    });
    expect(last).toMatchObject({ records: 1, automatic: true });
    expect(Date.parse(last.at)).toBeGreaterThan(Date.parse(tenDaysAgo));
  });
});
