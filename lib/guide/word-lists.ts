import { z } from 'zod';

/**
 * The word lists behind suggest(), as part of the guide file so that an organisation can edit
 * them (export, edit, import). Swedish and English lists are used together: comments on a
 * Swedish public body's page come in both, often mixed.
 *
 * Entry syntax (plain data an editor can read):
 * - `word`       the whole word only: "fan" matches "fan", not "fanns" or "fantastiskt"
 * - `word*`      words starting with it: "gatlamp*" matches "gatlampan"
 * - `*word`      words ending with it; `*word*` anywhere inside a word
 * - `two words`  a phrase; hyphens and apostrophes count as spaces ("hiv-positiv", "i'm")
 * - anything holding other signs ("% rabatt", "❤") is found as it is written, anywhere
 */

export const SENSITIVE_KINDS = [
  'health',
  'disability',
  'social-services',
  'school',
  'ethnicity',
  'religion',
  'sexual-life',
  'trade-union',
  'criminal',
] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

/** Lists kept per language. Each entry says what it is for in the shipped lists' comments. */
export const WORD_LIST_NAMES = [
  /** A sentence opening with one of these asks something ("hur söker jag …", "nån som vet"). */
  'questionStarts',
  /** An opinion, complaint or request to the organisation (Bilaga 3: "synpunkter"). */
  'opinion',
  /** Sarcasm that turns praise words into a complaint ("jaha", "precis när"). */
  'complaintMarkers',
  'praise',
  /** Faults in streets, lighting, water, parks and buildings, in everyday words. */
  'faultReport',
  /** Party politics, referred to the parties (§3.2). */
  'political',
  /** Words that are political only without a practical election word beside them ("valet"). */
  'politicalWeak',
  /** Practical election matters the body itself answers ("förtidsrösta", "vallokal"). */
  'electionPractical',
  /** Advertising and spam phrases that decide alone (§3: "kommersiella budskap eller reklam"). */
  'commercial',
  /** Offer words: spam only beside a link, a price, or a run of emoji. */
  'offerWords',
  /** Earning words: spam beside an earn-from-home context. */
  'earnWords',
  'earnContexts',
  /** Swearing and obscene words (§3). */
  'profanity',
  /** Ordinary phrases holding a listed word ("ett stort fan av"), blanked before matching. */
  'profanityExceptions',
  /** Insults that are a personal attack wherever they stand (§3: "personangrepp"). */
  'insults',
  /** Words that insult only when aimed at someone ("ni är värdelösa", "you useless clowns"). */
  'insultsNeedTarget',
  /** Whom an insult is aimed at: "ni", "du", "you". */
  'attackTargets',
  /** Phrases where an insult word is a title or a name ("Idioten av Dostojevskij"). */
  'attackExceptions',
  /** Who a sensitive detail is about: the writer or someone identifiable ("min son", "jag"). */
  'personalAnchors',
  /** Words in a signature that mark a reply written by the organisation itself. */
  'officialRoles',
  /** Words just before a phone number that make it the organisation's own ("kontaktcenter"). */
  'officialContact',
] as const;
export type WordListName = (typeof WORD_LIST_NAMES)[number];

/** One entry: its error names the entry, and the importer names its line in the file. */
export const WordListEntrySchema = z
  .string()
  .max(80, 'at most 80 characters')
  .superRefine((raw, ctx) => {
    const problem = entryProblem(raw);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.en, params: { kind: 'bad-entry', entry: raw, problem } });
  });

/** Why an entry cannot be used, in Swedish and English, or null when it can. */
export function entryProblem(raw: string): { sv: string; en: string } | null {
  if (raw.trim() !== raw) return { sv: 'börjar eller slutar med mellanslag', en: 'starts or ends with a space' };
  if (raw.length === 0) return { sv: 'är tom', en: 'is empty' };
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { sv: 'innehåller ett styrtecken', en: 'contains a control character' };
  if (raw.replace(/\*/g, '').trim().length === 0) return { sv: 'har bara jokertecken (*)', en: 'has only wildcards (*)' };
  if (raw.slice(1, -1).includes('*')) return { sv: 'har * mitt i; * får bara stå först eller sist', en: 'has * inside; * may only come first or last' };
  if (/\s{2,}/.test(raw)) return { sv: 'har flera mellanslag i rad', en: 'has several spaces in a row' };
  return null;
}

const ListSchema = z.array(WordListEntrySchema).max(3000);

const listShape = Object.fromEntries(WORD_LIST_NAMES.map((n) => [n, ListSchema])) as Record<WordListName, typeof ListSchema>;
const sensitiveShape = Object.fromEntries(SENSITIVE_KINDS.map((k) => [k, ListSchema])) as Record<SensitiveKind, typeof ListSchema>;

export const WordListSetSchema = z.object({
  ...listShape,
  /** Special categories of personal data (GDPR art. 9) and secrecy matters (§1.8, §3.3), by kind. */
  sensitive: z.object(sensitiveShape),
});
export type WordListSet = z.infer<typeof WordListSetSchema>;

export const WordListSourceSchema = z.object({
  /** Which lists, e.g. "sv.profanity". */
  lists: z.array(z.string().max(100)).max(100),
  source: z.string().max(1000),
  licence: z.string().max(300),
});

export const WordListsSchema = z.object({
  /** Where the shipped entries come from and under which licence. */
  sources: z.array(WordListSourceSchema).max(50),
  sv: WordListSetSchema,
  en: WordListSetSchema,
  /** Link shorteners, whose target nobody sees before clicking. */
  linkShorteners: z.array(z.string().trim().min(1).max(100).regex(/^[a-z0-9.-]+$/, 'a host name')).max(500),
  /** Top-level domains used mostly for shops and spam. */
  commercialTlds: z.array(z.string().trim().min(1).max(30).regex(/^[a-z0-9-]+$/, 'a top-level domain')).max(200),
});
export type WordLists = z.infer<typeof WordListsSchema>;
