import { PDFDocument, type PDFImage } from 'pdf-lib';
import { translator } from '../i18n';
import { auditChangeText } from '../i18n/audit-text';
import type { AuditEntry, CaptureRecord, Profile } from '../records/schema';
import { statusLabel } from '../records/statuses';
import { actionLabel, categoryLabel, KIND_LABELS, PLATFORM_LABELS, profileLabel, reasonLabels, removalLabel } from './labels';
import { makePdfA } from './pdfa';
import { embedFonts } from './pdfFonts';
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
  'removed-before-shot': 'utan skärmbild: borttagen innan bilden hann tas',
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

/** The trailer ID: the record's UUID (16 bytes), so each record's PDF has its own and the same input gives the same bytes. */
function documentId(id: string): Uint8Array {
  const hex = id.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16) || 0);
}

const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * One readable A4 document per record for the registrar, PDF/A-2b: title; the registrar's facts
 * (diarienummer, category, §3 reasons, action) first; a metadata table with Swedish labels; the
 * captured text as selectable text in every script; the screenshot, the digests and the audit
 * trail. Deterministic: the same input gives the same bytes, so a package's checksums repeat.
 */
export async function buildRecordPdf(input: RecordPdfInput): Promise<Uint8Array> {
  const { record } = input;
  const doc = await PDFDocument.create({ updateMetadata: false });
  makePdfA(doc, {
    title: `${recordTitle(record)} (${record.diarienummer ?? record.id})`,
    author: profileLabel(input.exportedBy),
    subject: 'Fångat inlägg från sociala medier, för registrering',
    language: 'sv-SE',
    created: input.exportedAt,
    id: documentId(record.id),
  });
  // Every string the document draws, to know which script fonts to embed.
  const sample = JSON.stringify(input.record) + JSON.stringify(input.audit) + JSON.stringify(input.exportedBy);
  const fonts = await embedFonts(doc, sample);
  const names = EMOJI.test(sample) ? (await import('unicode-name')).unicodeName : undefined;
  const flow = new PdfFlow(doc, fonts, (emoji) => names?.(emoji) ?? 'EMOJI');

  flow.text(recordTitle(record), { size: 18, bold: true });
  flow.text(`Fångad ${stockholmTime(record.capturedAt)} av ${profileLabel(record.capturedBy)}`, { muted: true });
  flow.space(6);

  flow.heading('För registratorn');
  flow.field('Diarienummer', record.diarienummer ?? 'ej diariefört');
  flow.field('Kategori', categoryLabel(record.category) || 'ej vald');
  flow.field('Skäl för borttagning (§3)', reasonLabels(record.removalReasons).join('\n') || 'inga angivna');
  flow.field('Åtgärd', actionLabel(record.action) || 'ej vald');
  flow.field('Status', statusLabel(record.status));
  if (record.capturedOnRemoval) flow.field('Fångad vid borttagning', removalLabel(record.capturedOnRemoval));
  if (record.notes) flow.field('Anteckning', record.notes);
  flow.space(4);

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
  // Issue 18: a later capture of the same item, linked to the first (an edited comment is evidence too).
  if (record.versionOf) flow.field('Version', `${record.version ?? ''}, senare fångst av samma objekt som ${record.versionOf}`);
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
  const before = { coded: flow.coded, named: flow.named };
  flow.text(record.text === '' ? '(ingen text)' : record.text);
  if (flow.replaced > before.coded + before.named) {
    flow.space(4);
    flow.text(replacementNote(flow.coded - before.coded, flow.named - before.named), { size: 8, muted: true });
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
  // A narrower label column: a digest (64 hex digits in Noto Sans) must stay on one line to be read and copied whole.
  const DIGEST_LABEL = 100;
  flow.field('Innehåll', record.contentSha256, DIGEST_LABEL);
  flow.field('Skärmbild', record.screenshot.status === 'ok' ? record.screenshot.sha256 : '', DIGEST_LABEL);
  if (record.page?.mhtml) flow.field('Sidan som MHTML', record.page.mhtml.sha256, DIGEST_LABEL);

  flow.heading('Händelselogg');
  if (input.audit.length === 0) flow.text('Inga händelser.');
  const sv = translator('sv');
  for (const entry of input.audit) {
    // In words, as the queue shows it (what changed, a corrected diarienummer), never field names.
    const { change, note } = auditChangeText(entry, sv);
    flow.text(`${stockholmTime(entry.at)}  ${change || statusLabel(entry.to)}  (${entry.by})`);
    if (note) flow.text(note, { indent: 20, size: 9, muted: true });
  }

  flow.footers(`Kommentarsvakt · ${record.diarienummer ? `${record.diarienummer} · ` : ''}${record.id}`);
  return await doc.save();
}

/** What the registrar is told when some characters of the captured text are not drawn as themselves. */
export function replacementNote(coded: number, named: number): string {
  const parts = [];
  if (coded > 0) parts.push(`${coded} tecken som är osynliga, styrtecken eller saknas i typsnitten visas som [U+kod]`);
  if (named > 0) parts.push(`${named} emoji visas med sitt Unicode-namn inom hakparentes`);
  return `${parts.join('; ')}. Text som kopieras ur PDF-filen är den exakta texten, och den finns också i JSON-filen.`;
}
