import type { Template } from './schema';

/**
 * The shipped templates, from Bilaga 3 ("Tack för berömmet.", "Tack för din fråga/synpunkt, vi
 * återkommer med svar.", fault reports confirmed) and §3.2 (political questions to the parties).
 * A personal greeting because §3.1 asks for "ett personligt tilltal".
 */
export const DEFAULT_TEMPLATES: readonly Template[] = [
  {
    id: 'praise-thanks',
    name: { sv: 'Tack för berömmet', en: 'Thanks for the praise' },
    category: 'praise',
    body: { sv: 'Hej {{förnamn}}! Tack för berömmet.', en: 'Hi {{firstName}}! Thank you for the kind words.' },
  },
  {
    id: 'question-received',
    name: { sv: 'Vi återkommer med svar', en: 'We will get back to you' },
    category: 'question',
    body: {
      sv: 'Hej {{förnamn}}! Tack för din fråga/synpunkt, vi återkommer med svar.',
      en: 'Hi {{firstName}}! Thank you for your question/comment, we will get back to you with an answer.',
    },
  },
  {
    id: 'question-link',
    name: { sv: 'Svar med länk', en: 'Answer with a link' },
    category: 'question',
    body: {
      sv: 'Hej {{förnamn}}! Du hittar mer information på {{länk}}.',
      en: 'Hi {{firstName}}! You will find more information at {{link}}.',
    },
  },
  {
    id: 'fault-report-confirmed',
    name: { sv: 'Felanmälan mottagen', en: 'Fault report received' },
    category: 'fault-report',
    body: {
      sv: 'Hej {{förnamn}}! Tack för att du hör av dig. Vi har skickat din felanmälan vidare till den verksamhet som ansvarar.',
      en: 'Hi {{firstName}}! Thank you for letting us know. We have sent your fault report on to the department responsible.',
    },
  },
  {
    id: 'political-referral',
    name: { sv: 'Politisk fråga till partierna', en: 'Political question to the parties' },
    category: 'question',
    body: {
      sv: 'Hej {{förnamn}}! Politiska frågor hänvisar vi till partierna eller till Frågepanelen på {{webbplats}}.',
      en: 'Hi {{firstName}}! We refer political questions to the parties or to the question panel (Frågepanelen) on {{website}}.',
    },
  },
  {
    id: 'removed-note',
    name: { sv: 'Kommentar borttagen', en: 'Comment removed' },
    category: 'remove',
    body: {
      sv: 'Vi har tagit bort en kommentar som bröt mot reglerna för den här sidan. Reglerna finns på {{webbplats}}.',
      en: 'We have removed a comment that broke the rules of this page. The rules are on {{website}}.',
    },
  },
];
