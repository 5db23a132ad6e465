import { browser } from 'wxt/browser';
import { zodProblem, type Problem } from '../i18n/problem';
import { parseGuideFile } from '../settings/guide-settings-file';
import { POLICY_KEYS, PolicyShapes, type Policy, type PolicyKey } from './schema';

export interface PolicyReading {
  policy: Policy;
  /** Keys IT set whose value was refused, with why (shown in the options, never applied). */
  refused: { key: PolicyKey; reasons: Problem[] }[];
}

/** Checks managed values key by key: what is valid applies, what is not is named. */
export function checkPolicy(raw: Record<string, unknown>): PolicyReading {
  const policy: Record<string, unknown> = {};
  const refused: PolicyReading['refused'] = [];
  for (const key of POLICY_KEYS) {
    if (raw[key] === undefined) continue;
    const parsed = PolicyShapes[key].safeParse(raw[key]);
    const guide = key === 'guide' && parsed.success ? parseGuideFile(parsed.data as string) : undefined;
    if (guide && !guide.ok) refused.push({ key, reasons: [{ text: guide.message }] });
    else if (parsed.success) policy[key] = parsed.data;
    else refused.push({ key, reasons: parsed.error.issues.map((i) => zodProblem(i, raw[key], [key])) });
  }
  return { policy: policy as Policy, refused };
}

/** What IT set for us (nothing where no policy names the extension). */
export async function readPolicy(): Promise<PolicyReading> {
  try {
    return checkPolicy(await browser.storage.managed.get(null as unknown as string));
  } catch {
    // Firefox throws where no policies.json names us; Chromium answers {}.
    return { policy: {}, refused: [] };
  }
}
