import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSAL_RULES, dueForDisposal } from '../../../lib/disposal/rules';
import { disposeRecords } from '../../../lib/disposal/run';
import { ACTOR, freshDb, makeRecord, seed } from '../records/helpers';

const NOW = new Date('2024-12-01T00:00:00.000Z');

describe('disposal (gallring)', () => {
  it('matches praise only after export and after the days have passed, never removed-from-site', async () => {
    const old = '2024-01-01T00:00:00.000Z';
    const exported = '2024-02-01T00:00:00.000Z';
    const due = await makeRecord({ category: 'praise', capturedAt: old, exportedAt: exported });
    const notExported = await makeRecord({ category: 'praise', capturedAt: old });
    const tooNew = await makeRecord({ category: 'praise', capturedAt: '2024-11-20T00:00:00.000Z', exportedAt: exported });
    const question = await makeRecord({ category: 'question', capturedAt: old, exportedAt: exported });
    const removed = await makeRecord({ category: 'praise', capturedAt: old, exportedAt: exported, status: 'removed-from-site' });
    const matches = dueForDisposal([due, notExported, tooNew, question, removed], DEFAULT_DISPOSAL_RULES, NOW);
    expect(matches.map((m) => m.record.id)).toEqual([due.id]);
    const anyRule = [{ ...DEFAULT_DISPOSAL_RULES[0]!, category: 'any' as const, statuses: ['captured', 'removed-from-site'] as const, requireExport: false }];
    expect(dueForDisposal([notExported, question, removed], [{ ...anyRule[0]!, statuses: [...anyRule[0]!.statuses] }], NOW).map((m) => m.record.id)).toEqual([notExported.id, question.id]);
  });

  it('deletes content, screenshot and trail, leaving a log line with id, digest, date and rule only', async () => {
    const db = freshDb();
    const r = await makeRecord({ category: 'praise', capturedAt: '2024-01-01T00:00:00.000Z', exportedAt: '2024-02-01T00:00:00.000Z', text: 'Hemlig text' });
    const keep = await makeRecord();
    await seed(db, [r, keep]);
    await db.screenshots.add({ recordId: r.id, blob: new Blob([new Uint8Array([1])]) });
    const log = await disposeRecords(db, dueForDisposal([r], DEFAULT_DISPOSAL_RULES, NOW), ACTOR);
    expect(log).toHaveLength(1);
    expect(await db.records.get(r.id)).toBeUndefined();
    expect(await db.screenshots.get(r.id)).toBeUndefined();
    expect(await db.audit.where('recordId').equals(r.id).count()).toBe(0);
    expect(await db.records.get(keep.id)).toBeDefined();
    const [entry] = await db.disposals.toArray();
    const { seq: _seq, ...rest } = entry!;
    expect(rest).toEqual({ recordId: r.id, contentSha256: r.contentSha256, at: ACTOR.now.toISOString(), by: 'Eva Holm', ruleId: 'praise-90', ruleLabel: DEFAULT_DISPOSAL_RULES[0]!.label, fromStatus: 'captured' });
    expect(JSON.stringify(entry)).not.toContain('Hemlig');
  });

  it('skips a record that was changed after the preview', async () => {
    const db = freshDb();
    const r = await makeRecord({ category: 'praise', capturedAt: '2024-01-01T00:00:00.000Z', exportedAt: '2024-02-01T00:00:00.000Z' });
    await seed(db, [r]);
    const matches = dueForDisposal([r], DEFAULT_DISPOSAL_RULES, NOW);
    await db.records.update(r.id, { status: 'removed-from-site' });
    expect(await disposeRecords(db, matches, ACTOR)).toEqual([]);
    expect(await db.records.get(r.id)).toBeDefined();
  });
});
