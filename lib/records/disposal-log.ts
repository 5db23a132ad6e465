import { z } from 'zod';

/**
 * One line of the disposal log (gallringslogg): that a record existed and was disposed of, by
 * which rule, when and by whom, with its digests so a copy elsewhere can be matched to it.
 * Deliberately nothing of the content (no author, no text, no screenshot).
 */
export const DisposalEntrySchema = z.object({
  seq: z.number().int().optional(),
  recordId: z.uuid(),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  screenshotSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  at: z.iso.datetime({ offset: true }),
  by: z.string().max(200),
  ruleId: z.string().max(100),
  ruleLabel: z.string().max(500),
  fromStatus: z.string().max(50),
});
export type DisposalEntry = z.infer<typeof DisposalEntrySchema>;
