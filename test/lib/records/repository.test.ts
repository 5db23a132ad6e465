import { describe, expect, it } from 'vitest';
import { auditTrail } from '../../../lib/records/audit';
import { changeStatus, markExported, setDiarienummer, TransitionRefused, updateHandling } from '../../../lib/records/repository';
import { ACTOR, freshDb, makeRecord, seed } from './helpers';

describe('records repository', () => {
  it('changes status and appends who, when, from, to and note to the audit trail', async () => {
    const db = freshDb();
    const r = await makeRecord({ removalReasons: ['personal-attack'] });
    await seed(db, [r]);
    await changeStatus(db, [r.id], 'removed-from-site', ACTOR, { note: 'Personangrepp' });
    expect((await db.records.get(r.id))!.status).toBe('removed-from-site');
    const trail = await auditTrail(db, r.id);
    expect(trail.map(({ seq: _s, ...e }) => e)).toEqual([
      { recordId: r.id, at: r.capturedAt, by: 'Eva Holm', from: null, to: 'captured' },
      { recordId: r.id, at: ACTOR.now.toISOString(), by: 'Eva Holm', from: 'captured', to: 'removed-from-site', note: 'Personangrepp' },
    ]);
  });

  it('refuses a bulk change if any record may not make it, and changes none', async () => {
    const db = freshDb();
    const a = await makeRecord();
    const b = await makeRecord({ status: 'registered', diarienummer: 'KS 1' });
    await seed(db, [a, b]);
    const err = await changeStatus(db, [a.id, b.id], 'kept', ACTOR).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransitionRefused);
    expect((err as TransitionRefused).refusals).toEqual([{ recordId: b.id, error: expect.objectContaining({ code: 'not-allowed' }) }]);
    expect((await db.records.get(a.id))!.status).toBe('captured');
    expect(await db.audit.count()).toBe(2);
  });

  it('registers with a diarienummer, stored on the record and in the trail', async () => {
    const db = freshDb();
    const r = await makeRecord();
    await seed(db, [r]);
    await expect(changeStatus(db, [r.id], 'registered', ACTOR)).rejects.toBeInstanceOf(TransitionRefused);
    await changeStatus(db, [r.id], 'registered', ACTOR, { diarienummer: ' KS 2024/77 ' });
    expect(await db.records.get(r.id)).toMatchObject({ status: 'registered', diarienummer: 'KS 2024/77', contentSha256: r.contentSha256 });
    expect((await auditTrail(db, r.id)).at(-1)!.dnr).toEqual({ to: 'KS 2024/77' });
  });

  it('sets diarienummer in bulk, all or nothing, and updates a registered one', async () => {
    const db = freshDb();
    const a = await makeRecord();
    const b = await makeRecord({ status: 'registered', diarienummer: 'KS 1' });
    const c = await makeRecord({ status: 'removed-from-site' });
    await seed(db, [a, b, c]);
    await setDiarienummer(db, [{ id: a.id, diarienummer: 'KS 10' }, { id: b.id, diarienummer: 'KS 11' }, { id: c.id, diarienummer: 'KS 12' }], ACTOR);
    expect((await db.records.bulkGet([a.id, b.id, c.id])).map((r) => [r!.status, r!.diarienummer])).toEqual([
      ['registered', 'KS 10'],
      ['registered', 'KS 11'],
      ['registered', 'KS 12'],
    ]);
    expect((await auditTrail(db, b.id)).at(-1)!.dnr).toEqual({ from: 'KS 1', to: 'KS 11' });
  });

  it('updates handling fields with an audit line and keeps the digest', async () => {
    const db = freshDb();
    const r = await makeRecord();
    await seed(db, [r]);
    await updateHandling(db, r.id, { removalReasons: ['profanity', 'personal-attack'], action: 'register', notes: 'Ring upp' }, ACTOR);
    expect(await db.records.get(r.id)).toMatchObject({ removalReasons: ['profanity', 'personal-attack'], action: 'register', notes: 'Ring upp', status: 'captured' });
    expect((await auditTrail(db, r.id)).at(-1)).toMatchObject({ from: 'captured', to: 'captured', changed: ['removalReasons', 'action', 'notes'] });
    await markExported(db, [r.id], 'CSV', ACTOR);
    expect((await db.records.get(r.id))!.exportedAt).toBe(ACTOR.now.toISOString());
    expect((await auditTrail(db, r.id)).at(-1)).toMatchObject({ exported: 'CSV' });
  });
});
