import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Beyond the recommended sets: nothing may build code or HTML from strings (captured comment
// text is hostile input; issue 7), and React hooks follow their rules.
const noStringBuiltCode = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Captured text must stay text: build DOM nodes or use textContent.' },
    { property: 'outerHTML', message: 'Captured text must stay text.' },
    { property: 'insertAdjacentHTML', message: 'Captured text must stay text.' },
    { object: 'document', property: 'write', message: 'No document.write.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Captured text must stay text: no dangerouslySetInnerHTML.' },
    { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'No HTML parsed from strings.' },
  ],
};

// Content-script code runs in Firefox behind Xray wrappers: the iterator objects that a page
// object's keys()/values()/entries() return (URLSearchParams, Headers, FormData, NodeList …) are
// not iterable there ("XrayWrapper denied access to property Symbol.iterator"), and the read
// fails silently (no toolbars on Facebook, issue 23). Use forEach. Our own Maps and Sets are
// covered too: without types a rule cannot tell them apart, and forEach does the same.
const PAGE_ITERATOR = "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(keys|values|entries)$/]:not([callee.object.name=/^(Object|Reflect)$/])";
const SEARCH_PARAMS = "MemberExpression[property.name='searchParams']";
const pageRealmMessage = 'A Firefox content script may not iterate a page object\'s iterator (Xray): use forEach.';
const pageRealmIteration = [PAGE_ITERATOR, SEARCH_PARAMS].flatMap((it) => [
  `SpreadElement > ${it}`,
  `ForOfStatement > ${it}.right`,
  `CallExpression[callee.object.name='Array'][callee.property.name='from'] > ${it}.arguments`,
  `NewExpression > ${it}.arguments`,
  `VariableDeclarator[id.type='ArrayPattern'] > ${it}.init`,
]).map((selector) => ({ selector, message: pageRealmMessage }));
/** The content script's code and what the guide panel (injected into the page) bundles. */
export const contentScriptFiles = ['lib/platforms/**', 'lib/overlay/**', 'entrypoints/overlay.content/**', 'entrypoints/guide-panel.ts', 'components/overlay/**'];
// Where code runs (issue 19). The content script (lib/overlay, and the site adapters it carries)
// runs on every page of the sites: no full zod (zod/mini is the content script's), no Dexie, no
// React, no records database; what needs them is loaded on demand or asked of the background.
const contentScriptImports = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'zod', message: 'The content script carries zod/mini only (full zod was 93 kB of it).' },
        { name: 'dexie', message: 'The content script does not open the database: ask the background (lib/protocol.ts).' },
        { name: 'dexie-react-hooks', message: 'No Dexie in the content script.' },
        { name: 'react', message: 'No React in the content script: the guide panel is loaded on first use (lib/overlay/panel-api.ts).' },
        { name: 'react-dom', message: 'No React in the content script.' },
      ],
      patterns: [
        { group: ['react-dom/*', 'react/*', 'dexie/*', 'zod/v4', 'zod/v4/classic', '**/records/db', '**/records/db.ts'], message: 'Not in the content script (no React, Dexie, full zod or records database).' },
      ],
    },
  ],
};
// Exporters are pure (records in, bytes out): no browser API and no database of their own; the
// caller hands them the records (a type import of the store's types is no dependency).
const pureExporterImports = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'webextension-polyfill', message: 'Exporters are pure: no browser API.' },
        { name: 'wxt/browser', message: 'Exporters are pure: no browser API.' },
        { name: '#imports', message: 'Exporters are pure: no browser API.' },
        { name: 'dexie', message: 'Exporters are pure: no database.' },
      ],
      patterns: [{ group: ['**/records/db', '**/records/db.ts'], allowTypeImports: true, message: 'Exporters are pure: the caller reads the records.' }],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'browser', message: 'Exporters are pure: no browser API.' },
    { name: 'chrome', message: 'Exporters are pure: no browser API.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      // Code here runs in extension pages, workers, content scripts, Node (tests, scripts) and,
      // inside page.evaluate, in the browser: all of those globals, plus chrome in tests.
      globals: { ...globals.browser, ...globals.node, chrome: 'readonly' },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noStringBuiltCode,
      // Sanitising XML, CSV and PDF text needs control characters in regular expressions.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  { files: ['lib/overlay/**', 'lib/platforms/**'], rules: contentScriptImports },
  { files: ['lib/export/**'], rules: pureExporterImports },
  {
    files: contentScriptFiles,
    rules: { 'no-restricted-syntax': ['error', ...noStringBuiltCode['no-restricted-syntax'].slice(1), ...pageRealmIteration] },
  },
  {
    // Tests may read markup from fixtures and poke at pages; the string-built-code rules still hold.
    files: ['test/**'],
    // Hostile inputs (javascript: URLs among them) are test data here.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off', 'no-script-url': 'off' },
  },
);
