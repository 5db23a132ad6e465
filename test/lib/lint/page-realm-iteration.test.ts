// The lint rule that keeps the next Xray iteration out of the content script (eslint.config.js,
// issue 23): run through ESLint's own API on the project's config, as `npm run lint` runs it.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function messages(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const forbidden = [
  'export const a = (u: URL) => [...u.searchParams.keys()];',
  'export const a = (u: URL) => [...u.searchParams];',
  'export function a(u: URL) { for (const k of u.searchParams.keys()) console.log(k); }',
  'export function a(u: URL) { for (const [k] of u.searchParams) console.log(k); }',
  'export const a = (l: NodeListOf<Element>) => Array.from(l.entries());',
  'export const a = (h: Headers) => new Map(h.entries());',
  'export function a(f: FormData) { const [first] = f.values(); return first; }',
];
const allowed = [
  'export function a(u: URL) { const keys: string[] = []; u.searchParams.forEach((_v, k) => keys.push(k)); return keys; }',
  'export const a = (o: Record<string, string>) => Object.entries(o).map(([k]) => k);',
  'export const a = (d: Document) => Array.from(d.querySelectorAll("a"));',
];

describe('no iteration over page iterators in content-script code', () => {
  for (const code of forbidden) {
    it(`flags: ${code}`, async () => {
      expect(await messages(code, 'lib/overlay/lint-probe.ts')).toEqual([expect.stringContaining('Xray')]);
      expect(await messages(code, 'lib/platforms/facebook/lint-probe.ts')).toHaveLength(1);
    });
  }
  for (const code of allowed) {
    it(`lets through: ${code}`, async () => {
      expect(await messages(code, 'lib/overlay/lint-probe.ts')).toEqual([]);
    });
  }
  it('holds only where the content script runs (extension pages may iterate)', async () => {
    expect(await messages(forbidden[0]!, 'lib/records/lint-probe.ts')).toEqual([]);
  });
  it('keeps the house rules beside it in the same files', async () => {
    expect(await messages('export const a = () => <div dangerouslySetInnerHTML={{ __html: "" }} />;', 'components/overlay/lint-probe.tsx')).toHaveLength(1);
  });
});
