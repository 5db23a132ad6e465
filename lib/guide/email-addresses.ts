import type { TextSpan } from './text-span';

/** E-mail addresses, including ones with å, ä, ö in the local part or domain. */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?![\p{L}\p{N}])/gu;

export function findEmailAddresses(text: string): TextSpan[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
