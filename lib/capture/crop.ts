export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CroppedImage {
  blob: Blob;
  width: number;
  height: number;
}

/** Decodes a data: URL without fetch(), so no request leaves the extension, not even data:. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Not a data URL');
  const [, mime = 'application/octet-stream', base64, payload = ''] = match;
  const bytes = base64 ? fromBase64(payload) : new TextEncoder().encode(decodeURIComponent(payload));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
}

/** Uint8Array.fromBase64 where the browser has it (Chromium 140+, Firefox 133+): 50× faster than atob. */
function fromBase64(base64: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The pixel rectangle of `rect` (CSS pixels, viewport-relative) in a screenshot of the
 * viewport, clipped to the image. Null when nothing of it is visible.
 */
export function pixelRect(rect: Rect, viewport: { width: number; height: number }, image: { width: number; height: number }): Rect | null {
  const scale = image.width / viewport.width;
  const x0 = Math.max(0, Math.floor(rect.x * scale));
  const y0 = Math.max(0, Math.floor(rect.y * scale));
  const x1 = Math.min(image.width, Math.ceil((rect.x + rect.width) * scale));
  const y1 = Math.min(image.height, Math.ceil((rect.y + rect.height) * scale));
  if (x1 - x0 < 1 || y1 - y0 < 1) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Crops a viewport screenshot to the item's box (the whole image when the box is not visible). */
export async function cropScreenshot(shot: Blob, rect: Rect, viewport: { width: number; height: number }): Promise<CroppedImage> {
  // The image's size is in its PNG header: no need to decode it twice to learn it.
  const size = await pngSize(shot);
  const area = (size && pixelRect(rect, viewport, size)) ?? (size ? { x: 0, y: 0, ...size } : null);
  // Cropping while decoding, then handing the bitmap over without a draw, is the cheapest path.
  const bitmap = area ? await createImageBitmap(shot, area.x, area.y, area.width, area.height) : await createImageBitmap(shot);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('bitmaprenderer');
  if (!ctx) throw new Error('No bitmaprenderer context');
  const { width, height } = bitmap;
  ctx.transferFromImageBitmap(bitmap);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return { blob, width, height };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export async function pngSize(blob: Blob): Promise<{ width: number; height: number } | null> {
  const head = new DataView(await blob.slice(0, 24).arrayBuffer());
  if (head.byteLength < 24 || head.getUint32(0) !== 0x89504e47 || head.getUint32(12) !== 0x49484452) return null;
  return { width: head.getUint32(16), height: head.getUint32(20) };
}
