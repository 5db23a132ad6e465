import { z } from 'zod';
import { AuditEntrySchema, CaptureRecordSchema, ProfileSchema } from '../records/schema';
import { auditOf, type ExportInput } from './types';

export const JSON_EXPORT_FORMAT = 'kommentarsvakt-export';
export const JSON_EXPORT_VERSION = 1;

/**
 * The JSON export file. Lossless: every record exactly as stored (text verbatim, including
 * characters XML and CSV cannot carry: JSON escapes NUL and lone surrogates as \u0000, \ud800),
 * with the audit trail of those records. Screenshots are not inside; each record's
 * `screenshot.sha256` names the bytes, which travel as separate files.
 *
 *   format      "kommentarsvakt-export": tells this file from any other JSON
 *   version     1; a reader rejects versions it does not know
 *   exportedAt  ISO 8601 time of the export
 *   exportedBy  the administrator (name, title, unit) who made it
 *   records     CaptureRecord[] (lib/records/schema.ts), in the order given
 *   audit       AuditEntry[] of those records, per record in order
 */
export const JsonExportSchema = z.object({
  format: z.literal(JSON_EXPORT_FORMAT),
  version: z.literal(JSON_EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  exportedBy: ProfileSchema,
  records: z.array(CaptureRecordSchema),
  audit: z.array(AuditEntrySchema),
});
export type JsonExport = z.infer<typeof JsonExportSchema>;

export function jsonExport(input: ExportInput): JsonExport {
  return {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    exportedBy: input.exportedBy,
    records: [...input.records],
    audit: input.records.flatMap((r) => auditOf(input.audit, r.id)),
  };
}

/**
 * The file's text, pretty-printed for people who open it. JSON.stringify escapes lone
 * surrogates (ES2019), so the UTF-8 bytes lose nothing.
 */
export function jsonExportText(input: ExportInput): string {
  return JSON.stringify(jsonExport(input), null, 2) + '\n';
}

export function buildJson(input: ExportInput): Uint8Array {
  return new TextEncoder().encode(jsonExportText(input));
}

/** Reads an export file back; throws a ZodError naming what is wrong. */
export function parseJsonExport(text: string): JsonExport {
  return JsonExportSchema.parse(JSON.parse(text));
}
