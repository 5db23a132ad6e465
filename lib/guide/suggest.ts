import { DEFAULT_GUIDE } from './default-guide';
import { DEFAULT_WORD_LISTS } from './default-word-lists';
import { findEmailAddresses } from './email-addresses';
import { compileLexicon, normalizeText, toNfc, tokenize, type Hit, type Token } from './lexicon';
import { findLinks, hostIsWithin } from './links';
import { findIdentityNumbers, identityNumberShapes } from './personal-identity-numbers';
import { findPhoneNumbers } from './phone-numbers';
import type { CategoryId, Guide } from './schema';
import {
  SENSITIVE_KIND_REASONS,
  SUGGESTION_FLAGS,
  SUGGESTION_REASONS,
  type SuggestionFlag,
  type SuggestionReason,
} from './suggestion-texts';
import { hasDisguised, signatureTail, spamShapes } from './text-shapes';
import { maskSpans } from './text-span';
import { SENSITIVE_KINDS, WORD_LIST_NAMES, type SensitiveKind, type WordListName, type WordLists } from './word-lists';

/**
 * A first guess at a comment's Bilaga 3 category, with flags for what needs a human look.
 * Order of precedence: remove (identity numbers, sensitive personal data, swearing, attacks,
 * advertising) before fault report before question (questions, opinions, complaints, political
 * questions) before praise and general remarks. A reply signed by the organisation itself gets
 * no category. Contract: DESIGN.md in the planning folder (README).
 */

export interface Suggestion {
  category: CategoryId | null;
  /** In the order of SUGGESTION_FLAGS; words for each in FLAG_LABELS. */
  flags: SuggestionFlag[];
  /** Why, in the order of SUGGESTION_REASONS; words for each in REASON_TEXTS. */
  reasons: SuggestionReason[];
  /** Ids from the guide's §3 list of reasons for removal, to preselect when capturing. */
  removalReasons: string[];
  /** Which kinds of sensitive personal data, in SENSITIVE_KINDS order; words via SENSITIVE_KIND_REASONS. */
  sensitiveKinds: SensitiveKind[];
}

export interface SuggestOptions {
  /** The organisation's guide: its web site counts as its own domain, its word lists and removal reasons are used. */
  guide?: Guide;
  /** More domains that are the organisation's own (not "external links"). */
  ownDomains?: readonly string[];
  /** Word lists to use instead of the guide's. */
  wordLists?: WordLists;
  /** Replace one list in both languages (e.g. a test's own swear words). */
  profanity?: readonly string[];
  personalAttack?: readonly string[];
  profanityExceptions?: readonly string[];
}

export type Suggester = (text: string) => Suggestion;

/** How far (in words) a sensitive word looks for whom it is about, and an insult for its target. */
const ANCHOR_WINDOW = 12;
const TARGET_WINDOW = 4;

function sensitiveList(kind: SensitiveKind): string {
  return `sensitive:${kind}`;
}

function mergedLists(lists: WordLists, options: SuggestOptions, organisation: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of WORD_LIST_NAMES) out[name] = [...lists.sv[name], ...lists.en[name]];
  for (const kind of SENSITIVE_KINDS) out[sensitiveList(kind)] = [...lists.sv.sensitive[kind], ...lists.en.sensitive[kind]];
  const override = (name: WordListName, terms: readonly string[] | undefined) => {
    if (terms) out[name] = [...terms];
  };
  override('profanity', options.profanity);
  override('insults', options.personalAttack);
  override('profanityExceptions', options.profanityExceptions);
  if (options.personalAttack) out.insultsNeedTarget = [];
  out.officialRoles = [...(out.officialRoles ?? []), organisation];
  return out;
}

/** Hits grouped by list. */
function byList(hits: readonly Hit[]): Map<string, Hit[]> {
  const m = new Map<string, Hit[]>();
  for (const h of hits) {
    const l = m.get(h.list);
    if (l) l.push(h);
    else m.set(h.list, [h]);
  }
  return m;
}

function inside(h: Hit, spans: readonly Hit[] | undefined): boolean {
  return !!spans?.some((s) => s.from >= 0 && h.from >= s.from && h.to <= s.to);
}

function near(h: Hit, others: readonly Hit[] | undefined, window: number): boolean {
  if (h.from < 0) return !!others?.length;
  return !!others?.some((o) => o.from < 0 || (o.from <= h.to - 1 + window && o.to - 1 >= h.from - window));
}

function endsSentence(norm: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = norm.charCodeAt(k);
    // . ! ? and line breaks
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13) return true;
  }
  return false;
}

