/** "Ta skärmbild nu" for a record stored without a screenshot (issue 18 point 2), Swedish. */
export const shootSv = {
  'shoot.button': 'Ta skärmbild nu',
  'shoot.help': 'Skärmbilden saknas. En ny skärmbild sparas som en ny version av posten; posten som den är ändras inte.',
  'shoot.noTab': 'Öppna sidan med posten i en flik, så kan skärmbilden tas.',
  'shoot.busy': 'Tar skärmbilden på sidans flik…',
  'shoot.done': 'Skärmbilden är tagen och sparad som en ny version av posten.',
  'shoot.doneNoShot': 'En ny version sparades, men skärmbilden kunde inte tas heller.',
  'shoot.showNew': 'Visa den nya versionen',
  'shoot.error.not-found': 'Posten finns inte längre.',
  'shoot.error.no-tab': 'Sidan med posten är inte öppen i någon flik.',
  'shoot.error.no-permission': 'Kommentarsvakt får inte ta skärmbilder på sidan ännu. Klicka på Kommentarsvakts ikon på sidans flik, eller tillåt skärmbilder i inställningarna, och försök igen.',
  'shoot.error.item-not-found': 'Posten syns inte på sidan just nu. Skrolla fram den på sidan och försök igen.',
  'shoot.error.failed': 'Skärmbilden kunde inte tas ({detail}).',
} as const;
