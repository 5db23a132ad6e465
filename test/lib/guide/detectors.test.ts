import { describe, expect, it } from 'vitest';
import { findEmailAddresses } from '../../../lib/guide/email-addresses';
import { findLinks, hostIsWithin } from '../../../lib/guide/links';
import { findIdentityNumbers } from '../../../lib/guide/personal-identity-numbers';
import { findPhoneNumbers } from '../../../lib/guide/phone-numbers';
import { compileTerms } from '../../../lib/guide/term-matcher';

describe('compileTerms', () => {
  const m = compileTerms(['fan', 'gatlamp*', '*jävel', '*jävl*', 'hål i vägen', '% rabatt', 'röv']);
  it.each([
    ['Fan också', ['fan']],
    ['Det fanns ingen', []],
    ['GATLAMPORNA är släckta', ['gatlamp*']],
    ['din skitjävel', ['*jävel']],
    ['satjävlar', ['*jävl*']],
    ['ett hål  i\nvägen', ['hål i vägen']],
    ['20% rabatt idag', ['% rabatt']],
    ['prövning, och RÖV', ['röv']],
    ['Skåne, Hellasgården, fantastiskt', []],
  ])('%s → %j', (text, found) => {
    expect(m.find(text)).toEqual(found);
  });
  it('masks matches with spaces of the same length', () => {
    expect(compileTerms(['stort fan']).mask('Ett STORT fan av er')).toBe('ett           av er');
  });
  it('ignores empty entries', () => {
    expect(compileTerms(['', '*', ' ']).find('vad som helst')).toEqual([]);
  });
});

describe('findIdentityNumbers', () => {
  it('finds every written form with its offsets and kind', () => {
    const text = 'a 121212-9918 b 19800101-9986 c 8507099805 d 451231+9940 e 750675-9823 f 198507099805';
    expect(findIdentityNumbers(text).map((m) => [text.slice(m.start, m.end), m.kind, m.unseparated])).toEqual([
      ['121212-9918', 'personnummer', false],
      ['19800101-9986', 'personnummer', false],
      ['8507099805', 'personnummer', true],
      ['451231+9940', 'personnummer', false],
      ['750675-9823', 'samordningsnummer', false],
      ['198507099805', 'personnummer', true],
    ]);
  });
  it('skips wrong checksums, impossible dates and longer digit runs', () => {
    expect(findIdentityNumbers('121212-9919 851332-9805 11212129918 1212129918x')).toEqual([]);
  });
});

describe('findPhoneNumbers', () => {
  it('returns spans in running text', () => {
    const text = 'Ring 070-123 45 67 eller +46 (0)8 555 123 45, tack.';
    expect(findPhoneNumbers(text).map((s) => text.slice(s.start, s.end))).toEqual(['070-123 45 67', '+46 (0)8 555 123 45']);
  });
});

describe('findEmailAddresses', () => {
  it('finds addresses with å, ä, ö', () => {
    const text = 'Mejla förälder.åtta@exempel.se eller kim@example.com.';
    expect(findEmailAddresses(text).map((s) => text.slice(s.start, s.end))).toEqual(['förälder.åtta@exempel.se', 'kim@example.com']);
  });
});

describe('findLinks', () => {
  it('finds links with and without a scheme, trimming sentence punctuation', () => {
    const text = 'Se https://www.tyreso.se/a?b=1, www.example.com och bit.ly/x. Men inte t.ex. eller kl. 10.00.';
    expect(findLinks(text).map((l) => [text.slice(l.start, l.end), l.host])).toEqual([
      ['https://www.tyreso.se/a?b=1', 'tyreso.se'],
      ['www.example.com', 'example.com'],
      ['bit.ly/x', 'bit.ly'],
    ]);
  });
  it('knows subdomains', () => {
    expect(hostIsWithin('bygg.tyreso.se', ['tyreso.se'])).toBe(true);
    expect(hostIsWithin('nottyreso.se', ['tyreso.se'])).toBe(false);
    expect(hostIsWithin('tyreso.se', ['https://www.tyreso.se/'])).toBe(true);
  });
});
