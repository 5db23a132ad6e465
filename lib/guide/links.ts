import type { TextSpan } from './text-span';

/**
 * Links in running text: with a scheme, starting with www., or a bare domain with a common
 * top-level domain ("minbutik.se/rea"). Abbreviations such as "t.ex." are not domains.
 */
export interface LinkMatch extends TextSpan {
  /** Lower-case host name without "www.". */
  host: string;
}

const TLDS = 'se|nu|com|net|org|eu|io|info|biz|shop|store|online|site|xyz|top|click|bet|casino|ly|me|co|app|gl|gd|at|cc|dk|no|fi|de|uk';
const LINK = new RegExp(
  `(?:https?:\\/\\/[^\\s<>"]+|(?<![@\\p{L}\\p{N}.-])www\\.[^\\s<>"]+|(?<![@\\p{L}\\p{N}./-])(?:[\\p{L}\\p{N}-]+\\.)+(?:${TLDS})(?![\\p{L}\\p{N}-])(?:\\/[^\\s<>"]*)?)`,
  'giu',
);

/** Trailing punctuation belongs to the sentence, not the link. */
function trimTrailing(s: string): string {
  return s.replace(/[.,;:!?)\]'"”’]+$/u, '');
}

function hostOf(link: string): string | null {
  try {
    const url = new URL(/^https?:\/\//i.test(link) ? link : `https://${link}`);
    return url.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Cheap test first: most comments hold no scheme, no "www." and no dot before a known domain. */
const LINK_HINT = new RegExp(`https?:|www\\.|\\.(?:${TLDS})(?![\\p{L}\\p{N}-])`, 'iu');

export function findLinks(text: string): LinkMatch[] {
  const out: LinkMatch[] = [];
  if (!LINK_HINT.test(text)) return out;
  for (const m of text.matchAll(LINK)) {
    const raw = trimTrailing(m[0]);
    const host = hostOf(raw);
    if (host) out.push({ start: m.index, end: m.index + raw.length, host });
  }
  return out;
}

/** Whether a host is one of the domains or a subdomain of one (e.g. "bygg.tyreso.se"). */
export function hostIsWithin(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => {
    const dom = d.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
    return host === dom || host.endsWith(`.${dom}`);
  });
}
