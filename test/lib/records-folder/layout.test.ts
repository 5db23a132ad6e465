import { describe, expect, it } from 'vitest';
import { eventDigest, eventFileName, idFromDirName, recordDirName, safeSegment } from '../../../lib/records-folder/layout';

describe('records folder names', () => {
  it('names a record folder by its Stockholm capture date, platform, author and id', () => {
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    const name = recordDirName({ id: '0f8fad5b-d9cb-469f-a165-70867728950e', capturedAt: '2025-12-31T23:30:00.000Z', platform: 'instagram', author: 'Åsa Öberg' });
    expect(name).toBe('2026-01-01_instagram_Åsa-Öberg_0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(idFromDirName(name)).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('keeps hostile author names inside the folder and short', () => {
    expect(safeSegment('../../etc/passwd')).toBe('etc-passwd');
    expect(safeSegment('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(safeSegment('a\u0000b\u202ec:d*e?f')).toBe('a-b-c-d-e-f');
    expect(safeSegment('💥💥💥')).toBe('okand');
    expect(safeSegment('')).toBe('okand');
    expect([...safeSegment('x'.repeat(500))]).toHaveLength(40);
  });

  it('a folder name without an id is not ours', () => {
    expect(idFromDirName('Semesterbilder')).toBeUndefined();
    expect(idFromDirName('2026-01-01_facebook_x_not-a-uuid')).toBeUndefined();
  });

  it('names an event by time and digest: the same entry twice has one name, another entry another', async () => {
    const entry = { recordId: '0f8fad5b-d9cb-469f-a165-70867728950e', at: '2026-03-01T09:15:00.000Z', by: 'Eva Holm', from: 'captured', to: 'kept' };
    const digest = await eventDigest({ ...entry, seq: 4 });
    expect(await eventDigest({ ...entry, seq: 9 })).toBe(digest);
    expect(await eventDigest({ ...entry, by: 'Anna Berg' })).not.toBe(digest);
    expect(eventFileName(entry, digest)).toBe(`20260301T091500000Z_${digest.slice(0, 32)}.json`);
  });
});
