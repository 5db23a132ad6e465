import { EN_WORD_LISTS } from './default-word-lists.en';
import { SV_WORD_LISTS } from './default-word-lists.sv';
import type { WordLists } from './word-lists';

/**
 * The shipped word lists, part of the default guide (and so of every exported guide file,
 * where the organisation edits them). The sources travel with the lists in the file.
 *
 * HurtLex is deliberately not used: its licence (CC BY-NC-SA 4.0) forbids commercial use,
 * and its machine-translated Swedish lexicon holds ordinary words such as "polis" and "familj".
 * From LDNOOBW's Swedish list, ordinary words it holds ("hård", "sås", "stake", "olla",
 * "pippa", "tusan") are left out: on a municipality's page they are food, candles and names.
 */
export const DEFAULT_WORD_LISTS: WordLists = {
  sources: [
    {
      lists: ['sv.profanity', 'en.profanity'],
      source:
        'In part from "List of Dirty, Naughty, Obscene, and Otherwise Bad Words" (LDNOOBW), files sv and en, https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words, © 2012–2019 Shutterstock, Inc.; a selection, with ordinary words left out and inflections and common misspellings added by Kommentarsvakt.',
      licence: 'Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/',
    },
    {
      lists: ['sv.sensitive', 'en.sensitive'],
      source:
        'Written for Kommentarsvakt from the special categories of personal data in GDPR art. 9 and art. 10 (health, ethnic origin, religion, sex life or sexual orientation, trade-union membership, criminal offences) and the secrecy of social services, health care and schools (offentlighets- och sekretesslagen 25–26 kap., 23 kap.), with the words used for them in Swedish social-services, LSS and school practice.',
      licence: 'Kommentarsvakt’s own; the organisation may edit and share it freely.',
    },
    {
      lists: ['sv', 'en'],
      source:
        'All other lists written for Kommentarsvakt from Tyresö kommun, Riktlinjer för användning av sociala medier (2013-05-20), §3, §3.2 and Bilaga 3, and from comments as residents write them.',
      licence: 'Kommentarsvakt’s own; the organisation may edit and share it freely.',
    },
  ],
  sv: SV_WORD_LISTS,
  en: EN_WORD_LISTS,
  linkShorteners: ['bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'cutt.ly', 'rebrand.ly', 'shorturl.at', 'tiny.cc'],
  commercialTlds: ['shop', 'store', 'biz', 'xyz', 'top', 'click', 'bet', 'casino'],
};
