// A dedicated worker that makes record PDFs (lib/export/pdfMaker.ts): pdf-lib's layout and
// serialising run on the second core while the page zips, hashes and writes the package.
import { buildRecordPdf, type RecordPdfInput } from './pdf';

interface Job {
  id: number;
  input: RecordPdfInput;
}

addEventListener('message', (event: MessageEvent<Job>) => {
  const { id, input } = event.data;
  buildRecordPdf(input).then(
    (bytes) => postMessage({ id, bytes }, { transfer: [bytes.buffer] }),
    // The page makes this one itself, and reports the error as it would have anyway.
    () => postMessage({ id }),
  );
});
