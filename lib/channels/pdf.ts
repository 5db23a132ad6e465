import { PDFDocument } from 'pdf-lib';
import { profileLabel } from '../export/labels';
import { makePdfA } from '../export/pdfa';
import { embedFonts } from '../export/pdfFonts';
import { PdfFlow } from '../export/pdfLayout';
import { stockholmTime } from '../export/stockholmTime';
import type { Profile } from '../records/schema';
import { CHANNEL_PLATFORM_LABELS } from './labels';
import type { ChannelFacts } from './reminders';

/**
 * The register as a PDF the organisation can publish (§1.3: "publiceras på tyreso.se"): one
 * block per channel with platform, address, purpose and who answers for it. Names of the
 * administrators are part of the published register; last screenshot and activity are not
 * (they are internal follow-up), so they stay in the CSV. Deterministic for the same input.
 */
export async function buildChannelPdf(facts: readonly ChannelFacts[], opts: { exportedBy: Profile; exportedAt: Date; organisation?: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const title = 'Förteckning över kanaler i sociala medier';
  // PDF/A-2b like the record PDFs, with one fixed ID: the register is one document, re-issued.
  makePdfA(doc, { title, author: profileLabel(opts.exportedBy), subject: title, language: 'sv-SE', created: opts.exportedAt, id: new TextEncoder().encode('kanalforteckning') });
  const flow = new PdfFlow(doc, await embedFonts(doc, JSON.stringify(facts) + JSON.stringify(opts)));
  flow.text('Förteckning över kanaler i sociala medier', { size: 18, bold: true });
  flow.text(`${opts.organisation ? `${opts.organisation}. ` : ''}Kanaler i officiell användning, ${stockholmTime(opts.exportedAt.toISOString()).slice(0, 10)}.`, { muted: true });
  if (facts.length === 0) flow.text('Inga kanaler.');
  for (const { channel: c } of facts) {
    flow.heading(c.name);
    flow.field('Plattform', CHANNEL_PLATFORM_LABELS[c.platform]);
    flow.field('Adress', c.url);
    flow.field('Syfte', c.purpose);
    flow.field('Ansvarig', c.administrator);
    flow.field('Ersättare', c.substitute);
    flow.field('Anmäld', c.reportedAt);
  }
  flow.footers('Kommentarsvakt · förteckning över kanaler');
  return doc.save();
}
