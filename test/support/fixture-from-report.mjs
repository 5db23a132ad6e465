// Turns a page report (Sidrapport, lib/pagereport) into the skeleton of a test fixture: the
// page's tags, roles, ARIA and data-* names, with the report's placeholders as texts and values.
// A maintainer then writes fictional texts into it. Usage: npm run fixture -- REPORT.json [OUT.html]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { JSDOM } from 'jsdom';

const NAME = /^[a-zA-Z][\w:.-]*$/;
/** Never brought back to life: a skeleton must not run anything when a test parses it. */
const DROPPED = new Set(['script', 'noscript', 'iframe', 'object', 'embed']);
const DROPPED_ATTRIBUTE = /^on/i;

export function skeleton(report, source) {
  if (report?.format !== 'kommentarsvakt-sidrapport/1' || typeof report.tree !== 'object') {
    throw new Error(`${source}: not a page report (format kommentarsvakt-sidrapport/1)`);
  }
  const dom = new JSDOM('<!DOCTYPE html><html></html>');
  const { document } = dom.window;
  const build = (node, parent) => {
    if (typeof node === 'string') {
      parent.append(document.createTextNode(node));
      return;
    }
    if (!NAME.test(node.t) || DROPPED.has(node.t)) return;
    const el = node.t === 'html' ? document.documentElement : document.createElement(node.t);
    for (const [name, value] of Object.entries(node.a ?? {})) {
      if (NAME.test(name) && !DROPPED_ATTRIBUTE.test(name)) el.setAttribute(name, value);
    }
    // A style's text stays a placeholder, as a CSS comment so the skeleton's CSS stays valid.
    for (const child of node.c ?? []) build(node.t === 'style' && typeof child === 'string' ? `/* ${child} */` : child, el);
    if (node.cut) el.append(document.createComment(` ${node.cut} children cut by the report's limits `));
    if (el !== document.documentElement) parent.append(el);
  };
  document.documentElement.replaceChildren();
  build(report.tree, document);
  const about = [
    `Source: page report ${basename(source)} (${report.format}), Kommentarsvakt ${report.extension.version}, ${report.extension.browser}`,
    `page ${report.url}, adapter ${report.adapter.id ?? 'none'} found ${report.adapter.found} read ${report.adapter.read}`,
    'skeleton made by npm run fixture: texts and values are placeholders (character classes × length); write fictional ones in',
  ].join('; ');
  // jsdom's serializer writes the doctype and escapes every text and value.
  return `<!-- ${about.replaceAll('--', '- -')} -->\n${dom.serialize()}\n`;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [input, output] = process.argv.slice(2);
  if (!input) {
    console.error('Usage: npm run fixture -- REPORT.json [OUT.html]');
    process.exit(2);
  }
  const html = skeleton(JSON.parse(readFileSync(input, 'utf8')), input);
  if (output) writeFileSync(output, html);
  else process.stdout.write(html);
}
