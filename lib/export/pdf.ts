import { PDFDocument, StandardFonts, type PDFImage } from 'pdf-lib';
import type { AuditEntry, CaptureRecord, Profile } from '../records/schema';
import { KIND_LABELS, PLATFORM_LABELS, profileLabel, statusLabel } from './labels';
import { PdfFlow } from './pdfLayout';
import { embedPngFast } from './pdfPng';
import { pageFields } from './pageFields';
import { stockholmTime } from './stockholmTime';
import { doubtText } from '../capture/doubt';
import { shotsSv } from '../i18n/messages/shots.sv';
import { makeTranslator } from '../i18n/translate';

export interface RecordPdfInput {
  record: CaptureRecord;
  /** The screenshot's bytes (PNG or JPEG), when there is one. */
  screenshot?: Uint8Array;
  /** This record's audit entries, in order. */
  audit: readonly AuditEntry[];
  exportedBy: Profile;
  exportedAt: Date;
}

const MISSING_REASONS: Record<string, string> = {
  'no-permission': 'behörighet saknades',
  'tab-not-visible': 'fliken var inte synlig',
  'capture-failed': 'tagningen misslyckades',
  'not-requested': 'ingen skärmbild begärdes',
};

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}

async function embedScreenshot(doc: PDFDocument, bytes: Uint8Array): Promise<PDFImage | undefined> {
  // Decide by the bytes, not the stored MIME type: a mislabelled file still shows.
  try {
    if (!isPng(bytes)) return await doc.embedJpg(bytes);
    return (await embedPngFast(doc, bytes)) ?? (await doc.embedPng(bytes));
  } catch {
    return undefined;
  }
}

/** The title the registrar sees first, e.g. "Kommentar från Facebook". */
export function recordTitle(record: CaptureRecord): string {
  return `${KIND_LABELS[record.kind]} från ${PLATFORM_LABELS[record.platform]}`;
}

/**
 * One readable A4 document per record for the registrar: title, a metadata table with Swedish
 * labels, the captured text as (selectable) text, the screenshot, the digests and the audit
 * trail. Deterministic: the same input gives the same bytes, so a package's checksums repeat.
 */
export async function buildRecordPdf(input: RecordPdfInput): Promise<Uint8Array> {
  const { record } = input;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${recordTitle(record)} (${record.id})`);
  doc.setSubject('Fångat inlägg från sociala medier, för registrering');
  doc.setAuthor(profileLabel(input.exportedBy));
  doc.setCreator('Kommentarsvakt');
  doc.setProducer('Kommentarsvakt (pdf-lib)');
  doc.setLanguage('sv-SE');
  doc.setCreationDate(input.exportedAt);
  doc.setModificationDate(input.exportedAt);

  const flow = new PdfFlow(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));

  flow.text(recordTitle(record), { size: 18, bold: true });
  flow.text(`Fångad ${stockholmTime(record.capturedAt)} av ${profileLabel(record.capturedBy)}`, { muted: true });
  flow.space(6);

  flow.heading('Uppgifter');
  flow.field('ID', record.id);
  flow.field('Plattform', PLATFORM_LABELS[record.platform]);
  flow.field('Typ', KIND_LABELS[record.kind]);
  flow.field('Författare', record.author);
  flow.field('Författarens adress', record.authorUrl ?? '');
  flow.field('Permalänk', record.permalink ?? '');
  flow.field('Sida', record.pageUrl);
  flow.field('Objekt-id på plattformen', record.itemId ?? '');
  flow.field('Publicerad (som visad)', record.publishedText ?? '');
  flow.field('Publicerad', record.publishedAt ? stockholmTime(record.publishedAt) : '');
  flow.field('Fångad', stockholmTime(record.capturedAt));
  flow.field('Fångad av', profileLabel(record.capturedBy));
  flow.field('Status', statusLabel(record.status));
  if (record.unreadable.length > 0) flow.field('Kunde inte läsas', record.unreadable.join(', '));
  if (record.page) pageFields(flow, record.page);
  flow.field('Exporterad', `${stockholmTime(input.exportedAt)} av ${profileLabel(input.exportedBy)}`);

  if (record.parent && (record.parent.author || record.parent.text || record.parent.permalink)) {
    flow.heading('Svar på');
    flow.field('Författare', record.parent.author ?? '');
    flow.field('Länk', record.parent.permalink ?? '');
    flow.field('Text', record.parent.text ?? '');
  }

  flow.heading('Text');
  const before = flow.replaced;
  flow.text(record.text === '' ? '(ingen text)' : record.text);
  if (flow.replaced > before) {
    flow.space(4);
    flow.text(
      `${flow.replaced - before} tecken som inte kan visas i PDF-filen (till exempel emoji, styrtecken eller osynliga tecken) är skrivna som [U+kod]. Den exakta texten finns i JSON-filen.`,
      { size: 8, muted: true },
    );
  }

  flow.heading('Skärmbild');
  if (record.screenshot.status === 'missing') {
    flow.text(`Skärmbild saknas: ${MISSING_REASONS[record.screenshot.reason] ?? record.screenshot.reason}.`);
    if (record.screenshot.detail) flow.text(record.screenshot.detail, { size: 8, muted: true });
  } else {
    const image = input.screenshot ? await embedScreenshot(doc, input.screenshot) : undefined;
    // A full-page screenshot runs on over as many pages as it needs, at the line's width.
    if (image && record.kind === 'page-screenshot') flow.tallImage(image);
    else if (image) flow.image(image);
    else flow.text(input.screenshot ? 'Skärmbilden kunde inte läsas in i PDF-filen; den finns som egen fil.' : 'Skärmbilden följde inte med exporten.');
    // Issue 18: a picture that may not show the whole item is marked, never silently.
    if (record.screenshot.doubt) flow.text(`${shotsSv['screenshotDoubt.mark']}: ${doubtText(record.screenshot.doubt, makeTranslator(shotsSv))}.`, { bold: true });
  }

  flow.heading('Kontrollsummor (SHA-256)');
  flow.field('Innehåll', record.contentSha256);
  flow.field('Skärmbild', record.screenshot.status === 'ok' ? record.screenshot.sha256 : '');
  if (record.page?.mhtml) flow.field('Sidan som MHTML', record.page.mhtml.sha256);

  flow.heading('Händelselogg');
  if (input.audit.length === 0) flow.text('Inga händelser.');
  for (const entry of input.audit) {
    const change = `${entry.from === null ? '(ny)' : statusLabel(entry.from)} -> ${statusLabel(entry.to)}`;
    flow.text(`${stockholmTime(entry.at)}  ${change}  (${entry.by})`);
    if (entry.note) flow.text(entry.note, { indent: 20, size: 9, muted: true });
  }

  flow.footers(`Kommentarsvakt · ${record.id}`);
  return await doc.save();
}
