import type { Guide } from '../../lib/guide/schema';
import type { Policy } from '../../lib/policy/schema';
import { parseGuideFile } from '../../lib/settings/guide-settings-file';

/**
 * The guide IT's policy sets, read as the background applies it (lib/policy/apply.ts), so the
 * locked editor shows what is in force even before the background has written it. Undefined
 * where the policy sets no guide (or one that was refused: that one is not applied either).
 */
export function policyGuide(policy: Policy | undefined): { guide: Guide; /** The file carries the organisation's templates too. */ templates: boolean } | undefined {
  if (policy?.guide === undefined) return undefined;
  const file = parseGuideFile(policy.guide);
  return file.ok ? { guide: file.guide, templates: file.templates !== undefined } : undefined;
}
