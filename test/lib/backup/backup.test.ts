import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mergeBackup } from '../../../lib/backup/merge';
import { readBackup } from '../../../lib/backup/read';
import { verifyStore } from '../../../lib/backup/verify-store';
import { writeBackup } from '../../../lib/backup/write';
import { RecordsDb } from '../../../lib/records/db';
import { changeStatus } from '../../../lib/records/repository';
import { addChannel } from '../../../lib/channels/repository';
import { ACTOR, freshDb, V1, writeV1 } from '../records/helpers';

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

async function fixtureDb(): Promise<RecordsDb> {
  const name = `backup-${crypto.randomUUID()}`;
  await writeV1(name);
  const db = new RecordsDb(name);
  // A removal needs its §3 reason (issue 18).
  await db.records.update(V1.records[0]!.id, { removalReasons: ['personal-attack'] });
  await changeStatus(db, [V1.records[0]!.id], 'removed-from-site', ACTOR, { note: 'Personangrepp' });
  return db;
}

async function backupBytes(db: RecordsDb): Promise<Uint8Array> {
  return concat((await writeBackup(db, ACTOR.now)).chunks);
}

describe('backup and restore', () => {
  it('round-trips the whole store into an empty one, and a second restore adds nothing', async () => {
    const source = await fixtureDb();
    const bytes = await backupBytes(source);
    const read = await readBackup(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const target = freshDb();
    expect(await mergeBackup(target, read.backup, read.screenshots)).toMatchObject({ added: 3, alreadyPresent: 0, conflicts: [], auditAdded: 4 });
    expect(await target.records.orderBy('id').toArray()).toEqual(await source.records.orderBy('id').toArray());
    expect((await target.audit.toArray()).map(({ seq: _s, ...e }) => e).sort((a, b) => a.at.localeCompare(b.at))).toEqual(
      (await source.audit.toArray()).map(({ seq: _s, ...e }) => e).sort((a, b) => a.at.localeCompare(b.at)),
    );
    expect((await verifyStore(target)).mismatches).toEqual([]);
    expect(await target.screenshots.count()).toBe(2);
    expect(await mergeBackup(target, read.backup, read.screenshots)).toMatchObject({ added: 0, alreadyPresent: 3, auditAdded: 0 });
    expect(await target.audit.count()).toBe(4);
  });

  it('carries the channel register and the pages\' single-file copies, checked by digest', async () => {
    const source = await fixtureDb();
    const channel = await addChannel(
      source,
      { platform: 'facebook', name: 'Tyresö kommun', url: 'https://www.facebook.com/tyresokommun', purpose: 'Information till invånare', administrator: 'Eva Holm', substitute: 'Per Ek', reportedAt: '2026-01-15' },
      ACTOR.now,
    );
    const withShot = V1.records[0]!.id;
    await source.pageArchives.add({ recordId: withShot, blob: new Blob(['MIME-Version: 1.0\r\n\r\nsidan'], { type: 'multipart/related' }) });
    const bytes = await backupBytes(source);
    const read = await readBackup(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.channels).toEqual([channel]);
    const target = freshDb();
    expect(await mergeBackup(target, read.backup, read.screenshots, read.archives)).toMatchObject({ added: 3, channelsAdded: 1 });
    expect(await target.channels.toArray()).toEqual([channel]);
    expect(await (await target.pageArchives.get(withShot))!.blob.text()).toBe('MIME-Version: 1.0\r\n\r\nsidan');
    expect(await mergeBackup(target, read.backup, read.screenshots, read.archives)).toMatchObject({ channelsAdded: 0 });

    // A copy altered inside the file is refused before anything is written.
    const entries = (await import('fflate')).unzipSync(bytes);
    entries[`archives/${withShot}.mhtml`] = strToU8('ändrad');
    const tampered = await readBackup(zipSync(entries));
    expect(tampered).toMatchObject({ ok: false, problem: { code: 'screenshot-digest', detail: withShot } });
  });

  it('rejects a truncated file, another format, a newer version and altered content, saying which', async () => {
    const bytes = await backupBytes(await fixtureDb());
    expect(await readBackup(bytes.subarray(0, bytes.length - 40))).toMatchObject({ ok: false, problem: { code: 'truncated' } });
    expect(await readBackup(strToU8('{"format":"kommentarsvakt-backup"}'))).toMatchObject({ ok: false, problem: { code: 'not-zip' } });
    expect(await readBackup(zipSync({ 'other.txt': strToU8('x') }))).toMatchObject({ ok: false, problem: { code: 'other-format' } });
    const json = JSON.parse(new TextDecoder().decode((await import('fflate')).unzipSync(bytes)['backup.json']!));
    expect(await readBackup(zipSync({ 'backup.json': strToU8(JSON.stringify({ ...json, version: 2 })) }))).toMatchObject({ ok: false, problem: { code: 'newer-version', detail: '2' } });
    const altered = { ...json, records: json.records.map((r: { text: string }, i: number) => (i === 0 ? { ...r, text: `${r.text}!` } : r)) };
    expect(await readBackup(zipSync({ 'backup.json': strToU8(JSON.stringify({ ...altered, screenshots: [] })) }))).toMatchObject({ ok: false, problem: { code: 'content-digest' } });
    expect(await readBackup(zipSync({ 'backup.json': strToU8(JSON.stringify({ ...json, records: [{ id: 'x' }] })) }))).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    expect(await readBackup(zipSync({ 'backup.json': strToU8(JSON.stringify(json)) }))).toMatchObject({ ok: false, problem: { code: 'screenshot-missing' } });
  });

  it('verify reports every mismatch in the store', async () => {
    const db = await fixtureDb();
    const [a, b] = V1.records;
    await db.records.update(a!.id, { text: 'ändrad' });
    await db.records.update(b!.id, { author: 'ändrad' });
    await db.screenshots.put({ recordId: V1.records[2]!.id, blob: new Blob([new Uint8Array([1, 2, 3])]) });
    const report = await verifyStore(db);
    expect(report.records).toBe(3);
    expect(report.mismatches.map((m) => [m.recordId, m.kind]).sort()).toEqual(
      [
        [a!.id, 'content'],
        [b!.id, 'content'],
        [V1.records[2]!.id, 'screenshot'],
      ].sort(),
    );
  });
});
