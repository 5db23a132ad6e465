import { z } from 'zod';
import { CATEGORY_IDS } from '../guide/schema';

/** A reply template. Variable syntax and names: ./variables.ts. */
export const TemplateSchema = z.object({
  id: z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens'),
  name: z.object({ sv: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
  /** The Bilaga 3 category it suits; null for any. */
  category: z.enum(CATEGORY_IDS).nullable(),
  /** Swedish is required; English is used for English replies when present. */
  body: z.object({ sv: z.string().trim().min(1).max(5000), en: z.string().trim().min(1).max(5000).optional() }),
});
export type Template = z.infer<typeof TemplateSchema>;

/** How replies are signed (§3.2: name, title and unit). */
export const SIGNATURE_FORMATS = ['name-title-unit', 'first-name'] as const;
export type SignatureFormat = (typeof SIGNATURE_FORMATS)[number];
