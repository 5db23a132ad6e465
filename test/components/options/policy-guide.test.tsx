import { describe, expect, it } from 'vitest';
import { policyGuide } from '../../../components/options/policy-guide';
import { DEFAULT_GUIDE } from '../../../lib/guide/default-guide';
import { exportGuideFile } from '../../../lib/settings/guide-settings-file';
import { DEFAULT_TEMPLATES } from '../../../lib/templates/default-templates';

// Issue 22: the options page's guide and template editors are locked by what this reads.
describe('the guide IT sets, as the locked editors show it', () => {
  const guide = { ...DEFAULT_GUIDE, organisation: 'Tyresö kommun (IT)' };

  it('no guide in the policy: nothing locked', () => {
    expect(policyGuide(undefined)).toBeUndefined();
    expect(policyGuide({ unit: 'Kultur' })).toBeUndefined();
  });

  it('a guide file without templates locks the guide only', () => {
    const text = JSON.stringify(JSON.parse(exportGuideFile(guide, [])) as object, (k, v: unknown) => (k === 'templates' ? undefined : v));
    expect(policyGuide({ guide: text })).toEqual({ guide, templates: false });
  });

  it('a guide file with templates locks the organisation’s templates too', () => {
    expect(policyGuide({ guide: exportGuideFile(guide, [DEFAULT_TEMPLATES[0]!]) })).toEqual({ guide, templates: true });
  });
});
