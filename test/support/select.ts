// Chooses an option of a <select> with the arrow keys, as a user does: the overlay acts only
// on trusted input (issue 26), and Playwright's selectOption sets the value and dispatches
// synthetic input/change events, which a page script could do too.
import type { Locator } from 'playwright-core';

export async function chooseOption(select: Locator, value: string): Promise<void> {
  // Focus is only the starting point; the change itself is the keyboard's.
  await select.focus();
  // One key at a time, looking again after each: the list may change as the choice does (the
  // guide's "choose a category" option goes once one is chosen).
  for (let presses = 0; presses < 30; presses++) {
    const { from, to } = await select.evaluate((el: HTMLSelectElement, v) => ({ from: el.selectedIndex, to: [...el.options].findIndex((o) => o.value === v) }), value);
    if (to < 0) throw new Error(`No option ${value}`);
    if (from === to) return;
    await select.press(to > from ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`Could not choose ${value}`);
}
