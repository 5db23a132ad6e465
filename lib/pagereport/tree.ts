import type { ReportNode } from './schema';
import { nameShape, shape, valueShape } from './shape';
import { urlShape } from './url-shape';

/** Attributes that hold a URL: shaped as a URL, so a maintainer still sees how links are built. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'action', 'formaction', 'poster', 'cite', 'data-href', 'xlink:href', 'background',
]);

export interface TreeLimits {
  maxDepth: number;
  maxNodes: number;
}

export interface TreeResult {
  tree: ReportNode;
  cutNodes: number;
  cutAtDepth: number;
}

/** An attribute's value as the report shows it. */
export function attributeShape(name: string, value: string, base: string): string {
  return URL_ATTRIBUTES.has(name) ? urlShape(value, base) : valueShape(name, value);
}

function attributes(el: Element, base: string): Record<string, string> | undefined {
  if (el.attributes.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const attr of el.attributes) out[nameShape(attr.name)] = attributeShape(attr.name, attr.value, base);
  return out;
}

/** How many nodes `node` holds (itself included) that the report leaves out when it cuts it. */
function weight(node: Node): number {
  return node.nodeType === node.ELEMENT_NODE ? 1 + (node as Element).querySelectorAll('*').length : 1;
}

/**
 * The page's element tree: tags, attribute names, shaped values, shaped texts. Comments and
 * whitespace-only texts are left out (they say nothing about the structure). Bounded: below
 * `maxDepth`, and after `maxNodes` nodes, children are counted in `cut`, not listed.
 */
export function elementTree(doc: Document, limits: TreeLimits): TreeResult {
  const base = doc.URL;
  let emitted = 0;
  let cutNodes = 0;
  let cutAtDepth = 0;
  const visit = (el: Element, depth: number): ReportNode => {
    emitted++;
    const node: ReportNode = { t: nameShape(el.localName) };
    const attrs = attributes(el, base);
    if (attrs) node.a = attrs;
    const children: (ReportNode | string)[] = [];
    let cut = 0;
    for (const child of el.childNodes) {
      const isText = child.nodeType === child.TEXT_NODE && (child.textContent ?? '').trim() !== '';
      const isElement = child.nodeType === child.ELEMENT_NODE;
      if (!isText && !isElement) continue;
      if (depth >= limits.maxDepth || emitted >= limits.maxNodes) {
        cut++;
        const w = weight(child);
        cutNodes += w;
        if (depth >= limits.maxDepth) cutAtDepth += w;
        continue;
      }
      if (isText) {
        emitted++;
        children.push(shape(child.textContent ?? ''));
      } else children.push(visit(child as Element, depth + 1));
    }
    if (children.length > 0) node.c = children;
    if (cut > 0) node.cut = cut;
    return node;
  };
  const tree = visit(doc.documentElement, 0);
  return { tree, cutNodes, cutAtDepth };
}
