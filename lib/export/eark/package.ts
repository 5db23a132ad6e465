import { sha256Hex } from '../../records/digests';
import type { CaptureRecord } from '../../records/schema';
import { buildCsv } from '../csv';
import { fileStamp } from '../fileStamp';
import { jsonExportText } from '../json';
import { profileLabel } from '../labels';
import { buildRecordPdf, recordTitle, type RecordPdfInput } from '../pdf';
import { auditIndex, screenshotBytes, type ExportInput, type ScreenshotSource } from '../types';
import { openZipStream, type ChunkSink } from '../zipStream';
import { ermsXml, type ErmsRecordFiles } from './erms';
import { representationMets, rootMets, type MetsFile, type MetsHeader } from './mets';
import { SCHEMA_FILES } from './schemaFiles';

export interface EarkPackageInput extends ExportInput {
  /** Screenshot bytes by record id; a loader lets a large export read them one at a time. */
  screenshots?: ScreenshotSource;
  /** Issue 6: the MHTML copy of a page screenshot's page, by record id (same loader shape). */
  pageArchives?: ScreenshotSource;
  /** OBJID and root folder name; by default a UUID derived from the export's content. */
  packageId?: string;
  /** Written as the software agent's version (CSIP15). */
  softwareVersion?: string;
  /** Makes a record's PDF; by default buildRecordPdf in this thread (lib/export/pdfMaker.ts runs it in a worker). */
  pdf?: (input: RecordPdfInput) => Promise<Uint8Array>;
}

/** Records whose screenshot and PDF are under way ahead of the one being zipped. */
const AHEAD = 4;

/** A file in the package: path from the package root, as the verifier recomputes it. */
export interface PackagedFile {
  path: string;
  size: number;
  sha256: string;
}

export interface EarkPackageSummary {
  packageId: string;
  /** Suggested name for the zip file. */
  fileName: string;
  /** Every file, METS.xml last; paths inside the zip are `${packageId}/${path}`. */
  files: PackagedFile[];
  /** Characters XML cannot hold, replaced by U+FFFD in ERMS.xml (verbatim in the JSON files). */
  xmlReplacedChars: number;
  /** Problems found while packing, in Swedish, e.g. a screenshot whose digest does not match its record. */
  warnings: string[];
}

const REP = 'rep1';
const textEncoder = new TextEncoder();

