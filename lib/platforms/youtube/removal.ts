import type { RemovalMenu } from '../types';
import * as selectors from './selectors';

/**
 * Issue 24: the watch page's comment menu for the channel owner (⋮ → Ta bort / Remove; Dölj
 * användare från kanalen / Hide user from channel, which hides the comment too), as YouTube's
 * help pages name the entries.
 */
export const youtubeRemoval: RemovalMenu = {
  // Read at each use: a newer site pack replaces the selectors while the page is open.
  get button() {
    return selectors.removalButton;
  },
  get menu() {
    return selectors.removalMenu;
  },
  get entry() {
    return selectors.removalEntry;
  },
  labels: {
    deleted: ['Ta bort', 'Radera', 'Remove', 'Delete'],
    hidden: ['Dölj användare från kanalen', 'Hide user from channel'],
  },
};
