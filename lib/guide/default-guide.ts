import { DEFAULT_WORD_LISTS } from './default-word-lists';
import { GUIDE_VERSION, type Guide } from './schema';

/**
 * Tyresö kommun, "Riktlinjer för användning av sociala medier" (2013-05-20), as the shipped
 * default. Bilaga 3's table was extracted from a PDF with jumbled columns; this is the reading
 * in SPEC.md ("The response guide"). English texts are our translations.
 */
export const DEFAULT_GUIDE: Guide = {
  version: GUIDE_VERSION,
  organisation: 'Tyresö kommun',
  website: 'tyreso.se',
  source: 'Tyresö kommun, Riktlinjer för användning av sociala medier, antagna 2013-05-20, med bilaga 1–3',
  categories: {
    praise: {
      name: { sv: 'Beröm, allmänt tyckande', en: 'Praise, general opinion' },
      adminFirst: {
        sv: 'Inget krav, men trevligt. Bekräfta eventuellt, t.ex. ”Tack för berömmet.” Vidarebefordra eventuellt till berörd verksamhet.',
        en: 'No requirement, but nice. You may confirm, e.g. "Thank you for the praise." You may forward it to the department concerned.',
      },
      registration: { sv: 'Ingen registrering.', en: 'No registration.' },
      caseOfficer: {
        sv: 'Bedömer om svar ska ges. Om ja, skriver svar och vidarebefordrar till informatör/kundtjänst.',
        en: 'Decides whether to answer. If so, writes the answer and sends it to the administrator.',
      },
      adminLast: { sv: 'Kvalitetssäkrar text och svarar.', en: 'Quality-checks the text and replies.' },
    },
    question: {
      name: { sv: 'Frågor och synpunkter', en: 'Questions and opinions' },
      adminFirst: {
        sv: 'Svarar direkt och med eventuell länk till tyreso.se för mer information, eller med: ”Tack för din fråga/synpunkt, vi återkommer med svar.” och vidarebefordrar till förvaltningsbrevlåda/kontaktperson.',
        en: 'Answers directly, with a link to tyreso.se for more information if useful, or with: "Thank you for your question/comment, we will get back to you with an answer." and forwards it to the department mailbox/contact person.',
      },
      registration: {
        sv: 'Berörd verksamhet avgör om inlägget ska registreras.',
        en: 'The department concerned decides whether the post is registered.',
      },
      caseOfficer: {
        sv: 'Svarar kort och korrekt så snabbt som möjligt, helst inom en arbetsdag. Skickar svaret till informatör/kundtjänst.',
        en: 'Answers briefly and correctly as soon as possible, preferably within one working day. Sends the answer to the administrator.',
      },
      adminLast: { sv: 'Kvalitetssäkrar text och svarar.', en: 'Quality-checks the text and replies.' },
    },
    'fault-report': {
      name: { sv: 'Felanmälan', en: 'Fault report' },
      adminFirst: {
        sv: 'Bekräftar och skickar vidare till berörd verksamhet.',
        en: 'Confirms, and sends it on to the department concerned.',
      },
      registration: { sv: 'Registrering sker i felanmälningssystem.', en: 'Registered in the fault-report system.' },
      caseOfficer: {
        sv: 'Skriver in uppgifterna i felanmälningssystem.',
        en: 'Enters the details in the fault-report system.',
      },
      adminLast: { sv: 'Ingen hantering.', en: 'No handling.' },
    },
    remove: {
      name: {
        sv: 'Kränkande inlägg och sekretessbelagda uppgifter',
        en: 'Offensive posts and confidential information',
      },
      adminFirst: {
        sv: 'Tar bort kränkande inlägg och sekretessbelagd information. Spara (fånga) inlägget innan det tas bort.',
        en: 'Removes offensive posts and confidential information. Capture the post before removing it.',
      },
      registration: {
        sv: 'Sekretessbelagd information ska registreras i diarium eller eventuell akt. Avpublicerat och raderat material är allmän handling och diarieförs.',
        en: 'Confidential information is registered in the diarium or the case file. Unpublished and deleted material is a public record and is registered.',
      },
      caseOfficer: { sv: 'Ingen hantering.', en: 'No handling.' },
      adminLast: { sv: 'Ingen hantering.', en: 'No handling.' },
    },
  },
  removalReasons: [
    { id: 'personal-attack', section: '§3', label: { sv: 'Personangrepp', en: 'Personal attack' } },
    { id: 'profanity', section: '§3', label: { sv: 'Svordomar eller obscena ord', en: 'Swearing or obscene words' } },
    { id: 'commercial', section: '§3', label: { sv: 'Kommersiella budskap eller reklam', en: 'Commercial message or advertising' } },
    { id: 'hate-speech', section: '§3', label: { sv: 'Hets mot folkgrupp', en: 'Agitation against a population group' } },
    { id: 'copyright', section: '§3', label: { sv: 'Intrång i upphovsrätt', en: 'Copyright infringement' } },
    { id: 'violence-pornography', section: '§3', label: { sv: 'Våldsskildringar och pornografi', en: 'Depictions of violence and pornography' } },
    { id: 'incitement-to-crime', section: '§3', label: { sv: 'Uppmaning till brott', en: 'Incitement to crime' } },
    { id: 'unlawful', section: '§3', label: { sv: 'Annat som strider mot lag', en: 'Anything else against the law' } },
    { id: 'offensive-personal-data', section: '§3.5', label: { sv: 'Kränkande personuppgifter', en: 'Offensive personal data' } },
    { id: 'confidential', section: '§1.8, §3.3', label: { sv: 'Sekretessbelagda uppgifter', en: 'Confidential information' } },
  ],
  flowQuestions: [
    {
      id: 'public',
      question: { sv: 'Är inlägget synligt för allmänheten?', en: 'Is the post visible to the public?' },
      yes: { sv: 'Gå vidare till nästa fråga.', en: 'Go on to the next question.' },
      no: {
        sv: 'Det är en inkommen elektronisk handling (t.ex. ett privat meddelande). Hantera den enligt bestämmelserna om inkomna handlingar och diarieför den om den gäller ett ärende.',
        en: 'It is a received electronic document (e.g. a private message). Handle it as such, and register it if it concerns a matter for the organisation.',
      },
    },
    {
      id: 'remove',
      question: {
        sv: 'Behöver inlägget raderas/avpubliceras, t.ex. på grund av sekretess, brott mot lagstiftning eller riktlinjerna?',
        en: 'Does the post need to be removed, e.g. because of secrecy, the law or the guidelines?',
      },
      yes: {
        sv: 'Fånga inlägget, ta bort det och diarieför/arkivera det borttagna materialet.',
        en: 'Capture the post, remove it, and register/archive the removed material.',
      },
      no: { sv: 'Gå vidare till nästa fråga.', en: 'Go on to the next question.' },
    },
    {
      id: 'public-record',
      question: {
        sv: 'Annars är inlägget allmän handling. Det krävs ingen diarieföring, men inläggen ska hållas ordnade; skärmdumpen av kanalen varje halvår dokumenterar sidan.',
        en: 'Otherwise the post is a public record. It needs no registration but is kept in order; the half-yearly screenshot of the channel documents the page.',
      },
    },
    {
      id: 'can-answer',
      question: { sv: 'Kan jag besvara synpunkten eller kommentaren?', en: 'Can I answer the comment or question?' },
      yes: {
        sv: 'Besvara den inom en arbetsdag. Skriv under med namn, titel och enhet.',
        en: 'Answer it within one working day, signed with your name, title and unit.',
      },
      no: {
        sv: 'Vidarebefordra den till någon som kan ge dig ett svar att publicera. Mottagaren ansvarar för eventuell diarieföring.',
        en: 'Forward it to someone who can give you an answer to publish. The recipient is responsible for any registration.',
      },
    },
  ],
  politicalReferral: {
    sv: 'Politiska frågor hänvisas till partierna eller Frågepanelen på tyreso.se.',
    en: 'Political questions are referred to the parties or to the question panel (Frågepanelen) on tyreso.se.',
  },
  wordLists: DEFAULT_WORD_LISTS,
};