/** A UUID (version 8, RFC 9562) derived from the export, so the same export gets the same id. */
async function derivedPackageId(input: ExportInput): Promise<string> {
  const hex = await sha256Hex(JSON.stringify([input.exportedAt.toISOString(), input.exportedBy, input.records.map((r) => r.id)]));
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Named by the bytes' signature (PNG or JPEG); unknown bytes by the type stored with the record. */
function screenshotType(record: CaptureRecord, bytes: Uint8Array): { ext: string; mime: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { ext: 'jpg', mime: 'image/jpeg' };
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return { ext: 'png', mime: 'image/png' };
  return record.screenshot.status === 'ok' && record.screenshot.mime === 'image/jpeg' ? { ext: 'jpg', mime: 'image/jpeg' } : { ext: 'png', mime: 'image/png' };
}

const isCompressed = (mimeType: string): boolean => mimeType.startsWith('image/') || mimeType === 'application/pdf';

/**
 * Writes an E-ARK CSIP / FGS 2.0 style information package as a zip, file by file, to `sink`:
 *
 *     <packageId>/METS.xml                            root METS (CSIP), written last
 *     <packageId>/metadata/descriptive/ERMS.xml       the export as one case (ERMS caseFile), one record per capture
 *     <packageId>/documentation/kommentarer.csv       the diarium import table (lib/export/csv.ts)
 *     <packageId>/schemas/*.xsd                       METS, XLink, CSIP extension, ERMS
 *     <packageId>/representations/rep1/METS.xml       the representation's METS
 *     <packageId>/representations/rep1/data/<id>.pdf  readable document per record
 *     <packageId>/representations/rep1/data/<id>.png  screenshot (or .jpg), where there is one
 *     <packageId>/representations/rep1/data/<id>.json the record and its audit trail, lossless
 *
 * Memory stays flat in the record count: each record's files are made, hashed, pushed into
 * fflate's streaming Zip and handed to the sink before the next record's screenshot is read;
 * only file names, sizes and digests are kept for the METS files at the end.
 */
export async function writeEarkPackage(input: EarkPackageInput, sink: ChunkSink): Promise<EarkPackageSummary> {
  const packageId = input.packageId ?? (await derivedPackageId(input));
  const createdAt = input.exportedAt.toISOString();
  const files: PackagedFile[] = [];
  const warnings: string[] = [];
  const zip = openZipStream(sink, input.exportedAt);

  /** Adds one file; images and PDFs are stored as they are, text is deflated. */
  const add = async (path: string, bytes: Uint8Array, mimeType: string, created = createdAt, id = `ID-${files.length + 1}`): Promise<MetsFile & { path: string }> => {
    // PNG, JPEG and pdf-lib's PDFs are deflate streams already: deflating them again cost most
    // of a large export's time (9 ms a record) for 0.1 % smaller files.
    // The digest runs off the main thread (WebCrypto) while fflate zips on it.
    const digest = sha256Hex(bytes);
    await zip.add(`${packageId}/${path}`, bytes, isCompressed(mimeType));
    const sha256 = await digest;
    files.push({ path, size: bytes.length, sha256 });
    return { id, path, href: path, mimeType, size: bytes.length, sha256, created };
  };

  const header = (objId: string, label: string, schemasPrefix: string): MetsHeader => ({
    objId,
    label,
    createdAt,
    softwareVersion: input.softwareVersion ?? '0.1.0',
    person: { name: input.exportedBy.name || 'okänd', note: [input.exportedBy.title, input.exportedBy.unit].filter(Boolean).join(', ') },
    schemasPrefix,
  });

  // Schemas (CSIPSTR15).
  const schemas: MetsFile[] = [];
  for (const [name, text] of Object.entries(SCHEMA_FILES)) {
    schemas.push(await add(`schemas/${name}`, textEncoder.encode(text), 'application/xml', createdAt, `ID-schema-${name.replace(/[^A-Za-z0-9]/g, '-')}`));
  }

  // Data, one record at a time, in order; the next few records' screenshots are read and their
  // PDFs made meanwhile (in a worker when `pdf` is one), so only AHEAD records are in memory.
  const dataFiles: MetsFile[] = [];
  const items: { id: string; label: string; fileIds: string[] }[] = [];
  const ermsFiles = new Map<string, ErmsRecordFiles>();
  const auditFor = auditIndex(input.audit);
  const makePdf = input.pdf ?? buildRecordPdf;
  const prepare = (record: CaptureRecord) => {
    const shot = Promise.resolve(screenshotBytes(input.screenshots, record.id));
    const pdf = shot.then((screenshot) => makePdf({ record, screenshot, audit: auditFor(record.id), exportedBy: input.exportedBy, exportedAt: input.exportedAt }));
    // Awaited in turn below; a failure ahead must not be reported as unhandled meanwhile.
    pdf.catch(() => undefined);
    return { shot, pdf };
  };
  const ahead = input.records.slice(0, AHEAD).map(prepare);
  for (const [i, record] of input.records.entries()) {
    const next = input.records[i + AHEAD];
    if (next) ahead.push(prepare(next));
    const prepared = ahead.shift()!;
    const audit = auditFor(record.id);
    const shot = await prepared.shot;
    const base = `representations/${REP}/`;
    const rel = (f: MetsFile & { path: string }): MetsFile => ({ ...f, href: f.path.slice(base.length) });
    const json = rel(
      await add(`${base}data/${record.id}.json`, textEncoder.encode(jsonExportText({ records: [record], audit, exportedBy: input.exportedBy, exportedAt: input.exportedAt })), 'application/json', createdAt, `ID-${record.id}-json`),
    );
    const pdf = rel(await add(`${base}data/${record.id}.pdf`, await prepared.pdf, 'application/pdf', createdAt, `ID-${record.id}-pdf`));
    const recordFiles: MetsFile[] = [pdf];
    let screenshotPath: string | undefined;
    if (shot && shot.length > 0) {
      const { ext, mime } = screenshotType(record, shot);
      const png = rel(await add(`${base}data/${record.id}.${ext}`, shot, mime, record.capturedAt, `ID-${record.id}-screenshot`));
      recordFiles.push(png);
      screenshotPath = `${base}data/${record.id}.${ext}`;
      if (record.screenshot.status !== 'ok') warnings.push(`Post ${record.id}: skärmbild medskickad men posten säger att den saknas.`);
      else if (record.screenshot.sha256 !== png.sha256) warnings.push(`Post ${record.id}: skärmbildens SHA-256 stämmer inte med den som sparades vid fångsten.`);
    } else if (record.screenshot.status === 'ok') {
      warnings.push(`Post ${record.id}: skärmbilden saknas i exporten.`);
    }
    const archive = record.page?.mhtml ? await screenshotBytes(input.pageArchives, record.id) : undefined;
    if (archive && archive.length > 0) {
      const mhtml = rel(await add(`${base}data/${record.id}.mhtml`, archive, 'multipart/related', record.capturedAt, `ID-${record.id}-mhtml`));
      recordFiles.push(mhtml);
      if (record.page?.mhtml?.sha256 !== mhtml.sha256) warnings.push(`Post ${record.id}: MHTML-filens SHA-256 stämmer inte med den som sparades vid fångsten.`);
    } else if (record.page?.mhtml) {
      warnings.push(`Post ${record.id}: sidans MHTML-fil saknas i exporten.`);
    }
    recordFiles.push(json);
    dataFiles.push(...recordFiles);
    items.push({ id: `ID-${record.id}`, label: `${recordTitle(record)}: ${record.author}`, fileIds: recordFiles.map((f) => f.id) });
    ermsFiles.set(record.id, { pdf: `${base}${pdf.href}`, json: `${base}${json.href}`, screenshot: screenshotPath });
  }

  const repMetsText = representationMets({
    ...header(`${packageId}-${REP}`, `Representation ${REP}`, '../../'),
    data: { id: 'ID-fileGrp-data', use: 'Data', files: dataFiles },
    items,
  });
  const repMets = await add(`representations/${REP}/METS.xml`, textEncoder.encode(repMetsText), 'application/xml', createdAt, `ID-${REP}-METS`);

  const csv = await add('documentation/kommentarer.csv', buildCsv(input.records), 'text/csv', createdAt, 'ID-documentation-csv');

  const erms = ermsXml({
    packageId,
    exportedAt: createdAt,
    exportedBy: input.exportedBy,
    records: input.records,
    audit: auditFor,
    files: (id) => ermsFiles.get(id) ?? { pdf: '', json: '' },
  });
  const ermsFile = await add('metadata/descriptive/ERMS.xml', textEncoder.encode(erms.xml), 'application/xml', createdAt, 'ID-ERMS');

  const root = rootMets({
    ...header(packageId, `Kommentarsvakt-export ${createdAt.slice(0, 10)}, ${profileLabel(input.exportedBy)}`, ''),
    descriptive: ermsFile,
    documentation: { id: 'ID-fileGrp-documentation', use: 'Documentation', files: [csv] },
    schemas: { id: 'ID-fileGrp-schemas', use: 'Schemas', files: schemas },
    representations: [{ name: REP, group: { id: `ID-fileGrp-${REP}`, use: `Representations/${REP}`, files: [repMets] }, mets: repMets }],
  });
  await add('METS.xml', textEncoder.encode(root), 'application/xml', createdAt, 'ID-METS');

  await zip.end();
  return {
    packageId,
    fileName: `kommentarsvakt-${fileStamp(input.exportedAt)}-${packageId.slice(0, 8)}.zip`,
    files,
    xmlReplacedChars: erms.replaced,
    warnings,
  };
}

/** The whole package in memory, for small exports and tests. */
export async function buildEarkPackage(input: EarkPackageInput): Promise<{ bytes: Uint8Array; summary: EarkPackageSummary }> {
  const chunks: Uint8Array[] = [];
  const summary = await writeEarkPackage(input, (c) => {
    chunks.push(c);
  });
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { bytes, summary };
}
