import { useCallback, useMemo, useState } from 'react';
import { classificationFor, type Classification } from '../../lib/deadlines/classification';
import type { CategoryId } from '../../lib/guide/schema';
import type { Suggestion } from '../../lib/guide/suggest';
import { useGuide } from './GuideContext';

export interface ItemGuide {
  open: boolean;
  toggle: () => void;
  /** suggest()'s answer; computed only once the panel was opened (pages hold thousands of items). */
  suggestion: Suggestion | null;
  /** The category shown: the user's choice, else the suggestion. */
  category: CategoryId | null;
  setCategory: (c: CategoryId | null) => void;
  /** What a capture stores: only once the user has seen the category in the panel. */
  classification: () => Classification | undefined;
}

/** One item's guide state: the disclosure, the suggestion and the category the user confirmed. */
export function useItemGuide(text: string | undefined, publishedAt: string | undefined): ItemGuide {
  const { suggester, workdays } = useGuide();
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(false);
  const [chosen, setChosen] = useState<CategoryId | null | undefined>(undefined);
  const suggestion = useMemo(() => (seen && text !== undefined ? suggester(text) : null), [seen, text, suggester]);
  const category = chosen !== undefined ? chosen : (suggestion?.category ?? null);
  const toggle = useCallback(() => {
    setOpen((o) => !o);
    setSeen(true);
  }, []);
  const classification = useCallback(() => {
    if (!suggestion || !category) return undefined;
    // Without the holiday table no deadline is guessed; the category is still stored.
    if (!workdays) return { category, flags: [...suggestion.flags] };
    return classificationFor(workdays, category, suggestion.flags, publishedAt, new Date());
  }, [suggestion, category, publishedAt, workdays]);
  return { open, toggle, suggestion, category, setCategory: setChosen, classification };
}
