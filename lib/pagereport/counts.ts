import type { PageReport } from './schema';
import { ENUMERATED_VALUES, nameShape, shape } from './shape';
import { URL_ATTRIBUTES } from './tree';
import { urlShape } from './url-shape';

/** Distinct URL shapes listed at most; the rest are counted under one key. */
const MAX_URL_SHAPES = 500;
const MORE = '(more shapes)';

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Counts over the whole page (not capped like the tree): tags, roles, ARIA and data-* names, ids. */
export function pageCounts(doc: Document): { counts: PageReport['counts']; urlShapes: Record<string, number> } {
  const counts: PageReport['counts'] = { elements: 0, textNodes: 0, tags: {}, roles: {}, ariaAttributes: {}, dataAttributes: {}, ids: 0 };
  const urlShapes: Record<string, number> = {};
  for (const el of doc.querySelectorAll('*')) {
    counts.elements++;
    bump(counts.tags, nameShape(el.localName));
    for (const attr of el.attributes) {
      const name = attr.name;
      if (name === 'role') {
        for (const token of attr.value.split(/\s+/).filter(Boolean)) bump(counts.roles, ENUMERATED_VALUES.has(token) ? token : shape(token));
      } else if (name === 'id') counts.ids++;
      else if (name.startsWith('aria-')) bump(counts.ariaAttributes, nameShape(name));
      else if (name.startsWith('data-')) bump(counts.dataAttributes, nameShape(name));
      if (URL_ATTRIBUTES.has(name) && attr.value.trim() !== '') {
        const key = urlShape(attr.value, doc.URL);
        if (key in urlShapes || Object.keys(urlShapes).length < MAX_URL_SHAPES) bump(urlShapes, key);
        else bump(urlShapes, MORE);
      }
    }
  }
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  while (walker.nextNode()) if ((walker.currentNode.textContent ?? '').trim() !== '') counts.textNodes++;
  return { counts, urlShapes };
}
