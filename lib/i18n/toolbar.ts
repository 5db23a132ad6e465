import { toolbarEn } from './messages/toolbar.en';
import { toolbarSv } from './messages/toolbar.sv';
import { shotsEn } from './messages/shots.en';
import { shotsSv } from './messages/shots.sv';
import { removalEn } from './messages/removal.en';
import { removalSv } from './messages/removal.sv';
import { versionsEn } from './messages/versions.en';
import { versionsSv } from './messages/versions.sv';
import { triageEn } from './messages/triage.en';
import { triageSv } from './messages/triage.sv';
import { makeTranslator } from './translate';

/**
 * The content script's translator: only the toolbar's strings, so every tab of the sites does
 * not carry the whole catalogue (issue 3: ≤ 100 kB gzipped). Same keys as the full catalogue.
 */
export type ToolbarKey = keyof typeof toolbarSv | keyof typeof shotsSv | keyof typeof removalSv | keyof typeof versionsSv | keyof typeof triageSv;
export type ToolbarTranslate = (key: ToolbarKey, vars?: Record<string, string | number>) => string;

export function toolbarTranslator(lang: 'sv' | 'en'): ToolbarTranslate {
  // With the language, so "1 gång" and "3 gånger" come from one key (plural forms).
  return makeTranslator<ToolbarKey>(lang === 'en' ? { ...toolbarEn, ...shotsEn, ...removalEn, ...versionsEn, ...triageEn } : { ...toolbarSv, ...shotsSv, ...removalSv, ...versionsSv, ...triageSv }, lang);
}
