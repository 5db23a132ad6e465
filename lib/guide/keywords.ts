/**
 * Keyword lists behind the category suggestion, as data (syntax: ./term-matcher.ts). They are a
 * first guess for a human, not a verdict: the administrator always decides. Swedish and English,
 * because comments on a Swedish municipality's page come in both.
 */
export interface KeywordLists {
  /** Words that open a question when a sentence starts with them ("Hur söker jag …"). */
  questionStarts: string[];
  /** Words that mark an opinion or complaint to the organisation (Bilaga 3: "synpunkter"). */
  opinion: string[];
  praise: string[];
  /** Faults in streets, lighting, water, parks and buildings that go to the fault-report system. */
  faultReport: string[];
  /** Party politics: referred to the parties (§3.2). */
  political: string[];
  /** Promotions and advertising (§3: "kommersiella budskap eller reklam"). */
  commercial: string[];
  /** Link shorteners, whose target nobody can see before clicking. */
  linkShorteners: string[];
  /** Top-level domains used mostly for shops and spam. */
  commercialTlds: string[];
}

export const DEFAULT_KEYWORDS: KeywordLists = {
  questionStarts: [
    'hur', 'var', 'vart', 'varifrån', 'när', 'vad', 'varför', 'vem', 'vems', 'vilken', 'vilket', 'vilka',
    'kan man', 'kan jag', 'kan ni', 'kan någon', 'får man', 'får jag', 'finns det', 'behöver jag', 'behöver man',
    'måste jag', 'måste man', 'ska man', 'ska jag', 'är det', 'stämmer det', 'har ni', 'gäller det',
    'how', 'where', 'when', 'what', 'why', 'who', 'which', 'can i', 'can you', 'can we', 'could you',
    'is there', 'are there', 'is it', 'are you', 'do you', 'does', 'do i', 'will', 'should i',
  ],
  opinion: [
    'synpunkt*', 'klagomål', 'klaga*', 'missnöjd*', 'besviken', 'besvikna', 'oacceptabel*', 'skandal*', 'bedrövlig*',
    'uselt', 'usel', 'borde', 'bör ni', 'inte okej', 'inte ok', 'dåligt skött', 'för dåligt', 'tycker att ni',
    'complain*', 'unacceptable', 'disappointed', 'disappointing', 'should', 'not okay', 'not ok',
  ],
  praise: [
    'tack*', 'bra jobbat', 'bra gjort', 'bra initiativ', 'fantastisk*', 'underbar*', 'härlig*', 'fint', 'fin', 'fina',
    'vackert', 'vacker', 'vackra', 'snyggt', 'toppen', 'grymt', 'kul', 'mysig*', 'älskar', 'bäst', 'bästa',
    'imponerande', 'proffsig*', 'supersnabb*', 'heja', 'stolt', 'stolta',
    'thanks', 'thank you', 'love', 'lovely', 'beautiful', 'awesome', 'amazing', 'great', 'well done', 'good job',
    'wonderful', 'nice', 'brilliant', 'proud',
    '❤', '❤️', '👏', '😍', '🥰', '👍', '🙏',
  ],
  faultReport: [
    'gatlamp*', 'gatlykt*', 'gatljus*', 'gatubelysning*', 'belysningen', 'lyktstolp*', 'trasig', 'trasiga', 'trasigt',
    'sönder', 'hål i vägen', 'hål i gatan', 'hål i asfalten', 'potthål*', 'gropar', 'grop i', 'vattenläck*', 'det läcker', 'läcker vatten',
    'stopp i avlopp*', 'översvämm*', 'klotter', 'klottrat', 'nedklottrad*', 'nedfallet träd', 'omkullfallet träd',
    'har blåst omkull', 'inte tömts', 'inte tömd', 'inte tömda', 'överfull*', 'inte plogat', 'inte plogats',
    'oplogad*', 'osandad*', 'inte sandat', 'fungerar inte', 'funkar inte', 'ur funktion', 'vandaliser*',
    'krossad*', 'glassplitter', 'trafikljus*', 'skylt har', 'nedriven',
    'pothole*', 'street light*', 'streetlight*', 'street lamp*', 'broken', 'not working', 'out of order', 'leaking',
    'water leak*', 'graffiti', 'fallen tree', 'vandalised', 'vandalized', 'not been emptied', 'not plowed',
    'not ploughed', 'flooded',
  ],
  political: [
    'politiker*', 'politisk*', 'politik', 'kommunalråd*', 'kommunstyrelse*', 'kommunfullmäktige', 'fullmäktige',
    'oppositionen', 'styrande majoritet*', 'styret', 'valet', 'valår*', 'vallöfte*', 'rösta*', 'partie*', 'parti',
    'socialdemokrat*', 'moderaterna*', 'sverigedemokrat*', 'centerpartiet*', 'vänsterpartiet*', 'liberalerna*',
    'kristdemokrat*', 'miljöpartiet*', 'skattehöjning*', 'kommunalskatt*', 'höj skatten', 'höjd skatt', 'sänk skatten',
    'politician*', 'political', 'politics', 'election*', 'vote', 'voted', 'voting', 'political party', 'parties', 'mayor',
    'tax increase', 'raise taxes', 'taxes',
  ],
  commercial: [
    'rabattkod*', '% rabatt', 'köp nu', 'beställ nu', 'handla nu', 'klicka här', 'klicka på länken', 'tjäna pengar',
    'extra inkomst*', 'gratis frakt', 'specialerbjudande*', 'missa inte erbjudandet', 'begränsat erbjudande',
    'besök min profil', 'kolla min profil', 'kolla in min', 'följ mig', 'följ oss på', 'min webbshop', 'vår webbshop',
    'i vår butik', 'swisha', 'casino*', 'kasino*', 'krypto*', 'bitcoin*', 'forex', 'passiv inkomst',
    'buy now', 'order now', 'shop now', 'click here', 'click the link', 'link in bio', 'limited offer',
    'limited time offer', 'discount code', 'promo code', 'use code', 'free shipping', '% off', 'earn money',
    'make money', 'work from home', 'check out my', 'visit my', 'follow me', 'dm me', 'crypto*', 'passive income',
  ],
  linkShorteners: ['bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'cutt.ly', 'rebrand.ly', 'shorturl.at', 'tiny.cc'],
  commercialTlds: ['shop', 'store', 'biz', 'xyz', 'top', 'click', 'bet', 'casino'],
};
