import { describe, expect, it } from 'vitest';
import type { ItemReading } from '../../../lib/platforms';
import { createTriageCache, triage, type Triage } from '../../../lib/triage';

/** Tuesday 8 December 2026, 10:00 in Stockholm (UTC+1). */
const NOW = new Date('2026-12-08T09:00:00.000Z');

const QUESTION = 'Vilka tider har badhuset öppet på söndagar?';
const FAULT = 'Gatlampan på Storgatan är trasig sedan en vecka.';
const PRAISE = 'Tack för en fin invigning!';
const ANSWER = 'Hej Karin! Söndagar har vi öppet 9–16.';
const PNR = 'Mitt personnummer är 121212-1212.';

let n = 0;
function comment(text: string, extra: Partial<ItemReading> = {}): ItemReading {
  n++;
  return { kind: 'comment', author: `Person ${String(n)}`, text, byOwner: false, itemId: `c${String(n)}`, ...extra };
}
const reply = (text: string, extra: Partial<ItemReading> = {}): ItemReading => comment(text, { kind: 'reply', ...extra });
const owner = (text: string, extra: Partial<ItemReading> = {}): ItemReading => reply(text, { author: 'Tyresö kommun', byOwner: true, ...extra });

const none = { answered: false, dueAt: null, overdue: false } as const;

describe('triage(): threads and owner replies', () => {
  it('a question answered by the owner later in its thread is answered; the next thread is not', () => {
    const readings = [
      comment(QUESTION),
      reply('Undrar också!'),
      owner(ANSWER),
      comment(FAULT),
      reply('Tack för svaret!'),
    ];
    expect(triage(readings, NOW)).toEqual<Triage[]>([
      { category: 'question', flags: [], ...none, answered: true, needs: 'none' },
      { category: null, flags: [], ...none, answered: true, needs: 'none' },
      { category: null, flags: [], ...none, needs: 'none' },
      { category: 'fault-report', flags: [], ...none, needs: 'answer' },
      { category: 'praise', flags: [], ...none, needs: 'none' },
    ]);
  });

  it('an owner reply before a follow-up question does not answer it', () => {
    const readings = [comment(QUESTION), owner(ANSWER), reply('Och på lördagar?')];
    expect(triage(readings, NOW).map((t) => [t.answered, t.needs])).toEqual([
      [true, 'none'],
      [false, 'none'],
      [false, 'answer'],
    ]);
  });

  it('a reply naming its parent belongs to that thread, not to the nearest comment before it', () => {
    const first = comment(QUESTION, { itemId: 'A' });
    const second = comment(FAULT, { itemId: 'B' });
    const readings = [first, second, owner(ANSWER, { parentItemId: 'A' })];
    expect(triage(readings, NOW).map((t) => [t.answered, t.needs])).toEqual([
      [true, 'none'],
      [false, 'answer'],
      [false, 'none'],
    ]);
  });

  it("a reply whose named parent is not on the page answers nothing that is", () => {
    const readings = [comment(QUESTION, { itemId: 'A' }), owner(ANSWER, { parentItemId: 'Z' })];
    expect(triage(readings, NOW).map((t) => t.needs)).toEqual(['answer', 'none']);
  });

  it("the owner's own question needs no answer, and a reply by someone else answers nothing", () => {
    const readings = [comment(QUESTION, { author: 'Tyresö kommun', byOwner: true }), comment(QUESTION), reply(ANSWER)];
    expect(triage(readings, NOW).map((t) => [t.answered, t.needs])).toEqual([
      [false, 'none'],
      [false, 'answer'],
      [false, 'none'],
    ]);
  });

  it('what the guide says to remove needs removing, answered or not', () => {
    const readings = [
      comment(PNR),
      comment('Köp billiga solglasögon på www.rea-glas.shop 90% rabatt!!!'),
      comment('Min son har adhd och får inget stöd i skolan, varför?'),
      owner(ANSWER),
      comment('Du är en idiot'),
    ];
    expect(triage(readings, NOW)).toEqual<Triage[]>([
      { category: 'remove', flags: ['personal-identity-number', 'registration-needed'], ...none, needs: 'remove' },
      { category: 'remove', flags: ['registration-needed', 'commercial', 'external-link'], ...none, needs: 'remove' },
      { category: 'remove', flags: ['sensitive-personal-data', 'registration-needed'], ...none, answered: true, needs: 'remove' },
      { category: null, flags: [], ...none, needs: 'none' },
      { category: 'remove', flags: ['registration-needed', 'personal-attack'], ...none, needs: 'remove' },
    ]);
  });
});

