import { buildRecordPdf, type RecordPdfInput } from './pdf';

/** Makes record PDFs; `close` ends any worker it started. */
export interface PdfMaker {
  make(input: RecordPdfInput): Promise<Uint8Array>;
  close(): void;
}

const inThread: PdfMaker = { make: buildRecordPdf, close: () => undefined };

/**
 * A PDF maker for a large export: a dedicated worker where the page can start one (extension
 * pages in Chromium and Firefox), so the PDFs are made on another core while this thread zips;
 * else (Node, tests) the same function in this thread. The worker runs the same buildRecordPdf,
 * so the bytes are the same. Whatever goes wrong in the worker (it cannot load, it dies, a PDF
 * fails there) is done again in this thread, so the user sees what the thread itself would.
 */
export function openPdfMaker(): PdfMaker {
  if (typeof Worker !== 'function') return inThread;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inThread;
  }
  let next = 0;
  let broken = false;
  let closed = false;
  const waiting = new Map<number, { input: RecordPdfInput; resolve: (bytes: Uint8Array) => void; reject: (error: unknown) => void }>();
  const inThreadFor = (id: number) => {
    const job = waiting.get(id);
    if (!job) return;
    waiting.delete(id);
    buildRecordPdf(job.input).then(job.resolve, job.reject);
  };
  worker.addEventListener('message', (event: MessageEvent<{ id: number; bytes?: Uint8Array }>) => {
    const job = waiting.get(event.data.id);
    if (!job) return;
    if (!event.data.bytes) return inThreadFor(event.data.id);
    waiting.delete(event.data.id);
    job.resolve(event.data.bytes);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    broken = true;
    worker.terminate();
    for (const id of [...waiting.keys()]) inThreadFor(id);
  });
  return {
    make(input) {
      if (closed) return Promise.reject(new Error('PdfMaker is closed'));
      if (broken) return buildRecordPdf(input);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { input, resolve, reject });
        worker.postMessage({ id, input });
      });
    },
    close() {
      closed = true;
      worker.terminate();
      // Only an export that already ended (done or failed) closes its maker: nobody awaits these.
      for (const job of waiting.values()) job.reject(new Error('PdfMaker is closed'));
      waiting.clear();
    },
  };
}
