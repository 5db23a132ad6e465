/** What Firefox cannot do that Chromium can, said where the user looks, with what happens instead. */
export const firefoxSv = {
  'firefox.sidebarNote': 'Firefox har ingen sidopanel som Chrome. Samma kö visas i Firefox sidofält.',
  'firefox.openSidebar': 'Öppna kön i sidofältet',
  'firefox.noMhtml': ' Ingen kopia av sidan (MHTML): Firefox kan inte spara en sådan, så helsidesbilden är det som sparas.',
  'firefox.captureNote': 'I Firefox sparas bara helsidesbilden, ingen kopia av sidan (MHTML), som Firefox inte kan göra.',
  'firefox.exportsNote': 'Firefox låter inte tillägg välja mapp: exporterade filer hamnar i Firefox hämtningsmapp.',
} as const;
