import { PDFArray, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { SRGB_ICC_BASE64 } from './srgbIcc';
import { base64ToBytes } from './base64';
import { xmlText } from './eark/xml';

/** What the document's Info dictionary and XMP both say (PDF/A requires them to agree). */
export interface PdfAMeta {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. "sv-SE". */
  language: string;
  created: Date;
  /** 16 bytes that identify this document (the trailer's /ID); the same input gives the same ID. */
  id: Uint8Array;
}

const CREATOR = 'Kommentarsvakt';
const PRODUCER = 'Kommentarsvakt (pdf-lib)';

/** No fractions: the Info dictionary's date has whole seconds, and both must be the same moment. */
const xmpDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function xmp(meta: PdfAMeta): string {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlText(value)}</rdf:li></rdf:Alt>`;
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">\n` +
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n` +
    `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:format>application/pdf</dc:format><dc:title>${alt(meta.title)}</dc:title><dc:description>${alt(meta.subject)}</dc:description>` +
    `<dc:creator><rdf:Seq><rdf:li>${xmlText(meta.author)}</rdf:li></rdf:Seq></dc:creator><dc:language><rdf:Bag><rdf:li>${xmlText(meta.language)}</rdf:li></rdf:Bag></dc:language></rdf:Description>\n` +
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>${CREATOR}</xmp:CreatorTool><xmp:CreateDate>${xmpDate(meta.created)}</xmp:CreateDate><xmp:ModifyDate>${xmpDate(meta.created)}</xmp:ModifyDate><xmp:MetadataDate>${xmpDate(meta.created)}</xmp:MetadataDate></rdf:Description>\n` +
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${PRODUCER}</pdf:Producer></rdf:Description>\n` +
    `</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>`
  );
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Makes `doc` PDF/A-2b in what pdf-lib leaves out: the Info dictionary and the same facts as
 * XMP metadata (pdfaid part 2, conformance B), an sRGB output intent with its ICC profile, and
 * the trailer's document ID. The fonts are embedded by lib/export/pdfFonts.ts; nothing in our
 * PDFs uses the standard fonts, encryption, JavaScript or annotations.
 */
export function makePdfA(doc: PDFDocument, meta: PdfAMeta): void {
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setLanguage(meta.language);
  doc.setCreationDate(meta.created);
  doc.setModificationDate(meta.created);
  const { context, catalog } = doc;
  // XMP is left unfiltered so archive tools that scan for the packet find it.
  const metadata = context.stream(new TextEncoder().encode(xmp(meta)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  const icc = context.flateStream(base64ToBytes(SRGB_ICC_BASE64), { N: 3 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(icc),
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([intent]) as PDFArray);
  const id = PDFHexString.of(hex(meta.id));
  context.trailerInfo.ID = context.obj([id, id]);
}
