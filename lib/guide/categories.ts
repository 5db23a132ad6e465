/** The guide's four categories (Bilaga 3), apart from the guide's schema so the content script's messages need no full zod. */
export const CATEGORY_IDS = ['praise', 'question', 'fault-report', 'remove'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
