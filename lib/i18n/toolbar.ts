import { toolbarEn } from './messages/toolbar.en';
import { toolbarSv } from './messages/toolbar.sv';
import { shotsEn } from './messages/shots.en';
import { shotsSv } from './messages/shots.sv';
import { triageEn } from './messages/triage.en';
import { triageSv } from './messages/triage.sv';
import { makeTranslator } from './translate';

/**
 * The content script's translator: only the toolbar's strings, so every tab of the sites does
 * not carry the whole catalogue (issue 3: ≤ 100 kB gzipped). Same keys as the full catalogue.
 */
export type ToolbarKey = keyof typeof toolbarSv | keyof typeof shotsSv | keyof typeof triageSv;
export type ToolbarTranslate = (key: ToolbarKey, vars?: Record<string, string | number>) => string;

export function toolbarTranslator(lang: 'sv' | 'en'): ToolbarTranslate {
  return makeTranslator<ToolbarKey>(lang === 'en' ? { ...toolbarEn, ...shotsEn, ...triageEn } : { ...toolbarSv, ...shotsSv, ...triageSv });
}
