import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../lib/policy/read';
import { exportGuideFile } from '../../../lib/settings/guide-settings-file';
import { DEFAULT_GUIDE } from '../../../lib/guide/default-guide';

describe('IT policy, checked key by key (issue 22, point 4)', () => {
  it('valid keys apply as given', () => {
    const guide = exportGuideFile(DEFAULT_GUIDE, []);
    const { policy, refused } = checkPolicy({ unit: ' Kultur ', registrarEmail: 'registrator@kommun.se', directory: [{ name: 'Gata', email: 'gata@kommun.se', kind: 'department' }], guide, sitePacks: ['{}'] });
    expect(refused).toEqual([]);
    expect(policy).toEqual({ unit: 'Kultur', registrarEmail: 'registrator@kommun.se', directory: [{ name: 'Gata', email: 'gata@kommun.se', kind: 'department' }], guide, sitePacks: ['{}'] });
  });

  it('a broken key is refused with its reason; the others still apply; unknown keys are ignored', () => {
    const { policy, refused } = checkPolicy({
      unit: 'Kultur',
      registrarEmail: 'not an address',
      directory: [{ name: 'Gata', email: 'gata@kommun.se', kind: 'everyone' }],
      guide: '{"version": 1',
      sitePacks: 'not a list',
      organisation: 42,
      script: 'alert(1)',
    });
    expect(policy).toEqual({ unit: 'Kultur' });
    expect(refused.map((r) => r.key).sort()).toEqual(['directory', 'guide', 'organisation', 'registrarEmail', 'sitePacks']);
    expect(refused.find((r) => r.key === 'directory')?.reason).toMatch(/^directory\.0\.kind: /);
  });

  it('oversize values are refused', () => {
    const { refused } = checkPolicy({ sitePacks: ['x'.repeat(64 * 1024 + 1)], guide: 'x'.repeat(512 * 1024 + 1) });
    expect(refused.map((r) => r.key).sort()).toEqual(['guide', 'sitePacks']);
  });
});
