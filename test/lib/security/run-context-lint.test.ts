import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Issue 19: the lint rules that keep each run context's imports (eslint.config.js) really fire,
// on our own config, for files in the folders they guard.

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function rulesFiring(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';

describe('the content script (lib/overlay, lib/platforms) imports no full zod, Dexie, React or database', () => {
  const imports: [string, string][] = [
    ['full zod', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['dexie', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['react', "import { useState } from 'react';\nexport const u = useState;\n"],
    ['react-dom', "import { createRoot } from 'react-dom/client';\nexport const c = createRoot;\n"],
    ['the records database', "import { getDb } from '../records/db';\nexport const g = getDb;\n"],
  ];
  for (const file of ['lib/overlay/sample.ts', 'lib/platforms/facebook/sample.ts']) {
    for (const [name, code] of imports) {
      it(`${name} in ${file} is an error`, async () => {
        expect(await rulesFiring(code, file)).toContain(RESTRICTED);
      });
    }
  }

  it('zod/mini and the protocol pass', async () => {
    expect(await rulesFiring("import * as z from 'zod/mini';\nimport { send } from '../protocol';\nexport const s = z.string();\nexport const f = send;\n", 'lib/overlay/sample.ts')).toEqual([]);
  });

  it('elsewhere (the queue page) they are allowed', async () => {
    expect(await rulesFiring("import { z } from 'zod';\nimport { getDb } from '../records/db';\nexport const s = z.string();\nexport const g = getDb;\n", 'lib/channels/sample.ts')).toEqual([]);
  });
});

describe('pure exporters (lib/export) touch neither the browser API nor the database', () => {
  const cases: [string, string, string][] = [
    ['wxt/browser', "import { browser } from 'wxt/browser';\nexport const b = browser;\n", RESTRICTED],
    ['webextension-polyfill', "import browser from 'webextension-polyfill';\nexport const b = browser;\n", RESTRICTED],
    ['the browser global', 'export const f = () => browser.downloads.download({ url: "blob:x" });\n', 'no-restricted-globals'],
    ['the chrome global', 'export const f = () => chrome.runtime.id;\n', 'no-restricted-globals'],
    ['the records database', "import { getDb } from '../records/db';\nexport const g = getDb;\n", RESTRICTED],
    ['dexie', "import Dexie from 'dexie';\nexport const d = Dexie;\n", RESTRICTED],
  ];
  for (const [name, code, rule] of cases) {
    it(`${name} is an error (${rule})`, async () => {
      expect(await rulesFiring(code, 'lib/export/sample.ts')).toContain(rule);
    });
  }

  it("the store's types (a type import) and pure libraries pass", async () => {
    expect(await rulesFiring("import type { RecordsDb } from '../records/db';\nimport { zipSync } from 'fflate';\nexport const f = (db: RecordsDb) => [db, zipSync];\n", 'lib/export/sample.ts')).toEqual([]);
  });
});
