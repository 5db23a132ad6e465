import { DEFAULT_GUIDE } from './default-guide';
import { findEmailAddresses } from './email-addresses';
import { DEFAULT_KEYWORDS, type KeywordLists } from './keywords';
import { findLinks, hostIsWithin } from './links';
import { findIdentityNumbers, identityNumberShapes } from './personal-identity-numbers';
import { findPhoneNumbers } from './phone-numbers';
import { PERSONAL_ATTACK, PROFANITY, PROFANITY_EXCEPTIONS } from './profanity';
import type { CategoryId, Guide } from './schema';
import { SUGGESTION_FLAGS, SUGGESTION_REASONS, type SuggestionFlag, type SuggestionReason } from './suggestion-texts';
import { compileTerms, normalizeForMatching, type TermMatcher } from './term-matcher';
import { maskSpans } from './text-span';

/**
 * A first guess at a comment's Bilaga 3 category, with flags for what needs a human look.
 * Order of precedence: remove (identity numbers, swearing, attacks, advertising) before
 * fault report before question (including opinions and political questions) before praise.
 */

export interface Suggestion {
  category: CategoryId | null;
  /** In the order of SUGGESTION_FLAGS; words for each in FLAG_LABELS. */
  flags: SuggestionFlag[];
  /** Why, in the order of SUGGESTION_REASONS; words for each in REASON_TEXTS. */
  reasons: SuggestionReason[];
  /** Ids from the guide's §3 list of reasons for removal, to preselect when capturing. */
  removalReasons: string[];
}

