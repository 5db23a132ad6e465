// What the overlay's content script weighs (issue 3: ≤ 100 kB gzipped), and by which packages,
// read from a source-mapped build (KV_SOURCEMAP=1).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { outDir } from '../support/browser.mjs';

export function benchBundle() {
  const file = join(outDir, 'chrome-mv3/content-scripts/overlay.js');
  const code = readFileSync(file);
  const result = { rawKb: Math.round(code.length / 1024), gzipKb: Math.round(gzipSync(code).length / 1024), budgetGzipKb: 100 };
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return { ...result, byPackage: 'build with KV_SOURCEMAP=1 to see the parts' };
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const lines = code.toString('utf8').split('\n');
  const bytes = new Map();
  // Attribute each generated segment to the source it came from, by package (or our folder).
  let last = null;
  consumer.eachMapping((m) => {
    if (last) {
      const line = lines[last.generatedLine - 1] ?? '';
      const end = m.generatedLine === last.generatedLine ? m.generatedColumn : line.length;
      const size = Math.max(0, end - last.generatedColumn);
      const src = last.source ?? '(none)';
      const pkg = src.includes('node_modules/') ? src.split('node_modules/').pop().split('/').slice(0, src.split('node_modules/').pop().startsWith('@') ? 2 : 1).join('/') : src.replace(/^.*?(lib|components|entrypoints)\//, '$1/').split('/').slice(0, 2).join('/');
      bytes.set(pkg, (bytes.get(pkg) ?? 0) + size);
    }
    last = m;
  });
  const byPackage = Object.fromEntries([...bytes].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => [k, `${Math.round(v / 1024)} kB`]));
  return { ...result, byPackage };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(benchBundle(), null, 2));
