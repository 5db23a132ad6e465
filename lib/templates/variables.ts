import type { LocalizedText } from '../guide/schema';

/**
 * Template variables. Syntax: the variable's name in double braces, `{{firstName}}`; spaces
 * inside the braces are allowed (`{{ firstName }}`) and names are case-insensitive. Each
 * variable has an English name and a Swedish alias that mean the same: `{{förnamn}}` is
 * `{{firstName}}`. Anything else in double braces is an unknown variable and is rejected.
 *
 * | name         | Swedish      | value                                                   |
 * |--------------|--------------|---------------------------------------------------------|
 * | firstName    | förnamn      | the commenter's first name                              |
 * | name         | namn         | the administrator's name (from the profile)            |
 * | title        | titel        | the administrator's title                              |
 * | unit         | enhet        | the administrator's unit                               |
 * | organisation | organisation | the organisation, e.g. "Tyresö kommun"                 |
 * | website      | webbplats    | the organisation's web site, e.g. "tyreso.se"          |
 * | link         | länk         | a link to more information, chosen when replying       |
 */
export const VARIABLE_NAMES = ['firstName', 'name', 'title', 'unit', 'organisation', 'website', 'link'] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

export const SWEDISH_ALIASES: Record<VariableName, string> = {
  firstName: 'förnamn',
  name: 'namn',
  title: 'titel',
  unit: 'enhet',
  organisation: 'organisation',
  website: 'webbplats',
  link: 'länk',
};

/** What to fill in, as the UI says it when a value is missing. */
export const VARIABLE_LABELS: Record<VariableName, LocalizedText> = {
  firstName: { sv: 'kommentatorns förnamn', en: "the commenter's first name" },
  name: { sv: 'ditt namn', en: 'your name' },
  title: { sv: 'din titel', en: 'your title' },
  unit: { sv: 'din enhet', en: 'your unit' },
  organisation: { sv: 'organisationens namn', en: "the organisation's name" },
  website: { sv: 'webbplatsens adress', en: "the web site's address" },
  link: { sv: 'länken', en: 'the link' },
};

const BY_LOWER_NAME = new Map<string, VariableName>();
for (const v of VARIABLE_NAMES) {
  BY_LOWER_NAME.set(v.toLowerCase(), v);
  BY_LOWER_NAME.set(SWEDISH_ALIASES[v].toLocaleLowerCase('sv-SE'), v);
}

/** The variable a name in braces refers to, in English or Swedish, or undefined. */
export function variableNamed(name: string): VariableName | undefined {
  return BY_LOWER_NAME.get(name.normalize('NFC').trim().toLocaleLowerCase('sv-SE'));
}

/** `{{ name }}`: what is between the braces may not itself contain a brace. */
export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
