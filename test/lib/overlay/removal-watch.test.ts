import { describe, expect, it } from 'vitest';
import { facebook } from '../../../lib/platforms/facebook';
import { youtube } from '../../../lib/platforms/youtube';
import { entryAction, itemOfButton } from '../../../lib/overlay/removal-watch';
import { removalDocument } from '../../support/fixtures';

// Issue 24: which comment a menu button belongs to, and what a menu entry does, on the removal
// pages of these fixtures (test/fixtures/removal-kit.mjs). The browser tests (test/e2e/removal-capture.e2e.ts)
// press them with a person's clicks.
const cases = [
  { adapter: facebook, url: 'https://www.facebook.com/tyresokommun', files: ['facebook/page-feed.sv.html', 'facebook/page-feed.en.html', 'facebook/post-dialog.sv.html', 'facebook/comment-permalink.sv.html'] },
  { adapter: youtube, url: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0', files: ['youtube/watch.sv.html', 'youtube/watch.en.html'] },
];

describe('itemOfButton', () => {
  for (const { adapter, url, files } of cases) {
    for (const file of files) {
      it(`ties every menu button in ${file} to its own comment, which the adapter reads`, () => {
        const doc = removalDocument(file, url);
        const buttons = [...doc.querySelectorAll(adapter.removal!.button)];
        const items = adapter.findItems(doc);
        expect(buttons.length).toBeGreaterThan(0);
        // One button per comment, and each button's comment is the nearest one around it.
        expect(buttons.map((b) => itemOfButton(b, adapter))).toEqual(items);
        for (const item of items) expect(adapter.read(item)?.text.length).toBeGreaterThan(0);
      });
    }
  }

  it('ties a menu outside any comment (a post\'s own "…") to nothing', () => {
    const doc = removalDocument('facebook/page-feed.sv.html', 'https://www.facebook.com/tyresokommun');
    const stray = doc.createElement('div');
    stray.setAttribute('role', 'button');
    stray.setAttribute('aria-haspopup', 'menu');
    doc.querySelector('div[role="article"]')!.prepend(stray);
    expect(itemOfButton(stray, facebook)).toBeNull();
  });
});

describe('entryAction', () => {
  const words = (file: string, url: string, adapter: typeof facebook) => {
    const doc = removalDocument(file, url);
    return [...doc.querySelectorAll(`${adapter.removal!.menu} :is(${adapter.removal!.entry}), :is(${adapter.removal!.menu}):is(${adapter.removal!.entry})`)].map((e) => [e.textContent!.trim(), entryAction(e, adapter.removal!.labels)]);
  };

  it('reads Facebook\'s entries in Swedish and English', () => {
    expect(words('facebook/page-feed.sv.html', 'https://www.facebook.com/x', facebook)).toEqual([['Redigera', null], ['Ta bort', 'deleted'], ['Dölj kommentar', 'hidden'], ['Rapportera kommentar', null]]);
    expect(words('facebook/page-feed.en.html', 'https://www.facebook.com/x', facebook)).toEqual([['Edit', null], ['Delete', 'deleted'], ['Hide comment', 'hidden'], ['Report comment', null]]);
  });

  it('reads YouTube\'s entries in Swedish and English; "Hide user from channel" hides the comment too', () => {
    expect(words('youtube/watch.sv.html', 'https://www.youtube.com/watch?v=x', youtube)).toEqual([['Fäst', null], ['Ta bort', 'deleted'], ['Rapportera', null], ['Dölj användare från kanalen', 'hidden']]);
    expect(words('youtube/watch.en.html', 'https://www.youtube.com/watch?v=x', youtube)).toEqual([['Pin', null], ['Remove', 'deleted'], ['Report', null], ['Hide user from channel', 'hidden']]);
  });

  it('goes by the whole label, not a part of it, and by aria-label too', () => {
    const doc = removalDocument('facebook/page-feed.sv.html', 'https://www.facebook.com/x');
    const entry = doc.createElement('div');
    entry.textContent = 'Ta bort tagg';
    expect(entryAction(entry, facebook.removal!.labels)).toBeNull();
    entry.textContent = '';
    entry.setAttribute('aria-label', '  TA  BORT ');
    expect(entryAction(entry, facebook.removal!.labels)).toBe('deleted');
  });
});
