import type { ScreenshotDoubt } from '../records/schema';
import type { ScreenshotDoubtReason } from '../records/screenshot-reasons';

/**
 * One doubt from several checks (before the shot, after it, the tab's state): every reason once,
 * the largest share covered, each description once. Null when none had anything to say.
 */
export function mergeDoubts(...doubts: (ScreenshotDoubt | null | undefined)[]): ScreenshotDoubt | null {
  const reasons = new Set<ScreenshotDoubtReason>();
  let covered: number | undefined;
  const details: string[] = [];
  for (const d of doubts) {
    if (!d) continue;
    for (const r of d.reasons) reasons.add(r);
    if (d.coveredPercent !== undefined) covered = Math.max(covered ?? 0, d.coveredPercent);
    if (d.detail) for (const part of d.detail.split('; ')) if (!details.includes(part)) details.push(part);
  }
  if (reasons.size === 0) return null;
  const doubt: ScreenshotDoubt = { reasons: [...reasons] };
  if (covered !== undefined) doubt.coveredPercent = covered;
  if (details.length > 0) doubt.detail = details.join('; ').slice(0, 2000);
  return doubt;
}

type DoubtKey = `screenshotDoubt.${ScreenshotDoubtReason}` | 'screenshotDoubt.covered' | 'screenshotDoubt.by';

/**
 * The doubt in words, for the user and the registrar: each reason, how much was covered, and what
 * covered it (the page's own names, text only). Works with any of the project's translators.
 */
export function doubtText(doubt: ScreenshotDoubt, t: (key: DoubtKey, vars?: Record<string, string | number>) => string): string {
  const parts = doubt.reasons.map((r) => t(`screenshotDoubt.${r}`));
  if (doubt.coveredPercent !== undefined) parts.push(t('screenshotDoubt.covered', { percent: doubt.coveredPercent }));
  if (doubt.detail) parts.push(t('screenshotDoubt.by', { detail: doubt.detail }));
  return parts.join('; ');
}
