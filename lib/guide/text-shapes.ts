import type { Lexicon, Token } from './lexicon';

/**
 * Shapes in a comment that word lists alone miss: disguised swearing ("f*n", "j-vla",
 * "jäääävla", "h e l v e t e", "sh1t"), spam shapes (follower offers, prices, emoji runs) and
 * the signature of a reply written by the organisation itself.
 */

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', $: 's', '5': 's' };

/** A word with masking signs or digits among its letters: "f*n", "j-vla", "sh1t", "j@vla". */
const MASKED = /(?<![\p{L}\p{N}])\p{L}[\p{L}*@#$!.\-_0-9]*[*@#$!\-_0-9.][\p{L}*@#$!.\-_0-9]*\p{L}?/gu;
/** Three or more letters standing alone in a row: "h e l v e t e", "f.u.c.k". */
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .]\p{L}(?![\p{L}\p{N}])){2,}/gu;
const REPEAT = /(\p{L})\1{2,}/u;
/** Cheap tests first: most comments have no letter run, no lone letters and no masked word. */
const SPACED_HINT = /(?:^|[ .])\p{L}[ .]\p{L}[ .]\p{L}(?:$|[ .])/u;
const MASKED_HINT = /\p{L}[*@#$!\-_0-9.]+\p{L}|\p{L}[*#@$]/u;

/** Three of the same character in a row (a loop: a back-reference costs more on every text). */
function hasLetterRun(norm: string): boolean {
  for (let i = 2; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === norm.charCodeAt(i - 1) && c === norm.charCodeAt(i - 2) && c > 64) return true;
  }
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the text holds a listed word of `list` in disguise. `words` are the list's one-word
 * entries without wildcards, for masked spellings ("f*n" is "fan" with a letter hidden).
 */
export function hasDisguised(norm: string, tokens: readonly Token[], lexicon: Lexicon, list: string, words: readonly string[]): boolean {
  const repeats = hasLetterRun(norm);
  for (const t of repeats ? tokens : []) {
    if (!REPEAT.test(t.w)) continue;
    // "jäääävla", "fuuuck", "faaan": runs of three or more of a letter, squeezed to one or two.
    const one = t.w.replace(/(\p{L})\1{2,}/gu, '$1');
    const two = t.w.replace(/(\p{L})\1{2,}/gu, '$1$1');
    if (lexicon.listsMatchingWord(one).has(list) || lexicon.listsMatchingWord(two).has(list)) return true;
  }
  for (const m of SPACED_HINT.test(norm) ? norm.matchAll(SPACED) : []) {
    const joined = m[0].replace(/[ .]/g, '');
    if (lexicon.listsMatchingWord(joined).has(list)) return true;
  }
  for (const m of MASKED_HINT.test(norm) ? norm.matchAll(MASKED) : []) {
    const raw = m[0].replace(/[.\-_]+$/u, '');
    if (raw.length > 16 || !/[*@#$!\-_0-9.]/u.test(raw)) continue;
    const leet = raw.replace(/[@4310!$5]/g, (c) => LEET[c] ?? c).replace(/[.\-_]/g, '');
    if (/^\p{L}+$/u.test(leet) && lexicon.listsMatchingWord(leet).has(list)) return true;
    // Letters hidden behind * # - _: each run of them stands for one to three letters.
    const letters = raw.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || !/[*#\-_]/.test(raw)) continue;
    const pattern = new RegExp(`^${raw.split(/[*#\-_]+/).map((p) => escape(p.replace(/[^\p{L}]/gu, ''))).join('\\p{L}{1,3}')}$`, 'u');
    if (words.some((w) => pattern.test(w))) return true;
  }
  return false;
}

const FOLLOWERS = /\d[\d\s.,]{0,12}k?\s*(?:nya\s+|äkta\s+|riktiga\s+|real\s+|new\s+|active\s+)?(?:följare|followers|likes|gillamarkeringar)/u;
const PRICE = /(?:\d[\d\s.,]{0,12}\s?(?:kr|sek|kronor|:-|\$|€|usd|eur)(?![\p{L}])|[$€]\s?\d)/u;
const PERCENT = /\d\s?%/u;
const MONEY_EMOJI = /[💰💵💸🤑💲]/gu;
const EMOJI_RUN = /(\p{Extended_Pictographic})\uFE0F?(?:\s*\1\uFE0F?){2,}/u;
const EXCLAIM_RUN = /!{4,}/u;

export interface SpamShapes {
  followerOffer: boolean;
  price: boolean;
  percent: boolean;
  moneyEmoji: boolean;
  emojiRun: boolean;
  exclaimRun: boolean;
}

export function spamShapes(text: string): SpamShapes {
  const digits = /\d/.test(text);
  const astral = /[\ud800-\udfff]/.test(text);
  return {
    followerOffer: digits && FOLLOWERS.test(text),
    price: (digits || text.includes('$') || text.includes('€')) && PRICE.test(text),
    percent: digits && PERCENT.test(text),
    moneyEmoji: astral && (text.match(MONEY_EMOJI)?.length ?? 0) >= 2,
    emojiRun: (astral || /[\u2600-\u27bf]/.test(text)) && EMOJI_RUN.test(text),
    exclaimRun: text.includes('!!!!') && EXCLAIM_RUN.test(text),
  };
}

/**
 * A reply signed by the organisation: a signature mark ("/Anna", "Mvh", "Best regards") in the
 * last lines, with a role or the organisation's name after it ("kommunikatör", "Tyresö kommun").
 */
const SIGNATURE = /(?:(?:^|\s)\/\s?\p{L}|\b(?:mvh|med vänliga hälsningar|vänliga hälsningar|hälsningar|best regards|kind regards|regards)\b)/u;

const SIGNATURE_HINT = /\/|mvh|hälsningar|regards/;

export function signatureTail(norm: string): string | null {
  const tail = norm.slice(-160);
  if (!SIGNATURE_HINT.test(tail)) return null;
  const m = SIGNATURE.exec(tail);
  return m ? tail.slice(m.index) : null;
}
