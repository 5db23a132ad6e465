import { Zip, ZipDeflate } from 'fflate';
import type { RecordsDb } from '../records/db';
import type { AuditEntry, CaptureRecord, Profile } from '../records/schema';
import { buildCsv } from './csv';
import { writeEarkPackage } from './eark/package';
import { buildRegistrarEmailFile } from './eml';
import { buildJson } from './json';
import { buildRecordPdf } from './pdf';
import { auditOf } from './types';

export const EXPORT_FORMATS = ['pdf', 'csv', 'json', 'eark', 'eml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportContext {
  exportedBy: Profile;
  now: Date;
  /** Needed for 'eml' only. */
  mail?: { from: string; to: string; note?: string };
  onProgress?: (done: number, total: number) => void;
}

/** A finished export: the file's bytes in parts, ready for offerDownload. */
export interface ExportFile {
  parts: Uint8Array[];
  fileName: string;
  mime: string;
  size: number;
  warnings: string[];
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

async function loadSelection(db: RecordsDb, ids: readonly string[]): Promise<{ records: CaptureRecord[]; audit: AuditEntry[] }> {
  const rows = await db.records.bulkGet([...ids]);
  const records = rows.filter((r): r is CaptureRecord => r !== undefined);
  if (records.length !== ids.length) throw new Error(`${ids.length - records.length} av posterna finns inte längre.`);
  const audit = await db.audit.where('recordId').anyOf([...ids]).toArray();
  return { records, audit };
}

async function screenshotOf(db: RecordsDb, id: string): Promise<Uint8Array | undefined> {
  const row = await db.screenshots.get(id);
  return row ? new Uint8Array(await row.blob.arrayBuffer()) : undefined;
}

/** One PDF per record, each made and zipped before the next screenshot is read. */
async function pdfZip(db: RecordsDb, records: CaptureRecord[], audit: AuditEntry[], ctx: ExportContext): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  let zipError: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) zipError = err;
    else parts.push(chunk);
  });
  for (const [i, record] of records.entries()) {
    const pdf = await buildRecordPdf({ record, screenshot: await screenshotOf(db, record.id), audit: auditOf(audit, record.id), exportedBy: ctx.exportedBy, exportedAt: ctx.now });
    const entry = new ZipDeflate(`${record.id}.pdf`, { level: 6 });
    entry.mtime = ctx.now;
    zip.add(entry);
    entry.push(pdf, true);
    if (zipError) throw zipError;
    ctx.onProgress?.(i + 1, records.length);
  }
  zip.end();
  if (zipError) throw zipError;
  return parts;
}

/**
 * Builds the export of the selected records, in the order given, entirely before returning:
 * any failure throws and nothing is offered for download (issue 5: no partial file).
 */
export async function runExport(db: RecordsDb, ids: readonly string[], format: ExportFormat, ctx: ExportContext): Promise<ExportFile> {
  const { records, audit } = await loadSelection(db, ids);
  const input = { records, audit, exportedBy: ctx.exportedBy, exportedAt: ctx.now };
  const base = `kommentarsvakt-${stamp(ctx.now)}`;
  const done = (parts: Uint8Array[], fileName: string, mime: string, warnings: string[] = []): ExportFile => ({
    parts,
    fileName,
    mime,
    size: parts.reduce((n, p) => n + p.length, 0),
    warnings,
  });
  switch (format) {
    case 'csv':
      return done([buildCsv(records)], `${base}.csv`, 'text/csv;charset=utf-8');
    case 'json':
      return done([buildJson(input)], `${base}.json`, 'application/json');
    case 'pdf':
      return done(await pdfZip(db, records, audit, ctx), `${base}-pdf.zip`, 'application/zip');
    case 'eark': {
      const parts: Uint8Array[] = [];
      let n = 0;
      const summary = await writeEarkPackage({ ...input, screenshots: async (id) => {
        ctx.onProgress?.(++n, records.length);
        return screenshotOf(db, id);
      }, pageArchives: async (id) => {
        const row = await db.pageArchives.get(id);
        return row ? new Uint8Array(await row.blob.arrayBuffer()) : undefined;
      } }, (chunk) => {
        parts.push(chunk);
      });
      return done(parts, summary.fileName, 'application/zip', summary.warnings);
    }
    case 'eml': {
      if (!ctx.mail) throw new Error('Registratorns adress saknas.');
      const attachments = [];
      for (const [i, record] of records.entries()) {
        const bytes = await buildRecordPdf({ record, screenshot: await screenshotOf(db, record.id), audit: auditOf(audit, record.id), exportedBy: ctx.exportedBy, exportedAt: ctx.now });
        attachments.push({ filename: `${record.id}.pdf`, contentType: 'application/pdf', bytes });
        ctx.onProgress?.(i + 1, records.length);
      }
      const eml = await buildRegistrarEmailFile({ ...input, from: ctx.mail.from, to: ctx.mail.to, attachments, ...(ctx.mail.note ? { note: ctx.mail.note } : {}) });
      return done([eml], `${base}-till-registrator.eml`, 'message/rfc822');
    }
  }
}
