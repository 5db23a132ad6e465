/**
 * The stitched image, drawn slice by slice on an OffscreenCanvas in the background (no DOM
 * there), so only one viewport screenshot is decoded at a time.
 */
export class Stitcher {
  private readonly canvas: OffscreenCanvas;
  private readonly ctx: OffscreenCanvasRenderingContext2D;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.canvas = new OffscreenCanvas(width, height);
    const ctx = this.canvas.getContext('2d');
    if (!ctx) throw new Error('No 2d context on OffscreenCanvas');
    this.ctx = ctx;
  }

  /** Copies rows srcY..srcY+height of a viewport screenshot to destY. */
  async draw(shot: Blob, rows: { srcY: number; destY: number; height: number }): Promise<void> {
    if (rows.height <= 0) return;
    const bitmap = await createImageBitmap(shot, 0, rows.srcY, this.width, rows.height);
    try {
      this.ctx.drawImage(bitmap, 0, rows.destY);
    } finally {
      bitmap.close();
    }
  }

  toPng(): Promise<Blob> {
    return this.canvas.convertToBlob({ type: 'image/png' });
  }
}
