import type { RecordsDb } from '../records/db';
import type { AuditEntry, CaptureRecord, Profile } from '../records/schema';
import { buildCsv } from './csv';
import { writeEarkPackage } from './eark/package';
import { buildRegistrarEmailFile } from './eml';
import { recordBaseName, uniqueNames } from './fileNames';
import { fileStamp } from './fileStamp';
import { buildJson } from './json';
import { buildRecordPdf } from './pdf';
import { openPdfMaker } from './pdfMaker';
import { openExportSink, type ExportSink } from './sink';
import { auditOf } from './types';
import { openZipStream } from './zipStream';

export const EXPORT_FORMATS = ['pdf', 'csv', 'json', 'eark', 'eml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportContext {
  exportedBy: Profile;
  now: Date;
  /** Needed for 'eml' only. */
  mail?: { from: string; to: string; note?: string };
  onProgress?: (done: number, total: number) => void;
}

/** A finished export, ready for offerDownload. */
export interface ExportFile {
  /** The whole file: for the zips a File on disk (OPFS) where the browser allows, else in memory. */
  blob: Blob;
  fileName: string;
  mime: string;
  size: number;
  warnings: string[];
  /** Deletes the file's temporary copy once the download has read it (a no-op in memory). */
  release: () => Promise<void>;
}


async function loadSelection(db: RecordsDb, ids: readonly string[]): Promise<{ records: CaptureRecord[]; audit: AuditEntry[] }> {
  const rows = await db.records.bulkGet([...ids]);
  const records = rows.filter((r): r is CaptureRecord => r !== undefined);
  if (records.length !== ids.length) throw new Error(`${ids.length - records.length} av posterna finns inte längre.`);
  const audit = await db.audit.where('recordId').anyOf([...ids]).toArray();
  return { records, audit };
}

/** Screenshots (tens of kB) are read this many at a time, with one IndexedDB request each. */
const BATCH = 32;
/** Page copies (MHTML) can be megabytes each: fewer at a time. */
const ARCHIVE_BATCH = 2;

/**
 * Blob bytes by record id for records asked for in `ids` order: `read` a batch at a time (one
 * bulkGet, the Blobs read in parallel), the next batch already on its way while the current
 * one is used, and none kept once handed over, so at most two batches are held.
 */
export function batchedBlobs(ids: readonly string[], read: (ids: string[]) => Promise<({ blob: Blob } | undefined)[]>, size = BATCH): (id: string) => Promise<Uint8Array | undefined> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const batches = new Map<number, Promise<Map<string, Uint8Array>>>();
  const load = (b: number): Promise<Map<string, Uint8Array>> => {
    let batch = batches.get(b);
    if (!batch) {
      const slice = ids.slice(b * size, (b + 1) * size);
      batch = read(slice).then(async (rows) => new Map(await Promise.all(rows.flatMap((row, i) => (row ? [row.blob.arrayBuffer().then((buf) => [slice[i]!, new Uint8Array(buf)] as const)] : [])))));
      // A failed read is thrown to the one who asks for it, not left unhandled meanwhile.
      batch.catch(() => undefined);
      batches.set(b, batch);
    }
    return batch;
  };
  return async (id) => {
    const i = index.get(id);
    if (i === undefined) return undefined;
    const b = Math.floor(i / size);
    for (const old of batches.keys()) if (old < b) batches.delete(old);
    if ((b + 1) * size < ids.length) void load(b + 1);
    const batch = await load(b);
    const bytes = batch.get(id);
    batch.delete(id);
    return bytes;
  };
}

/**
 * One PDF per record, in the order given, with its file name (unique in the set); the next
 * screenshot is read only once the caller has used the PDF, and progress counts used PDFs.
 */
async function* recordPdfs(db: RecordsDb, records: CaptureRecord[], audit: AuditEntry[], ctx: ExportContext): AsyncGenerator<{ fileName: string; bytes: Uint8Array }> {
  const screenshotOf = batchedBlobs(
    records.map((r) => r.id),
    (ids) => db.screenshots.bulkGet(ids),
  );
  const nameOf = uniqueNames();
  for (const [i, record] of records.entries()) {
    const bytes = await buildRecordPdf({ record, screenshot: await screenshotOf(record.id), audit: auditOf(audit, record.id), exportedBy: ctx.exportedBy, exportedAt: ctx.now });
    yield { fileName: nameOf(recordBaseName(record), 'pdf'), bytes };
    ctx.onProgress?.(i + 1, records.length);
  }
}

