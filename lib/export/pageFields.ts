import type { PageCaptureMeta } from '../records/schema';
import type { PdfFlow } from './pdfLayout';

/** The metadata rows of a full-page screenshot (issue 6) in a record's PDF. */
export function pageFields(flow: PdfFlow, page: PageCaptureMeta): void {
  flow.field('Sidans titel', page.title);
  flow.field('Sidans mått', `${page.pageWidth} × ${page.pageHeight} px (CSS), fönster ${page.viewportWidth} × ${page.viewportHeight}, skala ${page.devicePixelRatio}`);
  flow.field('Tagen', page.method === 'scroll-stitch' ? `rullad och hopfogad av ${page.slices} delar` : 'i ett stycke');
  if (page.truncated) flow.field('Obs', 'Sidan var längre än en bild kan vara; bilden visar dess övre del.');
  flow.field('Kopia av sidan', page.mhtml ? `MHTML, ${page.mhtml.bytes} byte` : 'ingen');
}
