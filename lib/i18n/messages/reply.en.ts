import type { replySv } from './reply.sv';

/** The reply templates' "Insert" while it works (issue 18 point 6), English. */
export const replyEn: Record<keyof typeof replySv, string> = {
  'reply.signingHeading': 'Signature and web site in replies',
  'reply.inserting': 'Inserting the reply into the reply box…',
} as const;
