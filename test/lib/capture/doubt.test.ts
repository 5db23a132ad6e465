import { describe, expect, it } from 'vitest';
import { doubtText, mergeDoubts } from '../../../lib/capture/doubt';
import { translator } from '../../../lib/i18n';

describe('mergeDoubts', () => {
  it('is null when no check had anything to say', () => {
    expect(mergeDoubts(null, undefined, null)).toBeNull();
  });
  it('keeps every reason once, the largest share covered and each description once', () => {
    expect(
      mergeDoubts(
        { reasons: ['header'], coveredPercent: 20, detail: 'div[role=banner]' },
        { reasons: ['header', 'dialog'], coveredPercent: 35, detail: 'div[role=banner]; div[role=dialog] "Logga in"' },
        { reasons: ['tab-changed'] },
      ),
    ).toEqual({ reasons: ['header', 'dialog', 'tab-changed'], coveredPercent: 35, detail: 'div[role=banner]; div[role=dialog] "Logga in"' });
  });
});

describe('doubtText', () => {
  const doubt = { reasons: ['dialog', 'cut-off'] as ('dialog' | 'cut-off')[], coveredPercent: 40, detail: 'div[role=dialog] "Logga in"' };
  it('words every reason, the share and what covered it, in Swedish', () => {
    expect(doubtText(doubt, translator('sv'))).toBe(
      'en dialogruta på sidan låg över posten; posten var större än fönstret, så bilden visar bara den del som syntes; ungefär 40 % av postens yta var täckt; täckt av: div[role=dialog] "Logga in"',
    );
  });
  it('and in English, with no Swedish left', () => {
    const text = doubtText(doubt, translator('en'));
    expect(text).toBe('a dialog on the page lay over the item; the item was larger than the window, so the picture shows only the part that was in view; about 40 % of the item’s area was covered; covered by: div[role=dialog] "Logga in"');
  });
});
