import type { LocalizedText } from './schema';
import type { SensitiveKind } from './word-lists';

/**
 * Words for what `suggest` found, so the UI can say why in Swedish or English without
 * holding any policy text itself.
 */

export const SUGGESTION_FLAGS = [
  'personal-identity-number',
  'sensitive-personal-data',
  'registration-needed',
  'profanity',
  'personal-attack',
  'commercial',
  'external-link',
  'phone-number',
  'email',
  'political',
] as const;
export type SuggestionFlag = (typeof SUGGESTION_FLAGS)[number];

export const FLAG_LABELS: Record<SuggestionFlag, LocalizedText> = {
  'personal-identity-number': { sv: 'Personnummer', en: 'Personal identity number' },
  'sensitive-personal-data': { sv: 'Känsliga personuppgifter', en: 'Sensitive personal data' },
  'registration-needed': { sv: 'Ska diarieföras', en: 'Must be registered' },
  profanity: { sv: 'Svordomar', en: 'Swearing' },
  'personal-attack': { sv: 'Personangrepp', en: 'Personal attack' },
  commercial: { sv: 'Reklam', en: 'Advertising' },
  'external-link': { sv: 'Extern länk', en: 'External link' },
  'phone-number': { sv: 'Telefonnummer', en: 'Phone number' },
  email: { sv: 'E-postadress', en: 'E-mail address' },
  political: { sv: 'Politisk fråga', en: 'Political question' },
};

