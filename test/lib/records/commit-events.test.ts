import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSAL_RULES, dueForDisposal } from '../../../lib/disposal/rules';
import { disposeRecords } from '../../../lib/disposal/run';
import { onCommitted, type CommitEvent } from '../../../lib/records/commit-events';
import { createRecord } from '../../../lib/records/create';
import { saveHandling } from '../../../lib/records/handling';
import { changeStatus, TransitionRefused } from '../../../lib/records/repository';
import { ACTOR, freshDb, makeRecord } from './helpers';

// Issue 25: the journal and the records folder hear of every committed write, once, after it committed.
describe('commit events', () => {
  let off = () => {};
  afterEach(() => off());

  function listen(): CommitEvent[][] {
    const heard: CommitEvent[][] = [];
    off = onCommitted((events) => void heard.push([...events]));
    return heard;
  }

  it('a capture, a status change, a handling save and a disposal each announce what was committed', async () => {
    const db = freshDb();
    const heard = listen();
    const r = await makeRecord({ category: 'praise', capturedAt: '2024-01-01T00:00:00.000Z' });
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    await createRecord(db, r, { screenshot: png });
    expect(heard).toHaveLength(1);
    const created = heard[0]![0]!;
    expect(created).toMatchObject({ kind: 'created', record: r, screenshot: png });
    expect(created.kind === 'created' && created.audit.map((a) => [a.from, a.to, typeof a.seq])).toEqual([[null, 'captured', 'number']]);

    await changeStatus(db, [r.id], 'kept', ACTOR, { note: 'Inget att göra' });
    expect(heard[1]).toMatchObject([{ kind: 'changed', record: { id: r.id, status: 'kept' }, audit: { from: 'captured', to: 'kept', note: 'Inget att göra' } }]);

    await saveHandling(db, r.id, { status: 'kept', removalReasons: [], category: 'praise', notes: 'Ny notering' }, ACTOR);
    expect(heard[2]).toMatchObject([{ kind: 'changed', record: { notes: 'Ny notering' }, audit: { changed: ['notes'] } }]);

    const stored = (await db.records.get(r.id))!;
    await disposeRecords(db, dueForDisposal([{ ...stored, exportedAt: '2024-02-01T00:00:00.000Z' }], DEFAULT_DISPOSAL_RULES.map((x) => ({ ...x, requireExport: false })), new Date('2024-12-01T00:00:00.000Z')), ACTOR);
    expect(heard[3]).toMatchObject([{ kind: 'disposed', entries: [{ recordId: r.id, contentSha256: r.contentSha256 }] }]);
  });

  it('a refused change announces nothing: only what committed is copied', async () => {
    const db = freshDb();
    const r = await makeRecord();
    await createRecord(db, r);
    const heard = listen();
    await expect(changeStatus(db, [r.id], 'registered', ACTOR)).rejects.toBeInstanceOf(TransitionRefused);
    expect(heard).toEqual([]);
  });

  it('a failing listener does not undo or fail the write it heard of', async () => {
    const db = freshDb();
    off = onCommitted(() => Promise.reject(new Error('disk full')));
    const r = await makeRecord();
    await createRecord(db, r);
    expect(await db.records.get(r.id)).toEqual(r);
  });
});
