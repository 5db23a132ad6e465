import type { LocalizedText } from './schema';

/**
 * Words for what `suggest` found, so the UI can say why in Swedish or English without
 * holding any policy text itself.
 */

export const SUGGESTION_FLAGS = [
  'personal-identity-number',
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
  'registration-needed',
  'profanity',
  'personal-attack',
  'commercial-words',
  'commercial-link',
  'external-link',
  'phone-number',
  'email',
  'political',
  'fault-words',
  'question',
  'opinion-words',
  'praise-words',
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
  'no-match': {
    sv: 'Ingen kategori kunde föreslås. Bedöm själv.',
    en: 'No category could be suggested. Use your judgement.',
  },
};