describe('triage(): deadlines in Europe/Stockholm', () => {
  const due = (r: Partial<ItemReading>) => triage([comment(QUESTION, r)], NOW)[0]!;

  it('an exact time on a Friday is due on Monday at the same clock time', () => {
    // Friday 4 December 15:30 (14:30Z) → Monday 7 December 15:30: past at NOW.
    expect(due({ publishedAt: '2026-12-04T14:30:00.000Z' })).toEqual({ category: 'question', flags: [], answered: false, dueAt: '2026-12-07T14:30:00.000Z', overdue: true, needs: 'answer' });
  });

  it('a comment on a Saturday is due at the end of Monday', () => {
    expect(due({ publishedAt: '2026-12-05T10:00:00.000Z' }).dueAt).toBe('2026-12-07T22:59:59.000Z');
  });

  it('before julafton and juldagen (Thursday and Friday), due the Monday after', () => {
    // Wednesday 23 December 14:00 → Monday 28 December 14:00 (24th, 25th holidays, 26th–27th weekend).
    const later = new Date('2026-12-28T12:00:00.000Z');
    const [t] = triage([comment(QUESTION, { publishedAt: '2026-12-23T13:00:00.000Z' })], later);
    expect(t).toEqual({ category: 'question', flags: [], answered: false, dueAt: '2026-12-28T13:00:00.000Z', overdue: false, needs: 'answer' });
    expect(triage([comment(QUESTION, { publishedAt: '2026-12-23T13:00:00.000Z' })], new Date('2026-12-28T13:00:01.000Z'))[0]!.overdue).toBe(true);
  });

  it.each([
    // Swedish
    ['2 tim', '2026-12-09T07:00:00.000Z', false], // Tue 08:00 → Wed 08:00
    ['3 d', '2026-12-07T22:59:59.000Z', true], // Sat 10:00 → end of Monday
    ['igår', '2026-12-08T22:59:59.999Z', false], // Monday, the whole day: its newest moment, due Tuesday
    ['igår kl. 14:05', '2026-12-08T13:05:59.999Z', false],
    ['för 2 dagar sedan', '2026-12-07T22:59:59.000Z', true], // Sunday 10:00 → end of Monday
    // English
    ['12 hours ago', '2026-12-08T21:00:00.000Z', false], // Mon 22:00 → Tue 22:00
    ['3 days ago', '2026-12-07T22:59:59.000Z', true],
    ['yesterday', '2026-12-08T22:59:59.999Z', false],
    ['1w', '2026-12-02T09:00:00.000Z', true], // Tue 1 Dec 10:00 → Wed 2 Dec 10:00
  ])('shown as %s: due %s', (publishedText, dueAt, overdue) => {
    expect(due({ publishedText })).toMatchObject({ dueAt, overdue, needs: 'answer' });
  });

  it('the exact time wins over the shown one', () => {
    expect(due({ publishedAt: '2026-12-04T14:30:00.000Z', publishedText: '2 tim' }).dueAt).toBe('2026-12-07T14:30:00.000Z');
  });

  it('a time that cannot be read has no deadline ("tid okänd"), and so is never overdue', () => {
    for (const r of [{}, { publishedText: 'någon gång' }, { publishedAt: 'inte ett datum' }, { publishedText: '' }]) {
      expect(due(r)).toEqual({ category: 'question', flags: [], answered: false, dueAt: null, overdue: false, needs: 'answer' });
    }
  });

  it('an item needing no answer has its deadline but is never overdue', () => {
    expect(triage([comment(PRAISE, { publishedText: '3 d' })], NOW)[0]).toEqual({ category: 'praise', flags: [], answered: false, dueAt: '2026-12-07T22:59:59.000Z', overdue: false, needs: 'none' });
  });
});

describe('triage(): half-read readings are never guessed', () => {
  it('no text: no category, no flags, nothing needed; the time still gives its deadline', () => {
    const r = comment('', { unreadable: ['text'], publishedText: '2 tim' });
    expect(triage([r], NOW)).toEqual([{ category: null, flags: [], answered: false, dueAt: '2026-12-09T07:00:00.000Z', overdue: false, needs: 'none' }]);
  });

  it('text the adapter says it could not read is not classified, even if a fragment was kept', () => {
    expect(triage([comment(PNR, { unreadable: ['text'] })], NOW)[0]).toMatchObject({ category: null, flags: [], needs: 'none' });
  });

  it('no author: the text is classified, but a question is not said to need an answer (it may be the owner’s)', () => {
    const readings = [comment(QUESTION, { author: '', unreadable: ['author'] }), comment(PNR, { author: '', unreadable: ['author'] })];
    expect(triage(readings, NOW)).toEqual<Triage[]>([
      { category: 'question', flags: [], ...none, needs: 'none' },
      { category: 'remove', flags: ['personal-identity-number', 'registration-needed'], ...none, needs: 'remove' },
    ]);
  });
});

describe('triage(): cache and speed', () => {
  it('one entry per reading in the same order, an empty page giving none', () => {
    expect(triage([], NOW)).toEqual([]);
    const readings = [comment(PRAISE), comment(PNR), comment(QUESTION)];
    expect(triage(readings, NOW).map((t) => t.needs)).toEqual(['none', 'remove', 'answer']);
  });

  it('a re-read of the same text is answered from the cache, not classified again', () => {
    let calls = 0;
    const cache = createTriageCache((text) => {
      calls++;
      return { category: text.endsWith('?') ? 'question' : null, flags: [], reasons: [], removalReasons: [], sensitiveKinds: [] };
    });
    const readings = [comment(QUESTION), comment(PRAISE)];
    triage(readings, NOW, cache);
    triage(readings, NOW, cache);
    triage([...readings, comment(QUESTION)], NOW, cache);
    expect(calls).toBe(2);
  });

  it('a result can be changed by its caller without changing the cached one', () => {
    const cache = createTriageCache();
    triage([comment(PNR)], NOW, cache)[0]!.flags.length = 0;
    expect(triage([comment(PNR)], NOW, cache)[0]!.flags).toEqual(['personal-identity-number', 'registration-needed']);
  });
});
