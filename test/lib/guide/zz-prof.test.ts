import { it } from 'vitest';
import { createSuggester } from '../../../lib/guide';
import { loadLabelledSet } from './evaluation';
it('prof', () => {
  const set = loadLabelledSet();
  const texts = Array.from({ length: 2000 }, (_, i) => set[i % set.length]!.text + ' ' + i);
  let c0 = process.cpuUsage();
  const s = createSuggester();
  s('warm');
  let c = process.cpuUsage(c0);
  console.log('compile cpu', (c.user + c.system) / 1000);
  for (let r = 0; r < 5; r++) {
    c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const t of texts) s(t);
    c = process.cpuUsage(c0);
    console.log('ms 2000 cpu', ((c.user + c.system) / 1000).toFixed(1), 'wall', (performance.now() - t0).toFixed(1));
  }
});
