// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../../lib/platforms';
import { facebook } from '../../../lib/platforms/facebook';
import { youtube } from '../../../lib/platforms/youtube';
import { triage } from '../../../lib/triage';

/** triage() on what the adapters read from the project's fixtures: owner replies answer their thread. */
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const page = (adapter: Adapter, path: string) => {
  const doc = new JSDOM(readFileSync(resolve(fixtures, path), 'utf8'), { url: 'https://example.invalid/' }).window.document;
  return adapter.findItems(doc).map((el) => adapter.read(el)!);
};
/** Tuesday 8 December 2026, 10:00 in Stockholm. */
const NOW = new Date('2026-12-08T09:00:00.000Z');

describe('triage() on the fixtures', () => {
  it('Facebook page feed: the question the page answered is answered; the fault report is due', () => {
    const readings = page(facebook, 'facebook/page-feed.sv.html');
    expect(triage(readings, NOW).map((t, i) => [readings[i]!.author, t.category, t.answered, t.needs, t.dueAt])).toEqual([
      ['Karin Lindqvist', 'question', true, 'none', '2026-12-09T07:00:00.000Z'], // "2 tim"
      ['Tyresö kommun', null, false, 'none', '2026-12-09T08:00:00.000Z'], // "1 tim"
      ['Ahmed Yusuf', 'fault-report', false, 'answer', '2026-12-09T08:15:00.000Z'], // "45 min"
      ['Test Testsson', null, false, 'none', '2026-12-09T08:50:00.000Z'], // "10 min"
      ['Birgitta Ek', 'praise', false, 'none', '2026-12-08T13:00:00.000Z'], // "20 tim": received Monday 14:00
    ]);
  });

  it('YouTube watch page: both threads the channel replied to are answered', () => {
    const readings = page(youtube, 'youtube/watch.sv.html');
    const result = triage(readings, NOW);
    expect(result.map((t) => t.answered)).toEqual([true, false, false, true, false, false]);
    expect(result[0]).toMatchObject({ category: 'question', needs: 'none' });
  });
});
