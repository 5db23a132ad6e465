/** What differs from an item's previous version (./versions.ts), as codes the UI words (i18n `versions.change.*`). */
export const VERSION_CHANGES = ['text', 'author', 'published', 'parent', 'link'] as const;
export type VersionChange = (typeof VERSION_CHANGES)[number];
