/** How long a download's blob URL (and an export's temporary file) is kept after the click. */
export const DOWNLOAD_GRACE_MS = 60_000;

/**
 * Offers finished bytes to the user as a download, through a Blob and <a download> (no
 * 'downloads' permission needed). Called only once a file is complete: an export that fails
 * half-way never reaches here, so no partial file is ever presented.
 */
export function offerDownload(parts: readonly Uint8Array[], fileName: string, mime: string): number {
  const blob = new Blob(parts as unknown as BlobPart[], { type: mime });
  offerBlobDownload(blob, fileName);
  return blob.size;
}

/**
 * Offers a Blob or File as a download; `released` runs when the browser has had time to read
 * it. Without the 'downloads' permission a page cannot see a download finish: Chromium starts
 * reading the file at once, even while a "Save as" dialog is open, so a minute is ample.
 */
export function offerBlobDownload(blob: Blob, fileName: string, released?: () => Promise<void>): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Chromium.
  setTimeout(() => {
    URL.revokeObjectURL(url);
    void released?.().catch(() => undefined);
  }, DOWNLOAD_GRACE_MS);
}

/** "1,2 MB" style sizes for the status line. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