/** One PDF per record, each zipped before the next screenshot is read. */
async function pdfZip(db: RecordsDb, records: CaptureRecord[], audit: AuditEntry[], ctx: ExportContext, sink: ExportSink): Promise<void> {
  const zip = openZipStream((chunk) => sink.write(chunk), ctx.now);
  // Stored, not deflated: pdf-lib compresses the PDF's streams already.
  for await (const pdf of recordPdfs(db, records, audit, ctx)) await zip.add(pdf.fileName, pdf.bytes, true);
  await zip.end();
}

/** Writes a zip through a sink (OPFS or memory); on any failure the partial file is dropped. */
async function zipFile(fileName: string, write: (sink: ExportSink) => Promise<{ fileName: string; warnings: string[] } | void>): Promise<ExportFile> {
  const sink = await openExportSink(fileName);
  try {
    const summary = await write(sink);
    const name = summary ? summary.fileName : fileName;
    const blob = await sink.close('application/zip');
    return { blob, fileName: name, mime: 'application/zip', size: blob.size, warnings: summary ? summary.warnings : [], release: () => sink.release() };
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

/**
 * Builds the export of the selected records, in the order given, entirely before returning:
 * any failure throws, the partial file is deleted, and nothing is offered for download
 * (issue 5: no partial file). The zips are streamed to disk where the browser allows
 * (lib/export/sink.ts), so their size is not held in memory; the records' metadata is (the
 * CSV, METS and ERMS files that list every record are written from it at the end).
 */
export async function runExport(db: RecordsDb, ids: readonly string[], format: ExportFormat, ctx: ExportContext): Promise<ExportFile> {
  const { records, audit } = await loadSelection(db, ids);
  const input = { records, audit, exportedBy: ctx.exportedBy, exportedAt: ctx.now };
  const base = `kommentarsvakt-${fileStamp(ctx.now)}`;
  const done = (parts: Uint8Array[], fileName: string, mime: string): ExportFile => {
    const blob = new Blob(parts as BlobPart[], { type: mime });
    return { blob, fileName, mime, size: blob.size, warnings: [], release: () => Promise.resolve() };
  };
  switch (format) {
    case 'csv':
      return done([buildCsv(records)], `${base}.csv`, 'text/csv;charset=utf-8');
    case 'json':
      return done([buildJson(input)], `${base}.json`, 'application/json');
    case 'pdf':
      return await zipFile(`${base}-pdf.zip`, (sink) => pdfZip(db, records, audit, ctx, sink));
    case 'eark':
      return await zipFile(`${base}.zip`, async (sink) => {
        const ids = records.map((r) => r.id);
        const screenshots = batchedBlobs(ids, (batch) => db.screenshots.bulkGet(batch));
        // Only page screenshots have a page copy: ask for theirs alone.
        const pageArchives = batchedBlobs(
          records.filter((r) => r.page?.mhtml).map((r) => r.id),
          (batch) => db.pageArchives.bulkGet(batch),
          ARCHIVE_BATCH,
        );
        let n = 0;
        const pdfs = openPdfMaker();
        try {
          return await writeEarkPackage(
            {
              ...input,
              screenshots: (id) => {
                ctx.onProgress?.(++n, records.length);
                return screenshots(id);
              },
              pageArchives,
              pdf: (pdfInput) => pdfs.make(pdfInput),
            },
            (chunk) => sink.write(chunk),
          );
        } finally {
          pdfs.close();
        }
      });
    case 'eml': {
      if (!ctx.mail) throw new Error('Registratorns adress saknas.');
      const attachments = [];
      for await (const pdf of recordPdfs(db, records, audit, ctx)) attachments.push({ filename: pdf.fileName, contentType: 'application/pdf', bytes: pdf.bytes });
      const eml = await buildRegistrarEmailFile({ ...input, from: ctx.mail.from, to: ctx.mail.to, attachments, ...(ctx.mail.note ? { note: ctx.mail.note } : {}) });
      return done([eml], `${base}-till-registrator.eml`, 'message/rfc822');
    }
  }
}
