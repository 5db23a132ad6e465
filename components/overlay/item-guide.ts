import type { CategoryId } from '../../lib/guide/schema';
import type { Suggestion } from '../../lib/guide/suggest';

/** What one item's guide panel shows and changes (state kept in the PanelManager). */
export interface ItemGuide {
  suggestion: Suggestion;
  /** The category shown: the user's choice, else the suggestion. */
  category: CategoryId | null;
  setCategory: (c: CategoryId | null) => void;
}
