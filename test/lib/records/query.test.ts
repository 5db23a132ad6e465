import { describe, expect, it } from 'vitest';
import { isOverdue, queryRecords, recordMatcher, stockholmDayStart } from '../../../lib/records/query';
import { freshDb, makeRecord, seed } from './helpers';

const NOW = new Date('2024-03-10T12:00:00.000Z');

describe('queue filters', () => {
  it('finds the start of a Stockholm day in winter and summer time', () => {
    expect(stockholmDayStart('2024-01-15').toISOString()).toBe('2024-01-14T23:00:00.000Z');
    expect(stockholmDayStart('2024-07-15').toISOString()).toBe('2024-07-14T22:00:00.000Z');
  });

  it('filters by status, platform, category, dates, overdue and text, newest first', async () => {
    const db = freshDb();
    const a = await makeRecord({ platform: 'facebook', author: 'Karin Lindqvist', text: 'Badhuset söndag?', capturedAt: '2024-03-05T23:30:00.000Z', category: 'question', dueAt: '2024-03-06T23:30:00.000Z' });
    const b = await makeRecord({ platform: 'instagram', author: 'Åsa', text: 'BERÖM till personalen', capturedAt: '2024-03-07T10:00:00.000Z', category: 'praise' });
    const c = await makeRecord({ platform: 'facebook', author: 'X', text: 'y', capturedAt: '2024-03-08T10:00:00.000Z', status: 'kept', dueAt: '2024-03-01T00:00:00.000Z' });
    await seed(db, [a, b, c]);
    const ids = async (f: Parameters<typeof queryRecords>[1]) => (await queryRecords(db, f, NOW)).map((r) => r.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ status: 'kept' })).toEqual([c.id]);
    expect(await ids({ platform: 'facebook' })).toEqual([c.id, a.id]);
    expect(await ids({ category: 'praise' })).toEqual([b.id]);
    expect(await ids({ category: 'none' })).toEqual([c.id]);
    // 23:30 UTC on the 5th is 00:30 on the 6th in Stockholm.
    expect(await ids({ from: '2024-03-06', to: '2024-03-06' })).toEqual([a.id]);
    expect(await ids({ to: '2024-03-05' })).toEqual([]);
    expect(await ids({ overdue: true })).toEqual([a.id]);
    expect(await ids({ search: 'beröm' })).toEqual([b.id]);
    expect(await ids({ search: 'karin', platform: 'facebook' })).toEqual([a.id]);
    expect(isOverdue(c, NOW)).toBe(false);
  });

  it('filters 10,000 records in memory well within 100 ms', async () => {
    const r = await makeRecord();
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ ...r, id: String(i), author: `Person ${i}`, text: `Text nummer ${i} om badhuset` }));
    const started = performance.now();
    const hits = rows.filter(recordMatcher({ search: 'nummer 9999', platform: r.platform }, NOW));
    expect(hits).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
