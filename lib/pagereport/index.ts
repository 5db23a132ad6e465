import { browser } from 'wxt/browser';
import { itemFields, runAdapter, unreadableFields } from './adapter-run';
import { pageCounts } from './counts';
import { PAGE_REPORT_FORMAT, type PageReport } from './schema';
import { elementTree, type TreeLimits } from './tree';
import { urlShape } from './url-shape';

export { pageReportSchema, PAGE_REPORT_FORMAT, type PageReport, type ReportNode } from './schema';

/** Deep enough for Facebook's nesting (about 60 levels to a comment's text), small enough to mail. */
export const REPORT_LIMITS: TreeLimits = { maxDepth: 80, maxNodes: 20_000 };

export interface ReportOptions {
  /** The extension's version and the browser; read from the running extension when left out. */
  extension?: { version: string; browser: string };
  limits?: TreeLimits;
}

/** "Firefox 153", "Chrome 156", "Edge 140": the browser's name and major version, nothing more. */
export function browserName(userAgent: string): string {
  for (const [re, name] of [[/Edg\/(\d+)/, 'Edge'], [/Firefox\/(\d+)/, 'Firefox'], [/Chrom(?:e|ium)\/(\d+)/, 'Chrome']] as const) {
    const m = re.exec(userAgent);
    if (m) return `${name} ${m[1]}`;
  }
  return 'unknown';
}

function extensionInfo(doc: Document): { version: string; browser: string } {
  let version = 'unknown';
  try {
    // Outside the extension (tests, a page) there is no runtime: the report still works.
    version = browser.runtime.getManifest().version;
  } catch {
    // Left as unknown.
  }
  return { version, browser: browserName(doc.defaultView?.navigator.userAgent ?? '') };
}

/**
 * Sidrapport: the page's structure, for writing a new fixture and selector, holding none of its
 * text, names, links or ids (every such value is a placeholder of length and character class,
 * see shape.ts), plus which fields the adapter could read, by name. Plain JSON.
 */
export function pageReport(doc: Document, options: ReportOptions = {}): PageReport {
  const limits = options.limits ?? REPORT_LIMITS;
  const run = runAdapter(doc);
  const { counts, urlShapes } = pageCounts(doc);
  const { tree, cutNodes, cutAtDepth } = elementTree(doc, limits);
  return {
    format: PAGE_REPORT_FORMAT,
    extension: options.extension ?? extensionInfo(doc),
    url: urlShape(doc.URL),
    urlShapes,
    counts,
    adapter: {
      id: run.adapter,
      found: run.found,
      read: run.readings.filter((r) => r !== null).length,
      items: run.readings.map(itemFields),
      unreadableFields: unreadableFields(run.readings),
      error: run.error,
    },
    tree,
    limits: { maxDepth: limits.maxDepth, maxNodes: limits.maxNodes, cutNodes, cutAtDepth },
  };
}
