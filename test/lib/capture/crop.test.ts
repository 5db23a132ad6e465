import { describe, expect, it } from 'vitest';
import { dataUrlToBlob, pixelRect, pngSize } from '../../../lib/capture/crop';

describe('pixelRect', () => {
  const viewport = { width: 1280, height: 800 };
  it('scales CSS pixels to the screenshot (device pixel ratio 2)', () => {
    expect(pixelRect({ x: 10.5, y: 20, width: 100, height: 50 }, viewport, { width: 2560, height: 1600 })).toEqual({ x: 21, y: 40, width: 200, height: 100 });
  });
  it('clips a box that reaches out of the viewport', () => {
    expect(pixelRect({ x: -20, y: 700, width: 200, height: 300 }, viewport, { width: 1280, height: 800 })).toEqual({ x: 0, y: 700, width: 180, height: 100 });
  });
  it('is null for a box wholly outside', () => {
    expect(pixelRect({ x: 0, y: 900, width: 100, height: 100 }, viewport, { width: 1280, height: 800 })).toBeNull();
    expect(pixelRect({ x: 0, y: 0, width: 0, height: 10 }, viewport, { width: 1280, height: 800 })).toBeNull();
  });
});

// The smallest valid PNG: 1×1, from its IHDR (width 1, height 1).
const PNG_1x1 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('dataUrlToBlob and pngSize', () => {
  it('decodes a base64 data URL without fetch and reads the PNG size from its header', async () => {
    const blob = dataUrlToBlob(PNG_1x1);
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBe(68);
    expect(await pngSize(blob)).toEqual({ width: 1, height: 1 });
  });
  it('decodes a percent-encoded data URL', async () => {
    expect(await dataUrlToBlob('data:text/plain,%C3%A5%20%C3%A4').text()).toBe('å ä');
  });
  it('refuses what is not a data URL, and says when bytes are not a PNG', async () => {
    expect(() => dataUrlToBlob('https://example.com/x.png')).toThrow('Not a data URL');
    expect(await pngSize(new Blob(['GIF89a not a png at all...']))).toBeNull();
  });
});
