import type { WordListSet } from './word-lists';

/**
 * The shipped Swedish lists. Syntax: ./word-lists.ts. Sources and licences: ./default-word-lists.ts.
 * Colloquial spellings are listed beside the standard ones ("e de", "nån", "va", "int").
 */
export const SV_WORD_LISTS: WordListSet = {
  questionStarts: [
    'hur', 'var', 'vart', 'varifrån', 'när', 'vad', 'va har', 'va kostar', 'va gäller', 'va e', 'varför', 'vem', 'vems',
    'vilken', 'vilket', 'vilka', 'kan man', 'kan jag', 'kan ni', 'kan någon', 'kan nån', 'får man', 'får jag', 'finns det',
    'finns de', 'behöver jag', 'behöver man', 'måste jag', 'måste man', 'ska man', 'ska jag', 'är det', 'e det', 'e de',
    'stämmer det', 'stämmer de', 'har ni', 'gäller det', 'gäller de', 'kommer ni', 'kommer det', 'blir det', 'blir de',
    'någon som vet', 'nån som vet', 'vet någon', 'vet nån', 'undrar', 'jag undrar', 'ja undrar',
  ],
  opinion: [
    'synpunkt*', 'klagomål', 'klaga*', 'missnöjd*', 'besviken', 'besvikna', 'oacceptabel*', 'skandal*', 'bedrövlig*',
    'uselt', 'usel', 'borde', 'bör ni', 'inte okej', 'inte ok', 'int okej', 'dåligt skött', 'för dåligt', 'tycker att ni',
    'tycker det', 'tycker de', 'tycker inte', 'dålig', 'dåligt', 'dåliga', 'synd att', 'synd att ni', 'lite synd', 'tråkigt att',
    'tråkigt', 'alldeles för', 'för korta', 'för kort', 'för lite', 'för få', 'skulle behövas', 'behövs fler', 'behövs mer',
    'det måste', 'ni måste', 'måste ni', 'måste gå', 'önskar', 'önskar att', 'gör något åt', 'gör nåt åt', 'struntar i',
    'glöms bort', 'ingen återkoppling', 'kan ni inte', 'snälla kan ni', 'skulle va klar', 'skulle vara klar',
    'skulle ha varit', 'fattar ingenting', 'förstår inte varför', 'varför ska', 'för dyrt', 'dyrare', 'undrar om',
    'undrar när', 'undrar hur', 'undrar var', 'undrar vad', 'undrar varför', 'skicka gärna', 'ring mig', 'kontakta mig', 'hör av er', 'hör av dig',
  ],
  complaintMarkers: ['jaha', 'precis när', 'typiskt', 'tack för ingenting', 'verkligen inte', 'toppen verkligen'],
  praise: [
    'tack*', 'bra jobbat', 'bra gjort', 'gott jobbat', 'bra initiativ', 'fantastisk*', 'underbar*', 'härlig*', 'fint', 'fin',
    'fina', 'vackert', 'vacker', 'vackra', 'snyggt', 'toppen', 'grymt', 'kul', 'mysig*', 'mysigt', 'älskar', 'bäst', 'bästa',
    'imponerande', 'proffsig*', 'supersnabb*', 'heja', 'stolt', 'stolta', 'najs', 'asbra', 'kanon', 'kanonbra', 'tummen upp',
    'trevlig*', 'glad', 'glada', 'överlycklig*', 'trivs', 'rekommenderas', 'god jul', 'gott nytt år', 'hjälpsam*', 'perfekt',
    'wow', 'grattis', 'riktigt bra', 'jättebra', 'superbra', 'skönt', 'lyckat', 'ååh', 'gud va fint', 'bra', 'rolig',
    'roligt', 'roliga', 'fan av', 'gillar', 'funkade',
  ],
  faultReport: [
    'gatlamp*', 'gatlykt*', 'gatljus*', 'gatubelysning*', 'lyktstolp*', 'trasig', 'trasiga', 'trasigt', 'sönder',
    'gått sönder', 'hål i vägen', 'hål i gatan', 'hål i asfalten', 'full av hål', 'massa hål', 'potthål*', 'krater', 'gropar',
    'grop i', 'vattenläck*', 'det läcker', 'läcker vatten', 'läcker', 'stopp i avlopp*', 'luktar avlopp', 'översvämm*',
    'svämmar över', 'klotter', 'klottrat', 'nedklottrad*', 'sönderklottra*', 'sprejat', 'nedfallet träd', 'omkullfallet träd',
    'blåst omkull', 'inte tömts', 'inte tömd', 'inte tömda', 'överfull*', 'inte plogat', 'inte plogats', 'inte plogad',
    'plogad än', 'plogat än', 'utan att ploga', 'ingen har plogat', 'oplogad*', 'osandad*', 'inte sandat', 'ingen har sandat',
    'snöröjningen har inte', 'inte snöröjt', 'fungerar inte', 'funkar inte', 'funkar int', 'ur funktion', 'vandaliser*',
    'krossad*', 'glassplitter', 'glas överallt', 'skräp överallt', 'nedskräpat', 'nedskräpad*', 'dumpat', 'trafikljus*',
    'nedriven', 'nedrivna', 'släckt', 'släckta', 'blinkar', 'igensatt', 'igensatta', 'isigt', 'halkigt', 'spruckit',
    'lossnat', 'brunt vatten', 'är brunt', 'e brunt', 'vattensamling*', 'förstörd', 'vatten på golvet', 'ligger ute på vägen',
  ],
  political: [
    'politiker*', 'politisk*', 'politik', 'kommunalråd*', 'kommunstyrelse*', 'kommunfullmäktige', 'fullmäktige',
    'oppositionen', 'styrande majoritet*', 'styret', 'vallöfte*', 'partie*', 'parti', 'socialdemokrat*',
    'sossarna', 'moderaterna*', 'sverigedemokrat*', 'centerpartiet*', 'vänsterpartiet*', 'liberalerna*',
    'kristdemokrat*', 'miljöpartiet*', 'skattehöjning*', 'kommunalskatt*', 'höj skatten', 'höjer skatten', 'höjd skatt',
    'sänk skatten', 'sänkt skatt', 'lovade före valet',
  ],
  politicalWeak: ['valet', 'valår*', 'rösta', 'röstade', 'röstar'],
  electionPractical: [
    'förtidsröst*', 'vallokal*', 'valsedl*', 'röstkort*', 'poströst*', 'budröst*', 'valnämnd*', 'valdag*', 'röstmottagare',
  ],
  commercial: [
    'rabattkod*', '% rabatt', 'köp nu', 'beställ nu', 'handla nu', 'klicka här', 'klicka på länken', 'tjäna pengar',
    'extra inkomst*', 'gratis frakt', 'specialerbjudande*', 'missa inte erbjudandet', 'begränsat erbjudande',
    'besök min profil', 'kolla min profil', 'kolla in min profil', 'följ mig', 'min webbshop', 'vår webbshop',
    'casino*', 'kasino*', 'krypto*', 'bitcoin*', 'forex', 'passiv inkomst', 'dm oss', 'dm mig', 'dm a oss', 'dm a mig',
    'dma oss', 'dma mig', 'skicka ett dm', 'skicka dm', 'skriv pm', 'skicka pm', 'pm a mig', 'pma mig', 'inboxa mig',
    'vi erbjuder', 'vi säljer', 'vi köper', 'för offert', 'gratis offert', 'du har vunnit', 'investera i', 'avkastning',
    'gratis spins', 'jobba hemifrån', 'länk i bio', 'nya följare',
  ],
  offerWords: [
    'rea', 'erbjudande*', 'rabatt*', 'gratis', 'billig*', 'vinn', 'vinner', 'vunnit', 'kampanj*', 'deal',
  ],
  earnWords: ['tjäna*', 'tjänade', 'tjänar', 'inkomst*'],
  earnContexts: ['hemifrån', 'per dag', 'om dagen', 'i veckan', 'i månaden', 'förra månaden', 'förra veckan', 'snabbt'],
  profanity: [
    'fan', 'fy fan', 'fanskap*', 'fanken', '*jävl*', 'jävla', 'jävlar', 'jävel', '*jävel', 'javla', 'javlar', 'javligt',
    'djävul', 'djävla', 'helvete*', 'skit', 'skiten', 'skitsnack*', 'skitstövel*', 'skitkommun*', 'skitdålig*', 'skithög*',
    'skitunge*', 'skitjobb*', 'kuk', 'kukar', 'kuken', 'kukhuvud*', 'kuksås', 'fitta', 'fittan', 'fittor', 'fittig',
    '*fitta', 'hora', 'horan', 'horor', 'slyna', 'slynor', 'luder', 'röv', 'röven', 'rövhål*', 'arsle*', 'piss*', 'knull*',
    'runka*', 'satan', 'satans', 'satkärring*', 'skit ner dig', 'dra åt helvete', 'för helvete',
  ],
  profanityExceptions: ['ett fan', 'stort fan', 'stora fan', 'fan av', 'pissoar*'],
  insults: [
    'idiot', 'idioter', 'idioten', 'idioterna', 'pucko', 'puckon', 'dumhuvud*', 'dumskall*', 'efterbliv*', 'mongo',
    'klåpare', 'klåparna', 'parasit', 'parasiter', 'parasiterna', 'kärring', 'kärringen', 'hjärndöd*', 'dum i huvudet',
    'dum i huvet', 'dumma i huvudet', 'sossepack', 'svinpack', 'slödder', 'avskum', 'mähä', 'fjant',
  ],
  insultsNeedTarget: [
    'värdelös', 'värdelösa', 'inkompetent', 'inkompetenta', 'patetisk', 'patetiska', 'dum', 'dumma', 'korkad', 'korkade',
    'lat', 'lata', 'pajas', 'pajaser', 'clown', 'clowner', 'fjolla', 'äcklig', 'äckliga', 'skamlös*', 'pack',
    'fega', 'feg', 'nolla',
  ],
  attackTargets: ['ni', 'du', 'din', 'dig', 'ni e', 'ni är', 'du e', 'du är'],
  attackExceptions: ['idioten av'],
  personalAnchors: [
    'jag', 'ja har', 'ja e', 'ja är', 'ja ha', 'ja va', 'ja kan', 'mig', 'mej', 'min', 'mitt', 'mina', 'vi', 'oss', 'vår son',
    'vår dotter', 'vår pojke', 'vår flicka', 'vår familj', 'vår unge', 'vårt barn', 'vårt', 'våra', 'han', 'hon', 'hen',
    'honom', 'henne', 'hans', 'hennes', 'ungen', 'grannens', 'grannen', 'sonen', 'dottern', 'maken', 'frun', 'sambon',
  ],
  officialRoles: [
    'kommunikatör', 'kommunikationsenheten', 'kommunikationsavdelningen', 'kundtjänst', 'kontaktcenter', 'moderator',
    'webbredaktör', 'tyresö kommun', 'kommunen', 'enhetschef', 'handläggare', 'informatör',
  ],
  officialContact: [
    'kontaktcenter', 'växel', 'växeln', 'växelns', 'kundtjänst', 'felanmälan', 'kommunens', 'kommunen', 'ring oss', 'oss på',
  ],
  sensitive: {
    health: [
      'adhd', 'autism', 'autistisk*', 'asperger*', 'diagnos', 'diagnosen', 'diagnoser', 'fått diagnos*',
      'diagnostiserad*', 'dyslexi*', 'epilepsi*', 'demens', 'dement', 'alzheimer*', 'parkinson*', 'cancer', 'diabetes',
      'hiv', 'har ms', 'fått ms', 'stroke', 'depression*', 'deprimerad*', 'ångest', 'ångesten', 'utmattning*', 'utbränd*', 'sjukskriv*',
      'ätstörning*', 'anorexi*', 'bulimi*', 'bipolär*', 'schizofren*', 'psykos*', 'alkoholberoende', 'alkoholist*',
      'gravid*', 'missfall', 'trycksår', 'självmord*', 'suicid*', 'psykiskt sjuk*', 'psykisk ohälsa',
    ],
    disability: [
      'lss', 'personlig assistans', 'assistansersättning', 'funktionsnedsättning*', 'funktionshinder', 'rullstol*',
      'särskola*', 'särskolan', 'anpassad grundskola', 'intellektuell funktionsnedsättning', 'downs syndrom', 'färdtjänst*',
      'korttidsboende', 'korttidsplats', 'ledsagare', 'cp skadad', 'blind', 'döv',
    ],
    'social-services': [
      'försörjningsstöd*', 'ekonomiskt bistånd', 'biståndsbeslut*', 'bistånd enligt', 'sökt bistånd', 'fått bistånd',
      'orosanmälan', 'orosanmälningar', 'orosanmält', 'lvu', 'lvm',
      'familjehem*', 'jourhem*', 'hvb', 'hvb hem*', 'placerad i familjehem', 'missbruk*', 'missbrukare', 'hemlös*',
      'skyddat boende', 'våld i nära relation*', 'misshandlad*', 'tog mina barn', 'tog våra barn', 'omhändertagen',
      'omhändertagna', 'umgängesstöd',
    ],
    school: [
      'mobbad', 'mobbade', 'mobbas', 'åtgärdsprogram*', 'särskilt stöd', 'elevassistent*', 'extra anpassningar',
      'hemmasittare', 'avstängd från skolan', 'skolfrånvaro', 'hemma från skolan',
    ],
    ethnicity: ['romsk*', 'samisk*', 'etnisk*', 'etnicitet'],
    religion: ['muslim*', 'kristen', 'jude', 'judisk*', 'hindu', 'buddhist', 'katolik*', 'hijab', 'slöja', 'ateist'],
    'sexual-life': ['gay', 'homosexuell*', 'bisexuell*', 'lesbisk*', 'trans', 'transperson*', 'hbtq*', 'queer'],
    'trade-union': ['facket', 'fackförbund*', 'fackförening*', 'fackmedlem*', 'fackligt', 'medlem i kommunal'],
    criminal: [
      'dömd', 'dömdes', 'fängelse*', 'på kåken', 'anhållen', 'häktad', 'åtalad*', 'brottsmisstänkt*', 'polisanmäld*',
      'belastningsregist*', 'rattfylleri', 'misshandel', 'straffad',
    ],
  },
};
