import { describe, expect, it } from 'vitest';
import { fileDay, fileStamp } from '../../../lib/export/fileStamp';

// File names say the time in Stockholm, as the UI does: an export made at 00:30 on 11 March in
// Sweden is named for 11 March, not for the 10th as UTC would have it.
describe('file-name times', () => {
  it('fileStamp: compact Stockholm date and time, seconds kept, nothing a file system refuses', () => {
    expect(fileStamp(new Date('2026-03-10T12:15:07.981Z'))).toBe('20260310-131507');
    expect(fileStamp(new Date('2026-07-10T12:15:07.981Z'))).toBe('20260710-141507');
    expect(fileStamp(new Date('2026-12-31T23:59:59.999Z'))).toBe('20270101-005959');
    expect(fileStamp(new Date('2026-03-10T12:15:07.981Z'))).toMatch(/^\d{8}-\d{6}$/);
  });

  it('fileDay: the Stockholm day, also just after midnight in Sweden and around the change to summer time', () => {
    expect(fileDay(new Date('2026-03-10T12:15:07.981Z'))).toBe('2026-03-10');
    expect(fileDay(new Date('2026-03-10T23:30:00Z'))).toBe('2026-03-11');
    expect(fileDay(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29');
    expect(fileDay(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
  });
});
