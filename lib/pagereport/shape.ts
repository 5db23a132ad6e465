/**
 * Placeholders for a page report: what a maintainer needs to write a selector (how long a text
 * is, what kind of characters it has, how a URL is built) and nothing a person could be known
 * by. Every string that leaves the page passes through one of these functions.
 */

/** One character class per kind of character, in a fixed order. */
const CLASSES: [RegExp, string][] = [
  [/\p{Lu}/u, 'A'],
  [/[\p{Ll}\p{Lo}\p{Lt}\p{Lm}]/u, 'a'],
  [/\p{N}/u, '9'],
  [/\s/u, '_'],
  [/\p{P}/u, '.'],
];
const OTHER = '*';
const ORDER = ['A', 'a', '9', '_', '.', OTHER];

/** "Hej Karin 2!" → "Aa9_. ×12": the classes present and the length in characters. */
export function shape(text: string): string {
  const seen = new Set<string>();
  let length = 0;
  for (const ch of text) {
    length++;
    seen.add(CLASSES.find(([re]) => re.test(ch))?.[1] ?? OTHER);
  }
  return `${ORDER.filter((c) => seen.has(c)).join('')} ×${length}`;
}

/** Matches every string `shape` can return, for the schema and the tests. */
export const SHAPE_PATTERN = /^[Aa9_.*]* ×\d+$/;

/**
 * Attribute values kept as they are: enumerated tokens from the HTML and ARIA specifications,
 * which say how a page is built and can never be someone's words.
 */
export const ENUMERATED_VALUES: ReadonlySet<string> = new Set([
  'true', 'false', 'mixed', 'auto', 'ltr', 'rtl', 'on', 'off', 'polite', 'assertive',
  'page', 'step', 'location', 'date', 'time', 'menu', 'listbox', 'tree', 'grid', 'dialog',
  'horizontal', 'vertical', 'ascending', 'descending', 'none', 'other', 'text', 'submit',
  'reset', 'hidden', 'checkbox', 'radio', 'search', 'email', 'url', 'tel', 'number', 'file',
  'lazy', 'eager', 'async', 'sync', 'noopener', 'noreferrer', 'nofollow', 'presentation',
  '_blank', '_self', 'module', 'stylesheet', 'icon', 'preload', 'dns-prefetch', 'preconnect',
  'manifest', 'button', 'link', 'img', 'region', 'article', 'list', 'listitem', 'main',
  'navigation', 'banner', 'complementary', 'contentinfo', 'form', 'group', 'heading',
  'textbox', 'tab', 'tablist', 'tabpanel', 'toolbar', 'tooltip', 'menuitem', 'menubar',
  'option', 'combobox', 'alert', 'alertdialog', 'status', 'log', 'feed', 'figure', 'row',
  'cell', 'gridcell', 'rowgroup', 'columnheader', 'rowheader', 'table', 'separator', 'switch',
  'slider', 'spinbutton', 'progressbar', 'scrollbar', 'searchbox', 'treeitem', 'treegrid',
  'radiogroup', 'menuitemcheckbox', 'menuitemradio', 'application', 'document', 'math', 'note',
  'term', 'definition', 'directory', 'marquee', 'timer', 'generic', 'paragraph', 'code',
  'strong', 'emphasis', 'deletion', 'insertion', 'subscript', 'superscript', 'blockquote',
  'caption', 'meter', 'mark', 'comment', 'suggestion',
]);

/** Attributes whose value is one of the enumerated tokens above, when it is one. */
export const ENUMERATED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'role', 'dir', 'type', 'loading', 'decoding', 'rel', 'target', 'contenteditable', 'draggable',
  'hidden', 'spellcheck', 'translate', 'autocomplete', 'tabindex', 'aria-hidden', 'aria-expanded',
  'aria-pressed', 'aria-checked', 'aria-selected', 'aria-disabled', 'aria-haspopup',
  'aria-current', 'aria-live', 'aria-modal', 'aria-multiline', 'aria-orientation', 'aria-busy',
  'aria-readonly', 'aria-required', 'aria-invalid', 'aria-atomic', 'aria-sort',
  'aria-autocomplete',
]);

/** Attribute (and query parameter) names kept: lower-case words, runs of digits shaped. */
export function nameShape(name: string): string {
  if (!/^[a-zA-Z][\w:.\-[\]]{0,63}$/.test(name)) return shape(name);
  return name.replace(/\d{2,}/g, '#');
}

/** An attribute's value as the report keeps it. */
export function valueShape(attribute: string, value: string): string {
  if (value === '') return '';
  if (ENUMERATED_ATTRIBUTES.has(attribute) && ENUMERATED_VALUES.has(value)) return value;
  if (attribute === 'tabindex' && /^-?\d$/.test(value)) return value;
  return shape(value);
}
