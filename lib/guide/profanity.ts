/**
 * Swearing and obscene words (§3: "svordomar eller obscena ord") and words of personal attack
 * (§3: "personangrepp"), Swedish and English, as data. Syntax: ./term-matcher.ts. Entries are
 * whole words unless marked with *, so place names and ordinary words that contain them
 * ("fanns", "fantastiskt", "prövning", "Hellasgården", "klass", "Scunthorpe") are not flagged.
 */
export const PROFANITY: readonly string[] = [
  // Swedish
  'fan', 'fy fan', 'fanskap*', 'fanken', '*jävl*', 'jävel', '*jävel', 'djävul', 'helvete*',
  'skit', 'skiten', 'skitsnack*', 'skitstövel*', 'skitkommun*', 'skitdålig*', 'skithög*', 'skitunge*', 'skitjobb*',
  'kuk', 'kukar', 'kuken', 'kukhuvud*', 'fitta', 'fittan', 'fittor', '*fitta', 'hora', 'horan', 'horor',
  'slyna', 'slynor', 'luder', 'röv', 'röven', 'rövhål*', 'arsle*', 'piss*', 'knull*', 'satan', 'satans', 'satkärring*',
  // English
  '*fuck*', 'shit', 'shits', 'shitty', 'bullshit', 'horseshit', 'goddamn*', 'bitch*', 'bastard*', 'asshole*',
  'arsehole*', 'ass', 'dick', 'dickhead*', 'cunt*', 'cock', 'whore*', 'slut*', 'wanker*', 'crap', 'crappy',
  'go to hell',
];

export const PERSONAL_ATTACK: readonly string[] = [
  'idiot', 'idioter', 'idioten', 'idioterna', 'pucko', 'puckon', 'dumhuvud*', 'dumskall*', 'efterbliv*', 'mongo',
  'idiots', 'moron*', 'retard*', 'imbecil*', 'imbecile*', 'loser', 'losers',
];

/**
 * Ordinary phrases that contain a listed word; they are blanked out before matching.
 * "Ett stort fan av biblioteket" is a fan, and a pissoar is something to report when broken.
 */
export const PROFANITY_EXCEPTIONS: readonly string[] = [
  'ett fan', 'stort fan', 'stora fan', 'fan av', 'a fan', 'big fan', 'fan of', 'pissoar*',
];
