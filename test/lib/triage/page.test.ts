import { describe, expect, it } from 'vitest';
import { handleTriage, handleTriagePage, withTriageClassification, type TriageDeps } from '../../../lib/background/triage';
import type { CaptureRequest, RequestOf } from '../../../lib/protocol';
import type { ItemReading } from '../../../lib/platforms';
import { excerptOf, PageTriage } from '../../../lib/triage/page';
import { createTriageCache } from '../../../lib/triage';

/** Tuesday 8 December 2026, 10:00 in Stockholm. */
const AT = '2026-12-08T09:00:00.000Z';
const QUESTION = 'Vilka tider har badhuset öppet på söndagar?';
const PNR = 'Mitt personnummer är 121212-1212.';

const comment = (id: string, text: string, extra: Partial<ItemReading> = {}): ItemReading => ({ kind: 'comment', author: `Person ${id}`, text, byOwner: false, itemId: id, publishedAt: '2026-12-08T08:00:00.000Z', ...extra });
const ownerReply = (id: string): ItemReading => ({ kind: 'reply', author: 'Tyresö kommun', text: 'Hej! Söndagar har vi öppet 9–16.', byOwner: true, itemId: id });

function deps(captured: string[] = []): TriageDeps & { told: number[] } {
  const told: number[] = [];
  return { capturedAmong: (keys) => Promise.resolve(keys.filter((k) => captured.includes(k))), changed: (tabId) => told.push(tabId), cache: createTriageCache(), told };
}

let session = 0;
function request(items: { key: string; reading: ItemReading }[], order: string[], extra: Partial<RequestOf<'triage'>> = {}): RequestOf<'triage'> {
  return { type: 'triage', session: `00000000-0000-4000-8000-${String(session).padStart(12, '0')}`, reset: true, platform: 'facebook', pageUrl: 'https://www.facebook.com/x/posts/1', at: AT, items, order, ...extra };
}

describe('background triage of a page (issue 20)', () => {
  it('answers every state first, then only what changed: an owner reply arriving later answers the question', async () => {
    session++;
    const d = deps();
    const first = await handleTriage(request([{ key: '1', reading: comment('c1', QUESTION) }, { key: '2', reading: comment('c2', PNR) }], ['1', '2']), 7, d);
    expect(first).toEqual({
      ok: true,
      results: [
        { key: '1', category: 'question', flags: [], answered: false, dueAt: '2026-12-09T08:00:00.000Z', overdue: false, needs: 'answer', captured: false, dueWhen: 'ons 09:00', dueDay: 'ons' },
        { key: '2', category: 'remove', flags: ['personal-identity-number', 'registration-needed'], answered: false, dueAt: '2026-12-09T08:00:00.000Z', overdue: false, needs: 'remove', captured: false, dueWhen: 'ons 09:00', dueDay: 'ons' },
      ],
    });
    // The owner's reply comes in a later batch, between the two comments in document order.
    const second = await handleTriage(request([{ key: '3', reading: ownerReply('r1') }], ['1', '3', '2'], { reset: false }), 7, d);
    expect(second).toEqual({
      ok: true,
      results: [
        { key: '1', category: 'question', flags: [], answered: true, dueAt: '2026-12-09T08:00:00.000Z', overdue: false, needs: 'none', captured: false, dueWhen: 'ons 09:00', dueDay: 'ons' },
        { key: '3', category: null, flags: [], answered: false, dueAt: null, overdue: false, needs: 'none', captured: false, dueWhen: null, dueDay: null },
      ],
    });
    expect(d.told).toEqual([7, 7]);
    const list = await handleTriagePage({ type: 'triage-page', tabId: 7 });
    expect(list.ok && list.entries.map((e) => [e.key, e.needs, e.answered, e.timeKnown])).toEqual([
      ['1', 'none', true, true],
      ['3', 'none', false, false],
      ['2', 'remove', false, true],
    ]);
  });

  it('an unknown session is asked for everything again, unless it sends everything', async () => {
    session++;
    const d = deps();
    expect(await handleTriage(request([], [], { reset: false }), 8, d)).toEqual({ ok: false, reason: 'resend' });
    expect(await handleTriage(request([{ key: '1', reading: comment('c1', QUESTION) }], ['1']), 8, d)).toMatchObject({ ok: true, results: [{ key: '1', needs: 'answer' }] });
  });

  it('an item already in the store is marked captured ("Fångad" after a reload)', async () => {
    session++;
    const answer = await handleTriage(request([{ key: '1', reading: comment('c9', QUESTION) }, { key: '2', reading: comment('c10', QUESTION) }], ['1', '2']), 9, deps(['facebook:c10']));
    expect(answer.ok && answer.results.map((r) => [r.key, r.captured])).toEqual([
      ['1', false],
      ['2', true],
    ]);
  });

  it('a batch whose classification fails: the overlay is told, the side panel says triage is unavailable on that page', async () => {
    session++;
    const d = deps();
    d.cache = { classify: () => { throw new Error('word lists broken'); }, deadline: (ms) => new Date(ms).toISOString() };
    expect(await handleTriage(request([{ key: '1', reading: comment('c1', QUESTION) }], ['1']), 11, d)).toEqual({ ok: false, reason: 'failed' });
    expect(d.told).toEqual([11]);
    expect(await handleTriagePage({ type: 'triage-page', tabId: 11 })).toEqual({ ok: false, reason: 'failed' });
  });

  it('a tab nobody triaged says so', async () => {
    expect(await handleTriagePage({ type: 'triage-page', tabId: 4242 })).toEqual({ ok: false, reason: 'none' });
  });
});

describe('the category a capture stores (issue 20)', () => {
  const base: CaptureRequest = { type: 'capture', recordId: '00000000-0000-4000-8000-000000000001', platform: 'facebook', pageUrl: 'https://www.facebook.com/x', reading: comment('c1', QUESTION) };

  it('without the guide panel: triage’s suggestion, marked as not seen in the panel', async () => {
    expect((await withTriageClassification(base, new Date(AT), createTriageCache())).classification).toEqual({ category: 'question', flags: [], dueAt: '2026-12-09T08:00:00.000Z', guideOpened: false });
  });

  it('with the panel’s confirmed category: kept, marked as seen', async () => {
    const confirmed = { ...base, classification: { category: 'praise' as const, flags: [] } };
    expect((await withTriageClassification(confirmed, new Date(AT), createTriageCache())).classification).toEqual({ category: 'praise', flags: [], guideOpened: true });
  });

  it('a text with no category stores none', async () => {
    const reply = { ...base, reading: ownerReply('r1') };
    expect((await withTriageClassification(reply, new Date(AT), createTriageCache())).classification).toBeUndefined();
  });
});

describe('the side panel’s excerpt', () => {
  it('keeps the first twelve words and says it cut', () => {
    expect(excerptOf('ett två tre fyra fem sex sju åtta nio tio elva tolv tretton')).toBe('ett två tre fyra fem sex sju åtta nio tio elva tolv…');
    expect(excerptOf('  kort  ')).toBe('kort');
  });

  it('forgets items the overlay no longer lists', () => {
    const page = new PageTriage('s', 'u');
    page.update([{ key: 'a', reading: comment('a', QUESTION) }], ['a'], new Date(AT), createTriageCache());
    page.update([], [], new Date(AT), createTriageCache());
    expect(page.readings.size).toBe(0);
    expect(page.list()).toEqual([]);
  });
});
