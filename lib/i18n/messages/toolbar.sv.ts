/**
 * The overlay's toolbar and the keyboard shortcut, Swedish. Their own area because they are the
 * only strings the content script carries on every page (issue 3: its size budget); the guide
 * panel, loaded on demand, uses the full catalogue.
 */
export const toolbarSv = {
  'overlay.capture': 'Fånga',
  'overlay.captureLabel': 'Fånga {kind} av {author}',
  'overlay.captureLabelNoAuthor': 'Fånga {kind}',
  'overlay.toolbarLabel': 'Kommentarsvakt',
  'overlay.saving': 'Sparar…',
  'overlay.saved': 'Sparad',
  'overlay.savedNoScreenshot': 'Sparad utan skärmbild: {reason}',
  'overlay.failed': 'Kunde inte spara: {reason}',
  'overlay.unreadable': 'Kunde inte läsa kommentaren på sidan. Markera texten och fånga markeringen i stället.',
  'overlay.guideLoadFailed': 'Riktlinjerna kunde inte visas här ({detail}). Ladda om sidan och försök igen.',
  'overlay.openQueue': 'Öppna kön',
  'kind.post': 'inlägg',
  'kind.comment': 'kommentar',
  'kind.reply': 'svar',
  'kind.selection': 'markering',
  'screenshotMissing.no-permission':
    'Kommentarsvakt får inte ta skärmbilder här ännu. Klicka på Kommentarsvakts ikon i verktygsfältet en gång på den här fliken, eller tillåt skärmbilder i inställningarna.',
  'screenshotMissing.tab-not-visible': 'fliken syntes inte när bilden skulle tas.',
  'screenshotMissing.capture-failed': 'webbläsaren kunde inte ta skärmbilden ({detail}).',
  'screenshotMissing.not-requested': 'ingen skärmbild begärdes.',
  'screenshotMissing.removed-before-shot': 'utan skärmbild: borttagen innan bilden hann tas.',
  'error.storage-full': 'lagringsutrymmet är fullt. Exportera och gallra poster, eller frigör diskutrymme. Inget tidigare sparat har försvunnit.',
  'error.storage-failed': 'databasen kunde inte skriva ({detail}); är disken full? Inget tidigare sparat har försvunnit.',
  'error.invalid-message': 'ett internt meddelande var ogiltigt.',
  'error.no-answer': 'tillägget svarade inte. Ladda om sidan och försök igen.',
  'error.unknown': 'ett oväntat fel inträffade ({detail}).',
  'shortcut.selectionSaved': 'Den markerade texten är sparad i kön, med en skärmbild av det synliga området.',
  'shortcut.selectionSavedNoShot': 'Den markerade texten är sparad i kön, men utan skärmbild.',
  'shortcut.failed': 'Markeringen kunde inte sparas. Försök igen, eller kopiera texten och ta en skärmbild själv.',
  'shortcut.nothing': 'Ingen kommentar under markören eller i fokus. Markera texten du vill fånga och tryck kortkommandot igen.',
  'guide.toggle': 'Riktlinjer',
  'guide.toggleLabel': 'Riktlinjer för {kind} av {author}',
  'guide.toggleLabelNoAuthor': 'Riktlinjer för {kind}',
} as const;
