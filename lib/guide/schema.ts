import { z } from 'zod';
import { WordListsSchema } from './word-lists';

/**
 * The response guide as data (DESIGN.md decision 4): Bilaga 3's four categories, the §3 reasons
 * for removal and Bilaga 1's questions. Organisations edit, export and import it; Tyresö's
 * guideline is the shipped default (./default-guide.ts).
 */

/** Version of the guide file format. A file with another version is refused on import. */
export const GUIDE_VERSION = 1;

export { CATEGORY_IDS, type CategoryId } from './categories';

/** Every text shown to users exists in Swedish (the default) and English. */
export const LocalizedTextSchema = z.object({
  sv: z.string().trim().min(1).max(5000),
  en: z.string().trim().min(1).max(5000),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** One row of Bilaga 3: what each role does with a post of this category. */
export const GuideCategorySchema = z.object({
  name: LocalizedTextSchema,
  /** Informatör/kundtjänst, first. */
  adminFirst: LocalizedTextSchema,
  registration: LocalizedTextSchema,
  /** Handläggare (case officer in the department concerned). */
  caseOfficer: LocalizedTextSchema,
  /** Informatör/kundtjänst, last. */
  adminLast: LocalizedTextSchema,
});
export type GuideCategory = z.infer<typeof GuideCategorySchema>;

const idSchema = z
  .string()
  // Records keep these ids (removalReasons: at most 100 characters each): an import may not exceed that.
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens');

export const RemovalReasonSchema = z.object({
  id: idSchema,
  label: LocalizedTextSchema,
  /** Where the guideline says so, e.g. "§3", "§3.5". */
  section: z.string().max(50).optional(),
});
export type RemovalReason = z.infer<typeof RemovalReasonSchema>;

/** One step of Bilaga 1. A step without yes/no is a statement (the flowchart has one). */
export const FlowQuestionSchema = z.object({
  id: idSchema,
  question: LocalizedTextSchema,
  /** What to do on yes / on no. */
  yes: LocalizedTextSchema.optional(),
  no: LocalizedTextSchema.optional(),
});
export type FlowQuestion = z.infer<typeof FlowQuestionSchema>;

function uniqueIds<T extends { id: string }>(items: T[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${item.id}"`, params: { kind: 'duplicate-id', id: item.id } });
    }
    seen.add(item.id);
  });
}

export const GuideSchema = z.object({
  version: z.literal(GUIDE_VERSION),
  /** Whose guide this is, e.g. "Tyresö kommun". */
  organisation: z.string().trim().min(1).max(200),
  /** The organisation's web site, referred to in answers (Bilaga 3) and for political questions (§3.2). */
  website: z.string().trim().min(1).max(500),
  /** Where the guideline comes from, e.g. its title, date and Dnr. */
  source: z.string().max(1000).optional(),
  categories: z.object({
    praise: GuideCategorySchema,
    question: GuideCategorySchema,
    'fault-report': GuideCategorySchema,
    remove: GuideCategorySchema,
  }),
  removalReasons: z.array(RemovalReasonSchema).min(1).max(100).superRefine(uniqueIds),
  /** Bilaga 1, in the order they are asked. */
  flowQuestions: z.array(FlowQuestionSchema).min(1).max(50).superRefine(uniqueIds),
  /** Where political questions are referred (§3.2). */
  politicalReferral: LocalizedTextSchema,
  /** The word lists behind the suggestions; absent in older files, which then use the shipped lists. */
  wordLists: WordListsSchema.optional(),
});
export type Guide = z.infer<typeof GuideSchema>;
