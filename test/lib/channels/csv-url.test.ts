import { describe, expect, it } from 'vitest';
import { buildChannelCsv, channelCsvText } from '../../../lib/channels/csv';
import { channelFacts } from '../../../lib/channels/repository';
import type { Channel } from '../../../lib/channels/schema';
import { channelKey, isOnChannel, platformOfChannelUrl } from '../../../lib/channels/url';

const c = (over: Partial<Channel>): Channel => ({
  id: '00000000-0000-4000-8000-000000000001',
  platform: 'facebook',
  name: 'Tyresö kommun',
  url: 'https://www.facebook.com/tyresokommun',
  purpose: 'Nyheter; tips',
  administrator: 'Eva Holm',
  substitute: 'Per Ek',
  reportedAt: '2025-01-15',
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  ...over,
});

describe('channel URLs', () => {
  it('matches the channel page and pages below it, not a longer name', () => {
    expect(channelKey('https://www.facebook.com/TyresoKommun/?ref=x#y')).toBe('facebook.com/tyresokommun');
    expect(isOnChannel('https://web.facebook.com/tyresokommun/posts/1', 'https://www.facebook.com/tyresokommun')).toBe(true);
    expect(isOnChannel('https://www.facebook.com/tyresokommunnytt', 'https://www.facebook.com/tyresokommun')).toBe(false);
    expect(isOnChannel('javascript:alert(1)', 'https://www.facebook.com/tyresokommun')).toBe(false);
  });
  it('guesses the platform from the address', () => {
    expect(platformOfChannelUrl('https://www.linkedin.com/company/tyreso')).toBe('linkedin');
    expect(platformOfChannelUrl('https://x.com/tyreso')).toBe('x');
    expect(platformOfChannelUrl('https://bibliotek.tyreso.se/blogg')).toBe('blog');
    expect(platformOfChannelUrl('https://issuu.com/tyreso')).toBe('issuu');
    expect(platformOfChannelUrl('https://www.tyreso.se/')).toBe('other');
  });
});

describe('channelFacts: last screenshot and last activity from the records', () => {
  it('takes the newest page screenshot, and the newest capture or seen activity', () => {
    const facts = channelFacts(
      [c({ lastActivityAt: '2025-02-01T00:00:00.000Z' })],
      [
        { kind: 'page-screenshot', pageUrl: 'https://www.facebook.com/tyresokommun', capturedAt: '2025-03-01T00:00:00.000Z' },
        { kind: 'page-screenshot', pageUrl: 'https://www.facebook.com/tyresokommun', capturedAt: '2025-01-01T00:00:00.000Z' },
        { kind: 'comment', pageUrl: 'https://www.facebook.com/tyresokommun/posts/9', capturedAt: '2025-04-01T00:00:00.000Z' },
        { kind: 'page-screenshot', pageUrl: 'https://www.facebook.com/annan', capturedAt: '2025-05-01T00:00:00.000Z' },
      ],
    );
    expect(facts[0]).toMatchObject({ lastScreenshotAt: '2025-03-01T00:00:00.000Z', lastActivityAt: '2025-04-01T00:00:00.000Z' });
  });
});

describe('channel CSV', () => {
  it('writes a header and one row per channel: semicolons, CRLF, quoted and neutralised cells', () => {
    const text = channelCsvText([{ channel: c({ name: '=SUM(A1)', purpose: 'Nyheter; "tips"' }), lastScreenshotAt: '2025-03-15T10:00:00.000Z' }]);
    expect(text).toBe(
      'Plattform;Namn;Adress;Syfte;Ansvarig administratör;Ersättare;Anmäld till kommunikationschefen;Senaste skärmbild;Senaste aktivitet\r\n' +
        `Facebook;'=SUM(A1);https://www.facebook.com/tyresokommun;"Nyheter; ""tips""";Eva Holm;Per Ek;2025-01-15;2025-03-15 11:00:00;\r\n`,
    );
  });
  it('starts with a UTF-8 byte order mark', () => {
    expect([...buildChannelCsv([]).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
