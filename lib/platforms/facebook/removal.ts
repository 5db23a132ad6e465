import type { RemovalMenu } from '../types';
import * as selectors from './selectors';

/**
 * Issue 24: Facebook's comment menu, for capture on removal. The entries' words in Swedish and
 * English as the site writes them (Swedish: "Ta bort", "Dölj kommentar"; English: "Delete",
 * "Hide comment"; corysolovewicz/delete_facebook_wall names "Delete post" for posts).
 */
export const facebookRemoval: RemovalMenu = {
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
    deleted: ['Ta bort', 'Radera', 'Ta bort kommentar', 'Delete', 'Remove', 'Delete comment'],
    hidden: ['Dölj', 'Dölj kommentar', 'Hide', 'Hide comment'],
  },
};
