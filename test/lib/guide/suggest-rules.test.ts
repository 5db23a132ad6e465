import { describe, expect, it } from 'vitest';
import { REASON_TEXTS, SENSITIVE_KIND_REASONS, suggest } from '../../../lib/guide';

/** Issue 21's rules, one by one, beside the labelled set's figures (./evaluation.test.ts). */

describe('sensitive personal data', () => {
  it.each([
    ['min son har adhd och får ingen assistent i klassen', ['health']],
    ['Min bror har beviljats personlig assistans enligt LSS men ingen har kommit.', ['disability']],
    ['Jag har fått avslag på försörjningsstöd och kan inte betala hyran.', ['social-services']],
    ['vi har fått en orosanmälan på oss från skolan', ['social-services']],
    ['Min dotter blir mobbad på Lindskolan och ingen gör något.', ['school']],
    ['Som muslim undrar jag om min dotter får bära hijab på idrotten.', ['religion']],
    ['I’m gay and my son is being bullied because of it.', ['school', 'sexual-life']],
    ['Jag är med i facket och ni bryter mot avtalet.', ['trade-union']],
    ['Min sambo är dömd för rattfylleri.', ['criminal']],
    ['Vår familj är romsk och vi blir illa bemötta.', ['ethnicity']],
  ])('"%s" → %j, in words, removed as possibly confidential', (text, kinds) => {
    const s = suggest(text);
    expect(s.category).toBe('remove');
    expect(s.flags).toEqual(expect.arrayContaining(['sensitive-personal-data', 'registration-needed']));
    expect(s.sensitiveKinds).toEqual(kinds);
    for (const k of kinds) {
      const reason = SENSITIVE_KIND_REASONS[k as keyof typeof SENSITIVE_KIND_REASONS];
      expect(s.reasons).toContain(reason);
      expect(REASON_TEXTS[reason].sv.length).toBeGreaterThan(20);
      expect(REASON_TEXTS[reason].en.length).toBeGreaterThan(20);
    }
    expect(s.removalReasons).toEqual(expect.arrayContaining(['offensive-personal-data', 'confidential']));
  });

  it('says "possibly confidential" when it comes with a personnummer or contact details', () => {
    expect(suggest('Min son 121212-1212 har autism.').reasons).toContain('possibly-confidential');
    expect(suggest('Jag har fått avslag på försörjningsstöd, ring mig på 073-456 78 90.').reasons).toContain('possibly-confidential');
    expect(suggest('Min son har autism.').reasons).not.toContain('possibly-confidential');
  });

  it.each([
    'Hur ansöker man om försörjningsstöd?',
    'Hur många platser finns det på LSS-boendet som byggs?',
    'Finns det någon stödgrupp för anhöriga till personer med demens?',
    'Vad har ni för diagnosprov i matte, min dotter vill öva?',
    'sjukt bra konsert igår',
    'Fin insamling till Cancerfonden på torget.',
    'How do I apply for a parking permit for disabled people?',
    'Vi köpte kåken 1998 och har aldrig haft sånt här problem.',
    'Sverige ger bistånd till andra länder, vi borde satsa här också.',
    'Vi sprang 5 km på 20 min 30 s och 250 ms.',
    'Hur söker man försörjningsstöd? Jag hittar inget på hemsidan.',
  ])('is not raised for a general mention: "%s"', (text) => {
    expect(suggest(text).flags).not.toContain('sensitive-personal-data');
  });
});