export interface SuggestOptions {
  /** The organisation's guide: its web site counts as its own domain, its removal reasons are used. */
  guide?: Guide;
  /** More domains that are the organisation's own (not "external links"). */
  ownDomains?: readonly string[];
  keywords?: KeywordLists;
  profanity?: readonly string[];
  personalAttack?: readonly string[];
  profanityExceptions?: readonly string[];
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Whether the sentence's first words are one of the terms, each given as its words. */
function startsWithTerm(sentence: string, terms: readonly (readonly string[])[]): boolean {
  const words = sentence.split(NOT_WORD, 8).filter(Boolean);
  return terms.some((tw) => tw.every((w, i) => words[i] === w));
}

/** A question mark, or a sentence opening with a question word that does not end in "!". */
function hasQuestion(text: string, questionStarts: readonly (readonly string[])[], praise: TermMatcher): boolean {
  if (/[?？¿]/u.test(text)) return true;
  for (const m of normalizeForMatching(text).matchAll(/[^.!\n]+[.!\n]*/gu)) {
    const sentence = m[0].trim();
    // "Vad fint det blev!", "Vilken härlig konsert." exclaim rather than ask.
    if (sentence.endsWith('!') || !startsWithTerm(sentence, questionStarts)) continue;
    if (praise.find(sentence).length === 0) return true;
  }
  return false;
}

export type Suggester = (text: string) => Suggestion;

/** Compile the lists once and return a `suggest` bound to them. */
export function createSuggester(options: SuggestOptions = {}): Suggester {
  const guide = options.guide ?? DEFAULT_GUIDE;
  const kw = options.keywords ?? DEFAULT_KEYWORDS;
  const ownDomains = [guide.website, ...(options.ownDomains ?? [])];
  const knownRemovalReasons = new Set(guide.removalReasons.map((r) => r.id));
  const profanity = compileTerms(options.profanity ?? PROFANITY);
  const attacks = compileTerms(options.personalAttack ?? PERSONAL_ATTACK);
  const exceptions = compileTerms(options.profanityExceptions ?? PROFANITY_EXCEPTIONS);
  const opinion = compileTerms(kw.opinion);
  const praise = compileTerms(kw.praise);
  const fault = compileTerms(kw.faultReport);
  const political = compileTerms(kw.political);
  const commercial = compileTerms(kw.commercial);
  const questionStarts = kw.questionStarts.map((t) => normalizeForMatching(t).trim().split(/\s+/));
  const shorteners = kw.linkShorteners.map((s) => s.toLowerCase());
  const commercialTlds = new Set(kw.commercialTlds.map((s) => s.toLowerCase()));

  return function suggest(text: string): Suggestion {
    const flags = new Set<SuggestionFlag>();
    const reasons = new Set<SuggestionReason>();
    const removal = new Set<string>();

    const ids = findIdentityNumbers(text);
    if (ids.length > 0) {
      flags.add('personal-identity-number');
      for (const id of ids) reasons.add(id.kind === 'personnummer' ? 'identity-number' : 'coordination-number');
      removal.add('offensive-personal-data');
    }

    const emails = findEmailAddresses(text);
    if (emails.length > 0) {
      flags.add('email');
      reasons.add('email');
    }
    const noEmails = maskSpans(text, emails);
    const links = findLinks(noEmails);
    const external = links.filter((l) => !hostIsWithin(l.host, ownDomains));
    if (external.length > 0) {
      flags.add('external-link');
      reasons.add('external-link');
    }
    const prose = maskSpans(noEmails, links);

    // Runs shaped like identity numbers with a separator are never phone numbers. Ten digits in
    // a row that begin with 0 can be both (0701159824 is a mobile number and a valid
    // personnummer): they are left to the phone search as well, and flagged as both.
    const phones = findPhoneNumbers(maskSpans(prose, identityNumberShapes(prose).filter((s) => !/^\d+$/.test(s.value))));
    if (phones.length > 0) {
      flags.add('phone-number');
      reasons.add('phone-number');
    }

    if (profanity.find(exceptions.mask(prose)).length > 0) {
      flags.add('profanity');
      reasons.add('profanity');
      removal.add('profanity');
    }
    if (attacks.find(prose).length > 0) {
      flags.add('personal-attack');
      reasons.add('personal-attack');
      removal.add('personal-attack');
    }

    const commercialWords = commercial.find(prose).length > 0;
    const commercialLink = external.some(
      (l) => shorteners.some((s) => hostIsWithin(l.host, [s])) || commercialTlds.has(l.host.split('.').pop() ?? ''),
    );
    if (commercialWords || commercialLink) {
      flags.add('commercial');
      if (commercialWords) reasons.add('commercial-words');
      if (commercialLink) reasons.add('commercial-link');
      removal.add('commercial');
    }

    const isPolitical = political.find(prose).length > 0;
    if (isPolitical) {
      flags.add('political');
      reasons.add('political');
    }

    let category: CategoryId | null = null;
    if (ids.length > 0 || flags.has('profanity') || flags.has('personal-attack') || flags.has('commercial')) {
      category = 'remove';
      flags.add('registration-needed');
      reasons.add('registration-needed');
    } else if (fault.find(prose).length > 0) {
      category = 'fault-report';
      reasons.add('fault-words');
    } else {
      const question = hasQuestion(prose, questionStarts, praise);
      const opinionated = opinion.find(prose).length > 0;
      if (question) reasons.add('question');
      if (opinionated) reasons.add('opinion-words');
      if (question || opinionated || isPolitical) {
        category = 'question';
      } else if (praise.find(prose).length > 0) {
        category = 'praise';
        reasons.add('praise-words');
      } else {
        reasons.add('no-match');
      }
    }

    return {
      category,
      flags: SUGGESTION_FLAGS.filter((f) => flags.has(f)),
      reasons: SUGGESTION_REASONS.filter((r) => reasons.has(r)),
      removalReasons: guide.removalReasons.map((r) => r.id).filter((id) => removal.has(id) && knownRemovalReasons.has(id)),
    };
  };
}

/** Suggest with the shipped default guide and lists. Contract: DESIGN.md in the planning folder (README). */
let shipped: Suggester | undefined;

/**
 * suggest() with the shipped guide and word lists (DESIGN.md contract). Compiled on first use,
 * not at import: compiling the word lists takes about 140 ms, which every page that merely
 * imports the guide (the overlay on each Facebook tab) would otherwise pay on load.
 */
export function suggest(text: string): Suggestion {
  shipped ??= createSuggester();
  return shipped(text);
}
