import type { TextSpan } from './text-span';

/**
 * Swedish telephone numbers inside running text: "070-123 45 67", "0701234567",
 * "+46 70 123 45 67", "0046 70 …", "+46 (0)8 …", "08-123 456 78", "031-12 34 56".
 * A Swedish number is 0 + 7–9 digits (area code included); after +46 the 0 is dropped.
 * Callers mask identity-number-shaped runs first: "010101-1234" is not a phone number.
 */
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+|00)46[\s-]?(?:\(0\)[\s-]?)?|0)[1-9](?:[\s-]?\d){6,8}(?![\p{N}])/gu;

export function findPhoneNumbers(text: string): TextSpan[] {
  return [...text.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
