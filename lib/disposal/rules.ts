import { z } from 'zod';
import { CATEGORY_IDS } from '../guide/schema';
import { RECORD_STATUSES, type CaptureRecord } from '../records/schema';
import { checkTransition } from '../records/statuses';

/**
 * Disposal (gallring) rules, §1.6: records of little importance may be thrown away after a
 * time. A rule names a category (or any), the statuses it applies to, how many days after
 * capture, and whether the record must have been exported first (SPEC: "never before they were
 * exported when export is required").
 */
export const DisposalRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,50}$/),
  label: z.string().trim().min(1).max(200),
  category: z.enum([...CATEGORY_IDS, 'any']),
  statuses: z.array(z.enum(RECORD_STATUSES)).min(1),
  afterDays: z.number().int().min(0).max(36_500),
  requireExport: z.boolean(),
});
export type DisposalRule = z.infer<typeof DisposalRuleSchema>;

export const DEFAULT_DISPOSAL_RULES: DisposalRule[] = [
  { id: 'praise-90', label: 'Beröm och allmänt tyckande, exporterat, efter 90 dagar', category: 'praise', statuses: ['captured', 'kept'], afterDays: 90, requireExport: true },
];

export interface DisposalMatch {
  record: CaptureRecord;
  rule: DisposalRule;
}

const DAY = 86_400_000;

/** The first rule that applies to the record, if any. Never a record the table would refuse. */
export function ruleFor(record: CaptureRecord, rules: readonly DisposalRule[], now: Date): DisposalRule | undefined {
  if (checkTransition(record.status, 'disposed') !== null) return undefined;
  return rules.find(
    (rule) =>
      (rule.category === 'any' || record.category === rule.category) &&
      rule.statuses.includes(record.status) &&
      now.getTime() - Date.parse(record.capturedAt) >= rule.afterDays * DAY &&
      (!rule.requireExport || record.exportedAt !== undefined),
  );
}

/** Every record the rules would dispose of now. Pure: nothing happens until the user confirms. */
export function dueForDisposal(records: readonly CaptureRecord[], rules: readonly DisposalRule[], now: Date): DisposalMatch[] {
  return records.flatMap((record) => {
    const rule = ruleFor(record, rules, now);
    return rule ? [{ record, rule }] : [];
  });
}
