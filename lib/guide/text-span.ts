/** Where a detector found something in a text: UTF-16 offsets, so callers can mask or highlight it. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The text with the given spans replaced by spaces: same length, so later offsets still hold. */
export function maskSpans(text: string, spans: readonly TextSpan[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