/** Index of the first token of each sentence, for every token. */
function sentenceStarts(norm: string, tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && endsSentence(norm, tokens[i - 1]!.end, tokens[i]!.start)) current = i;
    starts.push(current);
  }
  return starts;
}

/** Compile the lists once and return a `suggest` bound to them. */
export function createSuggester(options: SuggestOptions = {}): Suggester {
  const guide = options.guide ?? DEFAULT_GUIDE;
  const lists = options.wordLists ?? guide.wordLists ?? DEFAULT_WORD_LISTS;
  const ownDomains = [guide.website, ...(options.ownDomains ?? [])];
  const knownRemovalReasons = guide.removalReasons.map((r) => r.id);
  const merged = mergedLists(lists, options, guide.organisation);
  const lexicon = compileLexicon(merged);
  const swearWords = (merged.profanity ?? []).map((t) => normalizeText(t).replace(/\*/g, '')).filter((t) => /^\p{L}+$/u.test(t));
  const shorteners = lists.linkShorteners.map((s) => s.toLowerCase());
  const commercialTlds = new Set(lists.commercialTlds.map((s) => s.toLowerCase()));

  return function suggest(input: string): Suggestion {
    const text = typeof input === 'string' ? input : '';
    const flags = new Set<SuggestionFlag>();
    const reasons = new Set<SuggestionReason>();
    const removal = new Set<string>();
    const kinds = new Set<SensitiveKind>();

    const ids = /\d{6}/.test(text) ? findIdentityNumbers(text) : [];
    if (ids.length > 0) {
      flags.add('personal-identity-number');
      for (const id of ids) reasons.add(id.kind === 'personnummer' ? 'identity-number' : 'coordination-number');
      removal.add('offensive-personal-data');
    }

    const emails = text.includes('@') ? findEmailAddresses(text) : [];
    const noEmails = maskSpans(text, emails);
    const links = findLinks(noEmails);
    const external = links.filter((l) => !hostIsWithin(l.host, ownDomains));
    if (external.length > 0) {
      flags.add('external-link');
      reasons.add('external-link');
    }
    const prose = maskSpans(noEmails, links);
    const orig = toNfc(prose);
    const norm = orig.toLowerCase();
    const tokens = tokenize(norm);
    const hits = byList(lexicon.scan(norm, tokens));
    const tail = signatureTail(norm);
    const tailStart = tail === null ? Infinity : norm.length - tail.length;
    const official = tail !== null && !!hits.get('officialRoles')?.some((h) => h.from >= 0 && tokens[h.from]!.start >= tailStart);

    const ownEmail = (e: { start: number; end: number }) => hostIsWithin(text.slice(e.start, e.end).split('@').pop()!.toLowerCase(), ownDomains);
    if (!official && emails.some((e) => !ownEmail(e))) {
      flags.add('email');
      reasons.add('email');
    }

    // Runs shaped like identity numbers with a separator are never phone numbers. Ten digits in
    // a row that begin with 0 can be both (0701159824 is a mobile number and a valid
    // personnummer): they are left to the phone search as well, and flagged as both.
    const phones = /\d{3}/.test(prose)
      ? findPhoneNumbers(maskSpans(prose, identityNumberShapes(prose).filter((s) => !/^\d+$/.test(s.value))))
      : [];
    const contactWords = hits.get('officialContact') ?? [];
    const residentPhone = phones.some(
      (p) => !contactWords.some((h) => h.from >= 0 && tokens[h.to - 1]!.end <= p.start && tokens[h.to - 1]!.end >= p.start - 40),
    );
    if (!official && residentPhone) {
      flags.add('phone-number');
      reasons.add('phone-number');
    }

    const starts = sentenceStarts(norm, tokens);
    if (!official) {
      // About the writer or someone identifiable: an anchor in the same sentence, near the word.
      const anchors = hits.get('personalAnchors');
      for (const kind of SENSITIVE_KINDS) {
        const found = hits.get(sensitiveList(kind));
        const about = (h: Hit) => near(h, anchors?.filter((a) => h.from < 0 || a.from < 0 || starts[a.from] === starts[h.from]), ANCHOR_WINDOW);
        if (found?.some(about)) kinds.add(kind);
      }
    }
    if (kinds.size > 0) {
      flags.add('sensitive-personal-data');
      for (const k of kinds) reasons.add(SENSITIVE_KIND_REASONS[k]);
      removal.add('offensive-personal-data');
      removal.add('confidential');
      if (ids.length > 0 || flags.has('phone-number') || flags.has('email')) reasons.add('possibly-confidential');
    }

    const profanityExceptions = hits.get('profanityExceptions');
    const swearing = (hits.get('profanity') ?? []).some((h) => !inside(h, profanityExceptions));
    if (swearing || hasDisguised(norm, tokens, lexicon, 'profanity', swearWords)) {
      flags.add('profanity');
      reasons.add('profanity');
      removal.add('profanity');
    }

    const sameLength = orig.length === norm.length;
    // A capitalised insult inside a sentence is a title or a name ("Vet ni om Idioten spelas?").
    const isTitle = (h: Hit) => sameLength && h.from > 0 && starts[h.from] !== h.from && /^\p{Lu}/u.test(orig.slice(tokens[h.from]!.start));
    const attackExceptions = hits.get('attackExceptions');
    const insults = (hits.get('insults') ?? []).filter((h) => !inside(h, attackExceptions) && !isTitle(h));
    const aimed = (hits.get('insultsNeedTarget') ?? []).filter((h) => near(h, hits.get('attackTargets'), TARGET_WINDOW));
    if (insults.length > 0 || aimed.length > 0) {
      flags.add('personal-attack');
      reasons.add('personal-attack');
      removal.add('personal-attack');
    }

    const shapes = spamShapes(text);
    const offer = hits.has('offerWords');
    const commercialWords = hits.has('commercial') || (hits.has('earnWords') && hits.has('earnContexts'));
    const commercialLink = external.some(
      (l) => shorteners.some((s) => hostIsWithin(l.host, [s])) || commercialTlds.has(l.host.split('.').pop() ?? ''),
    );
    const spamShape =
      shapes.followerOffer ||
      shapes.moneyEmoji ||
      (external.length > 0 && (shapes.price || shapes.percent)) ||
      (shapes.emojiRun && (shapes.price || shapes.percent || offer || external.length > 0)) ||
      (shapes.exclaimRun && (shapes.price || offer));
    if (commercialWords || commercialLink || spamShape) {
      flags.add('commercial');
      if (commercialWords) reasons.add('commercial-words');
      if (commercialLink) reasons.add('commercial-link');
      if (spamShape) reasons.add('spam-shape');
      removal.add('commercial');
    }

    const practicalElection = hits.has('electionPractical');
    const isPolitical = !official && (hits.has('political') || (hits.has('politicalWeak') && !practicalElection));
    if (isPolitical) {
      flags.add('political');
      reasons.add('political');
    }

    let category: CategoryId | null = null;
    if (official) {
      reasons.add('official-reply');
    } else if (ids.length > 0 || kinds.size > 0 || flags.has('profanity') || flags.has('personal-attack') || flags.has('commercial')) {
      category = 'remove';
      flags.add('registration-needed');
      reasons.add('registration-needed');
    } else if (hits.has('faultReport')) {
      category = 'fault-report';
      reasons.add('fault-words');
    } else {
      const question = hasQuestion(norm, tokens, starts, hits);
      const opinionated = hits.has('opinion') || hits.has('complaintMarkers');
      if (question) reasons.add('question');
      if (opinionated) reasons.add('opinion-words');
      if (question || opinionated || isPolitical) category = 'question';
      else if (hits.has('praise')) {
        category = 'praise';
        reasons.add('praise-words');
      }
    }
    if (category === null && !official) reasons.add('no-match');

    return {
      category,
      flags: SUGGESTION_FLAGS.filter((f) => flags.has(f)),
      reasons: SUGGESTION_REASONS.filter((r) => reasons.has(r)),
      removalReasons: knownRemovalReasons.filter((id) => removal.has(id)),
      sensitiveKinds: SENSITIVE_KINDS.filter((k) => kinds.has(k)),
    };
  };
}

/**
 * A question mark, or a sentence opening with a question word that neither ends in "!" nor
 * praises ("Vad fint det blev!", "va glad jag blev" exclaim rather than ask).
 */
function hasQuestion(norm: string, tokens: readonly Token[], starts: readonly number[], hits: Map<string, Hit[]>): boolean {
  if (/[?？¿]/u.test(norm)) return true;
  const praise = hits.get('praise') ?? [];
  for (const h of hits.get('questionStarts') ?? []) {
    if (h.from < 0 || starts[h.from] !== h.from) continue;
    let last = h.from;
    while (last + 1 < tokens.length && starts[last + 1] === h.from) last++;
    const after = norm.slice(tokens[last]!.end, tokens[last + 1]?.start ?? norm.length);
    if (after.includes('!')) continue;
    if (praise.some((p) => p.from >= h.from && p.from <= last)) continue;
    return true;
  }
  return false;
}

let shipped: Suggester | undefined;

/**
 * suggest() with the shipped guide and word lists (DESIGN.md contract). Compiled on first use,
 * not at import, so a page that merely imports the guide pays nothing on load.
 */
export function suggest(text: string): Suggestion {
  shipped ??= createSuggester();
  return shipped(text);
}