describe('personal attacks and disguised swearing', () => {
  it.each(['Ni är värdelösa idioter.', 'vilka inkompetenta klåpare ni e', 'You are all useless clowns.', 'hjärndöda byråkrater'])(
    'flags an insult without a swear word: "%s"',
    (text) => {
      const s = suggest(text);
      expect(s.flags).toContain('personal-attack');
      expect(s.flags).not.toContain('profanity');
      expect(s.category).toBe('remove');
    },
  );

  it.each([
    'idiotsäker lösning', 'Idioten av Dostojevskij', 'Vet ni om Idioten spelas i vår?', 'Clownen på kalaset var rolig',
    'ni har de sämsta öppettiderna i länet', 'your new rules are stupid',
  ])(
    'does not take "%s" for an attack',
    (text) => {
      expect(suggest(text).flags).not.toContain('personal-attack');
    },
  );

  it.each(['f*n vad trött man blir', 'j-vla kommun', 'jäääääävla snöröjning', 'h e l v e t e', 'sh1t service', 'j@vla skit', 'fuuuuck', 'F.U.C.K'])(
    'finds disguised swearing: "%s"',
    (text) => {
      expect(suggest(text).flags).toContain('profanity');
    },
  );

  it.each([
    'e-post', 't.ex. på torsdag', 'rut-avdrag', 'Fittja', 'Kukkola', 'Slutspelet', 'slutar skolan', 'Dickens', 'i å ö', 'fann',
    'Det är slut på papper', 'en prick på kartan',
  ])(
    'does not take "%s" for swearing',
    (text) => {
      expect(suggest(text).flags).not.toContain('profanity');
    },
  );
});

describe('spam shapes', () => {
  it.each([
    'Vill du ha 10 000 nya följare? DM oss 💰💰💰',
    'Hi dear, I earn $5,000 weekly working from home. Inbox me',
    '🔥🔥🔥 REA 70% på www.example.shop',
    'Limited offer: 50% off at https://example.com/deal',
    'Jag tjänade 45 000 kr förra månaden hemifrån!',
  ])('"%s" is commercial and removed', (text) => {
    const s = suggest(text);
    expect(s.flags).toContain('commercial');
    expect(s.category).toBe('remove');
  });

  it.each([
    'https://www.svt.se/nyheter/lokalt/stockholm/',
    'Så fin artikel! https://www.mitti.se/nyheter/skolans-odlingar',
    'Vad kostar det, fortfarande 500 kr?',
    '❤️❤️❤️',
    'Will the 20% discount for pensioners continue?',
    'Gratis inträde på lördag, köp fika på plats! Mer info: https://www.visitstockholm.com/evenemang',
  ])('"%s" is not spam', (text) => {
    expect(suggest(text).flags).not.toContain('commercial');
  });
});

describe('opinions, fault reports and the organisation’s own replies', () => {
  it.each([
    ['Bibliotekets öppettider på helgen är alldeles för korta.', 'question'],
    ['Disappointed that the skate park still isn’t finished.', 'question'],
    ['jättebra att ni plogade precis när snön hade smält 👏', 'question'],
    ['snöröjningen har inte kommit till björkvägen än', 'fault-report'],
    ['de ligger glas överallt på lekplatsen', 'fault-report'],
    ['There’s a huge pothole on the road by the school.', 'fault-report'],
    ['så mysigt på julmarknaden igår', 'praise'],
  ])('"%s" → %s', (text, category) => {
    expect(suggest(text).category).toBe(category);
  });

  it('gives a signed reply by the organisation no category, and does not flag its own number and address', () => {
    const s = suggest('Hej Lisa! Ring kontaktcenter på 08-578 291 00 eller skriv till kontaktcenter@tyreso.se. /Anna, kommunikatör, Tyresö kommun');
    expect(s).toMatchObject({ category: null, flags: [], reasons: ['official-reply'] });
  });

  it('still flags a resident’s own number, signed or not', () => {
    expect(suggest('Hör av er om något, 076-987 65 43 /Lars').flags).toContain('phone-number');
    expect(suggest('ring mig på 0701234567').flags).toContain('phone-number');
  });

  it('does not read a practical election question as political', () => {
    expect(suggest('Var kan jag förtidsrösta?').flags).not.toContain('political');
    expect(suggest('Where is my polling station for the election?').flags).not.toContain('political');
    expect(suggest('Vilket parti ska man rösta på?').flags).toContain('political');
  });
});
