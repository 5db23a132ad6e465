import { describe, expect, it } from 'vitest';
import { translator, type Language } from '../../../lib/i18n';
import { problemText } from '../../../lib/i18n/problem';
import { checkPolicy, type PolicyReading } from '../../../lib/policy/read';
import { exportGuideFile } from '../../../lib/settings/guide-settings-file';
import { DEFAULT_GUIDE } from '../../../lib/guide/default-guide';

/** The reasons as the options page words them. */
const why = (reading: PolicyReading, key: string, lang: Language = 'sv') => reading.refused.find((r) => r.key === key)?.reasons.map((p) => problemText(translator(lang), lang, p));

describe('IT policy, checked key by key (issue 22, point 4)', () => {
  it('valid keys apply as given', () => {
    const guide = exportGuideFile(DEFAULT_GUIDE, []);
    const { policy, refused } = checkPolicy({ unit: ' Kultur ', registrarEmail: 'registrator@kommun.se', directory: [{ name: 'Gata', email: 'gata@kommun.se', kind: 'department' }], guide, sitePacks: ['{}'] });
    expect(refused).toEqual([]);
    expect(policy).toEqual({ unit: 'Kultur', registrarEmail: 'registrator@kommun.se', directory: [{ name: 'Gata', email: 'gata@kommun.se', kind: 'department' }], guide, sitePacks: ['{}'] });
  });

  it('a broken key is refused with its reason; the others still apply; unknown keys are ignored', () => {
    const reading = checkPolicy({
      unit: 'Kultur',
      registrarEmail: 'not an address',
      directory: [{ name: 'Gata', email: 'gata@kommun.se', kind: 'everyone' }],
      guide: '{"version": 1',
      sitePacks: 'not a list',
      organisation: 42,
      script: 'alert(1)',
    });
    expect(reading.policy).toEqual({ unit: 'Kultur' });
    expect(reading.refused.map((r) => r.key).sort()).toEqual(['directory', 'guide', 'organisation', 'registrarEmail', 'sitePacks']);
    // Each reason names the key and what is wrong, in Swedish, and in English where chosen.
    expect(why(reading, 'directory')).toEqual(['directory.0.kind: ska vara något av "department", "person", "fault-report".']);
    expect(why(reading, 'registrarEmail')).toEqual(['registrarEmail: är inte en e-postadress.']);
    expect(why(reading, 'sitePacks')).toEqual(['sitePacks: ska vara en lista.']);
    expect(why(reading, 'organisation')).toEqual(['organisation: ska vara text.']);
    expect(why(reading, 'guide')).toEqual([expect.stringMatching(/^Filen är inte en giltig JSON-fil/)]);
    expect(why(reading, 'registrarEmail', 'en')).toEqual(['registrarEmail: is not an email address.']);
    expect(why(reading, 'guide', 'en')).toEqual([expect.stringMatching(/^The file is not valid JSON/)]);
  });

  it('oversize values are refused', () => {
    const reading = checkPolicy({ sitePacks: ['x'.repeat(64 * 1024 + 1)], guide: 'x'.repeat(512 * 1024 + 1) });
    expect(reading.refused.map((r) => r.key).sort()).toEqual(['guide', 'sitePacks']);
    expect(why(reading, 'sitePacks')).toEqual(['sitePacks.0: är för långt (högst 65536 tecken).']);
    expect(why(reading, 'guide', 'en')).toEqual(['guide: is too long (at most 524288 characters).']);
  });
});
