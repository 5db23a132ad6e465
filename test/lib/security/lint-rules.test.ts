import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Issue 7, least privilege: the lint rules that keep captured text as text (eslint.config.js)
// really fire, on our own config, for code in lib/ and components/.

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

async function rulesFiring(code: string, file = 'components/overlay/Sample.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '../../..', file) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('lint rules against string-built code and HTML', () => {
  const cases: [string, string, string][] = [
    ['eval', 'export const f = (s: string) => eval(s);\n', 'no-eval'],
    ['new Function', "export const f = () => new Function('return 1');\n", 'no-new-func'],
    ['setTimeout with a string', "setTimeout('alert(1)', 10);\n", 'no-implied-eval'],
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }\n', 'no-restricted-properties'],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }\n', 'no-restricted-properties'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }\n", 'no-restricted-properties'],
    ['document.write', 'export function f(s: string) { document.write(s); }\n', 'no-restricted-properties'],
    ['dangerouslySetInnerHTML', 'export const C = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;\n', 'no-restricted-syntax'],
    ['createContextualFragment', 'export const f = (s: string) => document.createRange().createContextualFragment(s);\n', 'no-restricted-syntax'],
    ['javascript: URL', "export const href = 'javascript:alert(1)';\n", 'no-script-url'],
  ];
  for (const [name, code, rule] of cases) {
    it(`${name} is an error (${rule})`, async () => {
      expect(await rulesFiring(code)).toContain(rule);
    });
  }

  it('text-only rendering passes', async () => {
    expect(await rulesFiring('export const C = ({ s }: { s: string }) => <p>{s}</p>;\nexport function f(el: HTMLElement, s: string) { el.textContent = s; }\n')).toEqual([]);
  });
});
