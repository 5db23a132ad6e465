import { describe, expect, it } from 'vitest';
import { fileDay, fileStamp } from '../../../lib/export/fileStamp';

describe('file-name times', () => {
  it('fileStamp: compact UTC date and time, seconds kept, nothing a file system refuses', () => {
    expect(fileStamp(new Date('2026-03-10T12:15:07.981Z'))).toBe('20260310-121507');
    expect(fileStamp(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231-235959');
  });

  it('fileDay: the UTC day, as the guide and channel exports have always named their files', () => {
    expect(fileDay(new Date('2026-03-10T12:15:07.981Z'))).toBe('2026-03-10');
    expect(fileDay(new Date('2026-03-10T23:30:00Z'))).toBe('2026-03-10');
  });
});
