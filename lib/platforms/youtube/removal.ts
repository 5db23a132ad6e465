import type { RemovalMenu } from '../types';
import { removalButton, removalEntry, removalMenu } from './selectors';

/**
 * Issue 24: the watch page's comment menu for the channel owner (⋮ → Ta bort / Remove; Dölj
 * användare från kanalen / Hide user from channel, which hides the comment too), as YouTube's
 * help pages name the entries.
 */
export const youtubeRemoval: RemovalMenu = {
  button: removalButton.join(', '),
  menu: removalMenu.join(', '),
  entry: removalEntry.join(', '),
  labels: {
    deleted: ['Ta bort', 'Radera', 'Remove', 'Delete'],
    hidden: ['Dölj användare från kanalen', 'Hide user from channel'],
  },
};
