/** Median, 90th percentile, min and max of a list of milliseconds, rounded to 0.1 ms. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const r = (x) => Math.round(x * 10) / 10;
  return { n: sorted.length, median: r(at(0.5)), p90: r(at(0.9)), min: r(sorted[0]), max: r(sorted.at(-1)) };
}
