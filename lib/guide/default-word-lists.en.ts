import type { WordListSet } from './word-lists';

/**
 * The shipped English lists. Syntax: ./word-lists.ts. Sources and licences: ./default-word-lists.ts.
 * Apostrophes split words, so "i'm" is the phrase "i m" and matches "I'm" and "im".
 */
export const EN_WORD_LISTS: WordListSet = {
  questionStarts: [
    'how', 'where', 'when', 'what', 'why', 'who', 'which', 'can i', 'can you', 'can we', 'could you', 'is there', 'are there',
    'is it', 'are you', 'do you', 'does', 'do i', 'will', 'should i', 'any update', 'anyone know', 'does anyone know',
  ],
  opinion: [
    'complain*', 'unacceptable', 'disappointed', 'disappointing', 'should', 'not okay', 'not ok', 'makes no sense',
    'would be great if', 'it would be great', 'would be nice if', 'too short', 'too expensive', 'not good enough',
    'please fix', 'why is', 'why are', 'why hasn t', 'why has', 'still isn t', 'still not', 'please call', 'call me',
    'email me', 'please send', 'get back to me',
  ],
  complaintMarkers: ['yeah right', 'thanks for nothing', 'slow clap', 'just when'],
  praise: [
    'thanks', 'thank you', 'love', 'loved', 'lovely', 'beautiful', 'awesome', 'amazing', 'great', 'well done', 'good job',
    'wonderful', 'nice', 'brilliant', 'proud', 'helpful', 'good people', 'kudos', 'fantastic', 'excellent', 'had a blast',
    'fan of', 'enjoyed',
    '❤', '❤️', '👏', '😍', '🥰', '👍', '🙏', '🙌', '👌', '💪', '🥹', '😋', '🎉', '🎆',
  ],
  faultReport: [
    'pothole*', 'street light*', 'streetlight*', 'street lamp*', 'broken', 'not working', 'aren t working', 'isn t working',
    'out of order', 'leaking', 'water leak*', 'graffiti', 'fallen tree', 'vandalised', 'vandalized', 'not been emptied',
    'not plowed', 'not ploughed', 'not cleared', 'flooded', 'overflowing', 'dumped', 'icy', 'nobody has gritted',
    'not gritted', 'has been out', 'blocked drain', 'fly tipping', 'fly-tipping',
  ],
  political: [
    'politician*', 'political', 'politics', 'political party', 'parties', 'mayor', 'tax increase', 'raise taxes',
    'council voted', 'councillor*', 'opposition',
  ],
  politicalWeak: ['election*', 'vote', 'voted', 'voting', 'taxes'],
  electionPractical: ['polling station*', 'polling card*', 'postal vote*', 'ballot paper*', 'early voting'],
  commercial: [
    'buy now', 'order now', 'shop now', 'click here', 'click the link', 'link in bio', 'limited offer', 'limited time offer',
    'discount code', 'promo code', 'use code', 'free shipping', '% off', 'earn money', 'make money', 'work from home',
    'working from home', 'check out my', 'visit my', 'follow me', 'dm me', 'dm us', 'inbox me', 'message me',
    'check my profile', 'crypto*', 'bitcoin*', 'passive income', 'free spins', 'you have won', 'you ve won',
    'real followers', 'new followers', 'we buy', 'we sell', 'investment opportunity', 'trading',
  ],
  offerWords: ['free', 'offer', 'deal', 'sale', 'discount', 'cheap', 'win', 'winner', 'won', 'bonus'],
  earnWords: ['earn*', 'make money', 'income'],
  earnContexts: ['from home', 'a day', 'per day', 'weekly', 'a week', 'per week', 'a month', 'per month', 'fast'],
  profanity: [
    '*fuck*', 'fck', 'fuk', 'shit', 'shits', 'shitty', 'bullshit', 'horseshit', 'goddamn*', 'bitch*', 'bastard*', 'asshole*',
    'arsehole*', 'ass', 'dick', 'dickhead*', 'cunt*', 'cock', 'cocks', 'whore*', 'sluts', 'slutty', 'wanker*',
    'crap', 'crappy', 'go to hell', 'motherfucker*', 'twat', 'bollocks',
  ],
  profanityExceptions: ['a fan', 'big fan', 'fan of', 'huge fan'],
  insults: [
    'idiot', 'idiots', 'moron*', 'retard*', 'imbecil*', 'imbecile*', 'loser', 'losers', 'brain dead', 'braindead',
    'scumbag*', 'parasites',
  ],
  insultsNeedTarget: [
    'useless', 'incompetent', 'pathetic', 'stupid', 'dumb', 'lazy', 'clown', 'clowns', 'fool', 'fools', 'ignorant',
    'disgrace', 'embarrassment', 'shut up', 'disgusting', 'worthless',
  ],
  attackTargets: ['you', 'you re', 'you are', 'ya'],
  attackExceptions: [],
  personalAnchors: [
    'i m', 'i ve', 'i d', 'i ll', 'i am', 'i have', 'i was', 'i want', 'i need', 'i got', 'i had', 'i can t', 'i feel',
    'i live', 'me', 'my', 'mine', 'we', 'our', 'us', 'he', 'she', 'his', 'her', 'him',
  ],
  officialRoles: [
    'communications officer', 'communications team', 'customer centre', 'customer service', 'moderator', 'municipality',
    'council',
  ],
  officialContact: ['customer centre', 'customer service', 'switchboard', 'call us', 'our number'],
  sensitive: {
    health: [
      'autism', 'autistic', 'diagnosed', 'diagnosis', 'dyslexia', 'epilepsy', 'dementia', 'alzheimer*', 'parkinson*',
      'cancer', 'diabetes', 'hiv', 'depression', 'depressed', 'anxiety', 'sick leave', 'burnout', 'eating disorder',
      'anorexia', 'bipolar', 'schizophreni*', 'pregnant', 'miscarriage', 'suicid*', 'mental illness', 'stroke',
    ],
    disability: ['wheelchair', 'disability', 'special needs', 'personal assistant', 'learning disability'],
    'social-services': [
      'income support', 'welfare benefits', 'social services took', 'foster care', 'foster home', 'child protection',
      'homeless', 'addiction', 'domestic violence',
    ],
    school: ['bullied', 'being bullied', 'suspended from school', 'special support'],
    ethnicity: ['roma', 'ethnic*', 'ethnicity'],
    religion: ['muslim*', 'christian', 'jewish', 'jew', 'hindu', 'buddhist', 'catholic', 'hijab', 'atheist'],
    'sexual-life': ['gay', 'lesbian', 'bisexual', 'transgender', 'homosexual', 'lgbt*', 'queer'],
    'trade-union': ['trade union', 'union member', 'union rep'],
    criminal: ['convicted', 'prison', 'jail', 'arrested', 'criminal record', 'on probation'],
  },
};
