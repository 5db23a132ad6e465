import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { fileStamp } from '../export/fileStamp';
import { pageHealthSchema, pageReportSchema, type PageReport } from './schema';
import type { PageHealth } from './health';

/** The injected scripts, built from entrypoints/page-health.ts and page-report.ts. */
export const PAGE_HEALTH_FILE = '/page-health.js' as const;
export const PAGE_REPORT_FILE = '/page-report.js' as const;

/** 'not-allowed': a page we may not read (the browser's own, another extension's, a store). */
export type FromTab<T> = { ok: true; value: T } | { ok: false; reason: 'not-allowed' | 'invalid' };

/** Runs one of our scripts in the tab's top frame and checks what it returns. */
async function fromTab<S extends z.ZodType>(tabId: number, file: typeof PAGE_HEALTH_FILE | typeof PAGE_REPORT_FILE, schema: S): Promise<FromTab<z.infer<S>>> {
  let result: unknown;
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    result = first?.result;
  } catch {
    return { ok: false, reason: 'not-allowed' };
  }
  const parsed = schema.safeParse(result);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'invalid' };
}

/** How well the adapter reads the page in this tab (issue 22). */
export function healthOfTab(tabId: number): Promise<FromTab<PageHealth>> {
  return fromTab(tabId, PAGE_HEALTH_FILE, pageHealthSchema);
}

/** The page report of the page in this tab, as the file "Spara sidrapport" saves. */
export function reportOfTab(tabId: number): Promise<FromTab<PageReport>> {
  return fromTab(tabId, PAGE_REPORT_FILE, pageReportSchema);
}

/** "sidrapport-facebook-20261207-012000.json": the site, never the page's address. */
export function reportFileName(report: PageReport, at: Date): string {
  return `sidrapport-${report.adapter.id ?? 'sida'}-${fileStamp(at)}.json`;
}
