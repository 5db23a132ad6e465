import { browser } from 'wxt/browser';
import { parseGuideFile } from '../settings/guide-settings-file';
import { getGuideSettings, saveGuideSettings } from '../settings/guide-settings-store';
import { getRegistrarSettings, saveRegistrarSettings, RegistrarSettingsSchema } from '../settings/registrar';
import { getSettings, saveSettings } from '../settings/store';
import { readPolicy } from './read';
import type { Policy } from './schema';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes IT's values into the stores every part of the extension already reads (the overlay
 * reads storage.local), so a policy needs no second path through the code. Only what changes
 * is written; the options page shows these fields as locked.
 */
export async function applyPolicy(policy: Policy): Promise<void> {
  if (policy.guide !== undefined || policy.organisation !== undefined) {
    const current = await getGuideSettings();
    let { guide, templates } = current;
    const file = policy.guide === undefined ? undefined : parseGuideFile(policy.guide);
    if (file?.ok) {
      guide = file.guide;
      if (file.templates) templates = file.templates;
    }
    if (policy.organisation !== undefined) guide = { ...guide, organisation: policy.organisation };
    const next = { ...current, guide, templates };
    if (!same(next, current)) await saveGuideSettings(next);
  }
  if (policy.unit !== undefined) {
    const current = await getSettings();
    if (current.profile.unit !== policy.unit) await saveSettings({ ...current, profile: { ...current.profile, unit: policy.unit } });
  }
  if (policy.registrarEmail !== undefined || policy.faultReportUrl !== undefined || policy.directory !== undefined) {
    const current = await getRegistrarSettings();
    const next = {
      ...current,
      ...(policy.registrarEmail !== undefined ? { registrarEmail: policy.registrarEmail } : {}),
      ...(policy.faultReportUrl !== undefined ? { faultReportUrl: policy.faultReportUrl } : {}),
      ...(policy.directory !== undefined ? { directory: policy.directory.map((entry, i) => ({ id: `policy-${i + 1}`, ...entry })) } : {}),
    };
    if (!same(next, current) && RegistrarSettingsSchema.safeParse(next).success) await saveRegistrarSettings(next);
  }
}

/** Applies the policy at every start of the worker and whenever IT changes it. */
export function installPolicy(): void {
  const run = () => void readPolicy().then(({ policy }) => applyPolicy(policy)).catch(() => undefined);
  run();
  browser.storage.onChanged.addListener((_changes, area) => area === 'managed' && run());
}
