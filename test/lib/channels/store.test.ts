import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addChannel, deleteChannel, loadChannelFacts, noteActivity, updateChannel } from '../../../lib/channels/repository';
import { EMPTY_CHANNEL_INPUT } from '../../../lib/channels/schema';
import { RecordsDb } from '../../../lib/records/db';
import { CURRENT_STORE_VERSION, STORE_VERSIONS } from '../../../lib/records/migrations';
import { V1, freshDb, writeV1 } from '../records/helpers';

const INPUT = { ...EMPTY_CHANNEL_INPUT, platform: 'facebook' as const, name: 'Tyresö kommun', url: 'https://www.facebook.com/tyresokommun', administrator: 'Eva Holm' };

describe('records store version 3 (issue 6): channels, page archives, kind index', () => {
  it('upgrades a version-2 database without touching its rows', async () => {
    const name = `v2-upgrade-${Date.now()}`;
    await writeV1(name);
    const v2 = new Dexie(name);
    for (const v of STORE_VERSIONS.filter((s) => s.version <= 2)) v2.version(v.version).stores(v.stores);
    await v2.open();
    expect(v2.verno).toBe(2);
    v2.close();

    const db = new RecordsDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_STORE_VERSION);
    expect(CURRENT_STORE_VERSION).toBe(3);
    expect(await db.records.orderBy('capturedAt').toArray()).toEqual(V1.records);
    expect(await db.records.where('kind').equals('comment').count()).toBe(V1.records.filter((r) => r.kind === 'comment').length);
    expect(await db.channels.count()).toBe(0);
    expect(await db.pageArchives.count()).toBe(0);
    db.close();
  });
});

describe('channel repository', () => {
  it('adds, edits, notes activity and deletes; refuses invalid input', async () => {
    const db = freshDb();
    const now = new Date('2025-03-01T10:00:00.000Z');
    const added = await addChannel(db, INPUT, now);
    expect(added).toMatchObject({ ...INPUT, createdAt: now.toISOString() });
    await expect(addChannel(db, { ...INPUT, url: 'javascript:alert(1)' }, now)).rejects.toThrow();
    await expect(addChannel(db, { ...INPUT, name: '  ' }, now)).rejects.toThrow();
    const edited = await updateChannel(db, added.id, { ...INPUT, substitute: 'Per Ek' }, new Date('2025-03-02T10:00:00.000Z'));
    expect(edited).toMatchObject({ substitute: 'Per Ek', createdAt: now.toISOString(), updatedAt: '2025-03-02T10:00:00.000Z' });
    expect(await noteActivity(db, 'https://www.facebook.com/tyresokommun/posts/1', new Date('2025-03-03T10:00:00.000Z'))).toBe(1);
    expect((await loadChannelFacts(db))[0]).toMatchObject({ lastActivityAt: '2025-03-03T10:00:00.000Z' });
    await deleteChannel(db, added.id);
    expect(await db.channels.count()).toBe(0);
  });
});
