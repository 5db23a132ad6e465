import type { RemovalMenu } from '../types';
import { removalButton, removalEntry, removalMenu } from './selectors';

/**
 * Issue 24: Facebook's comment menu, for capture on removal. The entries' words in Swedish and
 * English as the site writes them (Swedish: "Ta bort", "Dölj kommentar"; English: "Delete",
 * "Hide comment"; corysolovewicz/delete_facebook_wall names "Delete post" for posts).
 */
export const facebookRemoval: RemovalMenu = {
  button: removalButton,
  menu: removalMenu,
  entry: removalEntry,
  labels: {
    deleted: ['Ta bort', 'Radera', 'Ta bort kommentar', 'Delete', 'Remove', 'Delete comment'],
    hidden: ['Dölj', 'Dölj kommentar', 'Hide', 'Hide comment'],
  },
};
