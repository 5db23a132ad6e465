import { browser } from 'wxt/browser';

type SaveAsMhtml = (details: { tabId: number }) => Promise<Blob | undefined>;

/**
 * The single-file copy of the page (MHTML), where the browser offers it: Chromium's
 * pageCapture API (the 'pageCapture' permission, Chromium builds only). Undefined elsewhere or
 * when it fails: the screenshot is the record, the copy is a supplement.
 */
export async function saveMhtml(tabId: number): Promise<Blob | undefined> {
  const api = (browser as unknown as { pageCapture?: { saveAsMHTML?: SaveAsMhtml } }).pageCapture;
  if (typeof api?.saveAsMHTML !== 'function') return undefined;
  // Chromium hands over a blob backed by a temporary file that can vanish before it is read
  // ("A requested file or directory could not be found"): copy it into memory at once, and
  // ask a second time if the first copy was lost.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const blob = await api.saveAsMHTML({ tabId });
      if (!blob || blob.size === 0) return undefined;
      return new Blob([await blob.arrayBuffer()], { type: blob.type || 'multipart/related' });
    } catch {
      // Tab gone or copy lost: try once more, then go on without the copy.
    }
  }
  return undefined;
}