export const SUGGESTION_REASONS = [
  'identity-number',
  'coordination-number',
  'sensitive-health',
  'sensitive-disability',
  'sensitive-social-services',
  'sensitive-school',
  'sensitive-ethnicity',
  'sensitive-religion',
  'sensitive-sexual-life',
  'sensitive-trade-union',
  'sensitive-criminal',
  'possibly-confidential',
  'registration-needed',
  'profanity',
  'personal-attack',
  'commercial-words',
  'commercial-link',
  'spam-shape',
  'external-link',
  'phone-number',
  'email',
  'political',
  'fault-words',
  'question',
  'opinion-words',
  'praise-words',
  'official-reply',
  'no-match',
] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export const REASON_TEXTS: Record<SuggestionReason, LocalizedText> = {
  'identity-number': {
    sv: 'Innehåller ett giltigt personnummer. Ta bort inlägget (§3.5).',
    en: 'Contains a valid personal identity number. Remove the post (§3.5).',
  },
  'coordination-number': {
    sv: 'Innehåller ett giltigt samordningsnummer. Ta bort inlägget (§3.5).',
    en: 'Contains a valid coordination number (samordningsnummer). Remove the post (§3.5).',
  },
  'sensitive-health': {
    sv: 'Uppgifter om någons hälsa eller diagnos (känsliga personuppgifter, §3.5; sekretess inom hälso- och sjukvården, §1.8).',
    en: "Details of someone's health or diagnosis (sensitive personal data, §3.5; health-care secrecy, §1.8).",
  },
  'sensitive-disability': {
    sv: 'Uppgifter om någons funktionsnedsättning eller stöd enligt LSS, t.ex. assistans (känsliga personuppgifter, §3.5).',
    en: "Details of someone's disability or LSS support, e.g. personal assistance (sensitive personal data, §3.5).",
  },
  'sensitive-social-services': {
    sv: 'Uppgifter om någons ärende hos socialtjänsten, t.ex. försörjningsstöd, orosanmälan eller placering (sekretess, §1.8, §3.3).',
    en: "Details of someone's social-services matter, e.g. income support, a report of concern or a placement (secrecy, §1.8, §3.3).",
  },
  'sensitive-school': {
    sv: 'Uppgifter om en identifierbar elevs skolsituation eller elevhälsa, t.ex. mobbning eller särskilt stöd (sekretess, §1.8).',
    en: "Details of an identifiable pupil's school or student-health matters, e.g. bullying or special support (secrecy, §1.8).",
  },
  'sensitive-ethnicity': {
    sv: 'Uppgifter om någons etniska ursprung (känsliga personuppgifter, §3.5).',
    en: "Details of someone's ethnic origin (sensitive personal data, §3.5).",
  },
  'sensitive-religion': {
    sv: 'Uppgifter om någons religion eller övertygelse (känsliga personuppgifter, §3.5).',
    en: "Details of someone's religion or beliefs (sensitive personal data, §3.5).",
  },
  'sensitive-sexual-life': {
    sv: 'Uppgifter om någons sexualliv eller sexuella läggning (känsliga personuppgifter, §3.5).',
    en: "Details of someone's sex life or sexual orientation (sensitive personal data, §3.5).",
  },
  'sensitive-trade-union': {
    sv: 'Uppgifter om någons medlemskap i en fackförening (känsliga personuppgifter, §3.5).',
    en: "Details of someone's trade-union membership (sensitive personal data, §3.5).",
  },
  'sensitive-criminal': {
    sv: 'Uppgifter om brott eller domar som gäller en identifierbar person (§3.5).',
    en: 'Details of offences or convictions concerning an identifiable person (§3.5).',
  },
  'possibly-confidential': {
    sv: 'Känsliga uppgifter tillsammans med personnummer eller kontaktuppgifter: ta bort, och registrera som möjligen sekretessbelagt (§3.3).',
    en: 'Sensitive details together with a personal identity number or contact details: remove it, and register it as possibly confidential (§3.3).',
  },
  'registration-needed': {
    sv: 'Fånga inlägget innan du tar bort det: det borttagna materialet ska diarieföras (§3.3).',
    en: 'Capture the post before removing it: the removed material must be registered (§3.3).',
  },
  profanity: {
    sv: 'Innehåller svordomar eller obscena ord (§3).',
    en: 'Contains swearing or obscene words (§3).',
  },
  'personal-attack': {
    sv: 'Innehåller ord som kan vara ett personangrepp (§3).',
    en: 'Contains words that may be a personal attack (§3).',
  },
  'commercial-words': {
    sv: 'Ser ut som reklam eller ett kommersiellt budskap (§3).',
    en: 'Looks like advertising or a commercial message (§3).',
  },
  'commercial-link': {
    sv: 'Innehåller en förkortad länk eller en länk till en typisk butiks- eller spamdomän.',
    en: 'Contains a shortened link or a link to a typical shop or spam domain.',
  },
  'spam-shape': {
    sv: 'Ser ut som spam: erbjudande om följare eller pengar, länk med pris eller procent, eller rader av emoji.',
    en: 'Looks like spam: an offer of followers or money, a link with a price or percentage, or runs of emoji.',
  },
  'external-link': {
    sv: 'Innehåller en länk till en annan webbplats än organisationens egen.',
    en: "Contains a link to a web site other than the organisation's own.",
  },
  'phone-number': {
    sv: 'Innehåller ett telefonnummer. Det är en personuppgift: bedöm om det bör tas bort.',
    en: 'Contains a phone number. It is personal data: judge whether it should be removed.',
  },
  email: {
    sv: 'Innehåller en e-postadress. Det är en personuppgift: bedöm om den bör tas bort.',
    en: 'Contains an e-mail address. It is personal data: judge whether it should be removed.',
  },
  political: {
    sv: 'Politisk fråga: hänvisa till partierna (§3.2).',
    en: 'Political question: refer it to the parties (§3.2).',
  },
  'fault-words': {
    sv: 'Beskriver ett fel, t.ex. trasig belysning eller hål i vägen: en felanmälan.',
    en: 'Describes a fault, e.g. a broken street light or a pothole: a fault report.',
  },
  question: {
    sv: 'Innehåller en fråga: svara inom en arbetsdag eller vidarebefordra.',
    en: 'Contains a question: answer within one working day or forward it.',
  },
  'opinion-words': {
    sv: 'Framför en synpunkt till organisationen.',
    en: 'Expresses an opinion to the organisation.',
  },
  'praise-words': {
    sv: 'Beröm eller allmänt tyckande: svar är inget krav.',
    en: 'Praise or general opinion: no answer is required.',
  },
  'official-reply': {
    sv: 'Ser ut som ett svar från organisationen själv (undertecknat med roll eller organisationens namn).',
    en: 'Looks like a reply by the organisation itself (signed with a role or the organisation’s name).',
  },
  'no-match': {
    sv: 'Ingen kategori kunde föreslås. Bedöm själv.',
    en: 'No category could be suggested. Use your judgement.',
  },
};

/** Reason id for each kind of sensitive personal data, so the UI names the kind in words. */
export const SENSITIVE_KIND_REASONS: Record<SensitiveKind, SuggestionReason> = {
  health: 'sensitive-health',
  disability: 'sensitive-disability',
  'social-services': 'sensitive-social-services',
  school: 'sensitive-school',
  ethnicity: 'sensitive-ethnicity',
  religion: 'sensitive-religion',
  'sexual-life': 'sensitive-sexual-life',
  'trade-union': 'sensitive-trade-union',
  criminal: 'sensitive-criminal',
};
