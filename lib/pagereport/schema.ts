import { z } from 'zod';

/** One element of the page, with its attributes' names and shaped values, and its children. */
export interface ReportNode {
  /** Tag name, lower case. */
  t: string;
  /** Attributes: name → shaped value (enumerated values kept, see shape.ts). */
  a?: Record<string, string>;
  /** Children: elements, or a text node's shape as a string. */
  c?: (ReportNode | string)[];
  /** Children left out because the report's depth or size cap was reached. */
  cut?: number;
}

export const reportNodeSchema: z.ZodType<ReportNode> = z.lazy(() =>
  z.strictObject({
    t: z.string().max(100),
    a: z.record(z.string().max(100), z.string().max(2_000)).optional(),
    c: z.array(z.union([reportNodeSchema, z.string().max(100)])).optional(),
    cut: z.number().int().nonnegative().optional(),
  }),
);

const countsSchema = z.record(z.string().max(100), z.number().int().nonnegative());

export const itemFieldsSchema = z.strictObject({
  kind: z.enum(['post', 'comment', 'reply', 'selection']).nullable(),
  present: z.array(z.string().max(40)),
  absent: z.array(z.string().max(40)),
  unreadable: z.array(z.string().max(40)),
});

export const PAGE_REPORT_FORMAT = 'kommentarsvakt-sidrapport/1';

export const pageReportSchema = z.strictObject({
  format: z.literal(PAGE_REPORT_FORMAT),
  extension: z.strictObject({ version: z.string().max(40), browser: z.string().max(60) }),
  /** The page's own address, shaped. */
  url: z.string().max(4_000),
  /** The page's links and sources, shaped, with how often each shape occurs. */
  urlShapes: z.record(z.string().max(4_000), z.number().int().nonnegative()),
  counts: z.strictObject({
    elements: z.number().int().nonnegative(),
    textNodes: z.number().int().nonnegative(),
    tags: countsSchema,
    roles: countsSchema,
    ariaAttributes: countsSchema,
    dataAttributes: countsSchema,
    ids: z.number().int().nonnegative(),
  }),
  adapter: z.strictObject({
    id: z.string().max(40).nullable(),
    found: z.number().int().nonnegative(),
    read: z.number().int().nonnegative(),
    /** Per item, field names only. */
    items: z.array(itemFieldsSchema),
    /** Field name → how many items could not give it. */
    unreadableFields: countsSchema,
    error: z.boolean(),
  }),
  tree: reportNodeSchema,
  limits: z.strictObject({
    maxDepth: z.number().int(),
    maxNodes: z.number().int(),
    /** Elements and text nodes left out by the caps (0: the whole page is in the tree). */
    cutNodes: z.number().int().nonnegative(),
    cutAtDepth: z.number().int().nonnegative(),
  }),
});

export type PageReport = z.infer<typeof pageReportSchema>;
export type ItemFields = z.infer<typeof itemFieldsSchema>;

/** lib/pagereport/health.ts's PageHealth, as it arrives from the injected script. */
export const pageHealthSchema = z.strictObject({
  adapter: z.string().max(40).nullable(),
  found: z.number().int().nonnegative(),
  read: z.number().int().nonnegative(),
  unreadableFields: countsSchema,
  signs: z.strictObject({ articles: z.number().int().nonnegative(), replyButtons: z.number().int().nonnegative(), commentCount: z.number().nonnegative() }),
  state: z.enum(['ok', 'no-comments', 'cannot-read']),
  /** Issue 24: whether the site's own Delete/Hide is watched here, or no public source shows its menu. */
  removalCapture: z.enum(['watched', 'no-public-source']).nullable(),
});
