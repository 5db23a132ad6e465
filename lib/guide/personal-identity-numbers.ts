import Personnummer from 'personnummer';
import type { TextSpan } from './text-span';

/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
 * day + 60) inside running text, checksum and date verified by the `personnummer` package.
 * Forms: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDDNNNN, a space instead of -, and + (age 100+).
 */

export interface IdentityNumberMatch extends TextSpan {
  kind: 'personnummer' | 'samordningsnummer';
  /** Written without a separator (10 or 12 digits in a row), so it may also be a phone number. */
  unseparated: boolean;
}

/** Digits shaped like an identity number, not inside a longer run of digits or a word. */
const CANDIDATE = /(?<![\p{L}\p{N}])(?:\d{8}|\d{6})[-+ ]?\d{4}(?![\p{L}\p{N}])/gu;

/** Every identity-number-shaped run, valid or not (phone detection ignores them all). */
export function identityNumberShapes(text: string): Array<TextSpan & { value: string }> {
  return [...text.matchAll(CANDIDATE)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[0] }));
}

export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  const found: IdentityNumberMatch[] = [];
  for (const shape of identityNumberShapes(text)) {
    let parsed: Personnummer;
    try {
      // Written with a space ("870402 9985"): the package reads only - and +.
      parsed = Personnummer.parse(shape.value.replace(' ', '-'), { allowCoordinationNumber: true, allowInterimNumber: false });
    } catch {
      continue;
    }
    found.push({
      start: shape.start,
      end: shape.end,
      kind: parsed.isCoordinationNumber() ? 'samordningsnummer' : 'personnummer',
      unseparated: /^\d+$/.test(shape.value),
    });
  }
  return found;
}
