/**
 * A screenshot that may not show the whole item (issue 18), Swedish: the mark and its reasons, in
 * the overlay's status line, the queue and the exports. Carried by the content script too
 * (lib/i18n/toolbar.ts), so short.
 */
export const shotsSv = {
  'screenshotDoubt.mark': 'Skärmbilden kan vara skymd',
  'screenshotDoubt.header': 'en fast rad överst på sidan låg över posten och gick inte att flytta undan',
  'screenshotDoubt.composer': 'en fast skrivruta på sidan låg över posten',
  'screenshotDoubt.dialog': 'en dialogruta på sidan låg över posten',
  'screenshotDoubt.overlay': 'något annat på sidan låg över posten',
  'screenshotDoubt.cut-off': 'posten var större än fönstret, så bilden visar bara den del som syntes',
  'screenshotDoubt.moved': 'posten flyttade sig medan bilden togs, så bilden kan visa något annat',
  'screenshotDoubt.page-changed': 'sidan bytte innehåll medan bilden togs',
  'screenshotDoubt.tab-changed': 'en annan flik visades medan bilden togs',
  'screenshotDoubt.unchecked': 'sidan svarade inte efter bilden, så det gick inte att kontrollera vad den visar',
  'screenshotDoubt.covered': 'ungefär {percent} % av postens yta var täckt',
  'screenshotDoubt.by': 'täckt av: {detail}',
  'overlay.savedDoubt': 'Sparad. {mark}: {reasons}.',
} as const;
