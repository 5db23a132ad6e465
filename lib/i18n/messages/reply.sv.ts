/** The reply templates' "Infoga" while it works (issue 18 point 6), Swedish. */
export const replySv = {
  'reply.signingHeading': 'Underskrift och webbplats i svaren',
  'reply.inserting': 'Infogar svaret i svarsrutan…',
} as const;
