import type { triageSv } from './triage.sv';

/** Triage (issue 20), English: the same keys as ./triage.sv.ts. */
export const triageEn: Record<keyof typeof triageSv, string> = {
  'triage.locale': 'en-GB',
  'triage.remove': 'Remove? {reason}',
  'triage.removeGuide': 'Remove? per the guidelines',
  'triage.answerBy': 'Answer by {when}',
  'triage.overdue': 'Overdue since {since}',
  'triage.timeUnknown': 'Answer, time unknown',
  'triage.answered': 'Answered',
  'triage.captured': 'Captured',
  'triage.stateLabel': 'State: {state}',
  'triage.flag.personal-identity-number': 'personal identity number',
  'triage.flag.sensitive-personal-data': 'sensitive personal data',
  'triage.flag.profanity': 'swearing',
  'triage.flag.personal-attack': 'personal attack',
  'triage.flag.commercial': 'advertising',
};
