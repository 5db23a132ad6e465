/**
 * Triage (issue 20), Swedish: the state in each toolbar's room, carried by the content script.
 */
export const triageSv = {
  /** The locale dates are written in (Europe/Stockholm time in both languages). */
  'triage.locale': 'sv-SE',
  'triage.remove': 'Ta bort? {reason}',
  'triage.removeGuide': 'Ta bort? enligt riktlinjerna',
  'triage.answerBy': 'Svara senast {when}',
  'triage.overdue': 'Försenad sedan {since}',
  'triage.timeUnknown': 'Svara, tid okänd',
  'triage.answered': 'Besvarad',
  'triage.captured': 'Fångad',
  'triage.stateLabel': 'Läge: {state}',
  'triage.flag.personal-identity-number': 'personnummer',
  'triage.flag.sensitive-personal-data': 'känsliga personuppgifter',
  'triage.flag.profanity': 'svordomar',
  'triage.flag.personal-attack': 'personangrepp',
  'triage.flag.commercial': 'reklam',
};
