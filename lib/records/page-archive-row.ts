import { z } from 'zod';

/** The single-file copy of a page (MHTML) kept beside its full-page screenshot, keyed like screenshots. */
export const PageArchiveRowSchema = z.object({
  recordId: z.uuid(),
  blob: z.instanceof(Blob),
});
export type PageArchiveRow = z.infer<typeof PageArchiveRowSchema>;
