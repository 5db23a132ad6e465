import { describe, expect, it } from 'vitest';
import { PanelManager } from '../../../components/overlay/panel-manager';
import { suggest } from '../../../lib/guide/suggest';
import type { PanelTarget } from '../../../lib/overlay/panel-api';
import { workdaysFromTable } from '../../../lib/calendar/table';

const target = (key: string, text: string, publishedAt?: string): PanelTarget => ({
  key,
  item: {} as Element,
  reading: { kind: 'comment', author: 'Karin Lindqvist', text, byOwner: false, ...(publishedAt ? { publishedAt } : {}) },
  adapter: {} as PanelTarget['adapter'],
  slot: {} as HTMLElement,
  panelId: `kv-guide-${key}`,
});

describe('the guide panels’ state (PanelManager)', () => {
  it('gives no classification for an item whose guide was never seen', () => {
    const m = new PanelManager(() => undefined);
    expect(m.classification('1:0')).toBeUndefined();
    m.toggle(target('1:0', 'Vilka tider har badhuset öppet?'));
    // Opened, but the panel has not rendered its suggestion yet: still nothing claimed.
    expect(m.classification('1:0')).toBeUndefined();
  });

  it('stores the suggestion once shown, and the user’s choice over it, across close and reopen', () => {
    let firstUse = 0;
    const m = new PanelManager(() => firstUse++);
    const t = target('1:0', 'Vilka tider har badhuset öppet?');
    expect(m.toggle(t)).toBe(true);
    m.setSuggestion('1:0', suggest(t.reading.text));
    expect(m.classification('1:0')).toMatchObject({ category: 'question' });
    m.choose('1:0', 'fault-report');
    expect(m.toggle(t)).toBe(false);
    expect(m.toggle(t)).toBe(true);
    expect(m.classification('1:0')).toMatchObject({ category: 'fault-report' });
    expect(firstUse).toBe(3);
    expect(m.getSnapshot().filter((e) => e.open)).toHaveLength(1);
  });

  it('adds the answer deadline for questions once the working-day table is there', () => {
    const m = new PanelManager(() => undefined);
    const t = target('2:0', 'Vilka tider har badhuset öppet?', '2026-11-20T09:00:00+01:00');
    m.toggle(t);
    m.setSuggestion('2:0', suggest(t.reading.text));
    expect(m.classification('2:0')?.dueAt).toBeUndefined();
    m.setWorkdays(workdaysFromTable({ '2026': [], '2027': [] }));
    // Friday 09:00 → due the next working day, Monday 23 November.
    expect(m.classification('2:0')?.dueAt?.slice(0, 10)).toBe('2026-11-23');
  });

  it('forgets a recycled or removed item, and dispose closes everything', () => {
    const m = new PanelManager(() => undefined);
    m.toggle(target('1:0', 'Tack!'));
    m.toggle(target('2:0', 'Hej'));
    m.forget('1:0');
    expect(m.getSnapshot().map((e) => e.target.key)).toEqual(['2:0']);
    m.dispose();
    expect(m.getSnapshot()).toEqual([]);
  });
});
