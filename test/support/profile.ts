import type { launch } from './browser.mjs';

type Browser = Awaited<ReturnType<typeof launch>>;

/** The administrator the browser tests act as. */
export const PROFILE = { name: 'Eva Holm', title: 'Kommunikatör', unit: 'Kommunikationsenheten' };

/**
 * Fills "Din profil" on the options page and saves it, as a user does before the first capture;
 * with `language`, also the UI language (the page stays Swedish until it is saved).
 */
export async function setProfile(b: Browser, { profile = PROFILE, language }: { profile?: typeof PROFILE; language?: 'sv' | 'en' } = {}): Promise<void> {
  const options = await b.context.newPage();
  await options.goto(b.extensionUrl('options.html'));
  const form = options.getByRole('form', { name: 'Din profil' });
  await form.getByRole('textbox', { name: 'Namn', exact: true }).fill(profile.name);
  await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(profile.title);
  await form.getByRole('textbox', { name: 'Enhet', exact: true }).fill(profile.unit);
  if (language) await form.getByRole('combobox', { name: 'Språk' }).selectOption(language);
  await form.getByRole('button', { name: 'Spara', exact: true }).click();
  await options.getByText(language === 'en' ? 'The settings are saved.' : 'Inställningarna är sparade.').waitFor();
  await options.close();
}
