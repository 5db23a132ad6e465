// `npm start`: builds the extension and opens Chromium with it, on the bundled demo pages of
// each supported site (served at the real URLs: no account and no network needed).
// Without a display: says so, and `npm start -- --screenshots DIR` writes screenshots instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { launch, projectRoot } from '../support/browser.mjs';
import { demoPages, demoRoutes } from './pages.mjs';

const args = process.argv.slice(2);
const shotsIndex = args.indexOf('--screenshots');
const shotsDir = shotsIndex >= 0 ? resolve(args[shotsIndex + 1] ?? 'demo-screenshots') : undefined;

if (!shotsDir && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    [
      'Ingen skärm hittades (DISPLAY är inte satt), så Chromium kan inte öppnas i ett fönster här.',
      'No display was found (DISPLAY is not set), so Chromium cannot open a window here.',
      '',
      'Skriv skärmbilder av demosidorna i stället / write screenshots of the demo pages instead:',
      '  npm start -- --screenshots ./demo-screenshots',
      'eller kör i en virtuell skärm / or run under a virtual display:',
      '  xvfb-run -a npm start',
    ].join('\n'),
  );
  process.exit(0);
}

console.log('Bygger tillägget (wxt build)…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const b = await launch({ pages: demoRoutes, headless: Boolean(shotsDir), keepWelcome: !shotsDir, userDataDir: undefined });

if (shotsDir) {
  mkdirSync(shotsDir, { recursive: true });
  const written = [];
  for (const demo of demoPages) {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await page.bringToFront();
    await b.clickAction(page);
    const first = page.getByRole('button', { name: /^Fånga / }).first();
    await first.waitFor({ timeout: 10_000 });
    await first.click();
    await page.locator('kommentarsvakt-toolbar [role="status"]').filter({ hasText: /Sparad/ }).first().waitFor({ timeout: 10_000 });
    const file = join(shotsDir, `${demo.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
  }
  const queue = await b.context.newPage();
  await queue.goto(b.extensionUrl('queue.html'));
  await queue.locator('tbody tr').first().waitFor();
  await queue.waitForTimeout(300);
  written.push(join(shotsDir, 'ko.png'));
  await queue.screenshot({ path: written.at(-1), fullPage: true });
  await queue.getByRole('link', { name: /^Visa post av / }).first().click();
  await queue.getByRole('article').getByRole('img').waitFor();
  await queue.waitForTimeout(300);
  written.push(join(shotsDir, 'ko-post.png'));
  await queue.screenshot({ path: written.at(-1), fullPage: true });
  const options = await b.context.newPage();
  await options.goto(b.extensionUrl('options.html'));
  await options.getByRole('form', { name: 'Din profil' }).waitFor();
  written.push(join(shotsDir, 'installningar.png'));
  await options.screenshot({ path: written.at(-1), fullPage: true });
  await b.close();
  console.log(`Skärmbilder skrivna / screenshots written:\n${written.map((f) => `  ${f}`).join('\n')}`);
} else {
  for (const demo of demoPages) {
    const page = await b.context.newPage();
    await page.goto(demo.url);
  }
  const queue = await b.context.newPage();
  await queue.goto(b.extensionUrl('queue.html'));
  await b.context.pages()[1]?.bringToFront();
  console.log(
    [
      'Chromium är öppet med Kommentarsvakt på demosidorna:',
      ...demoPages.map((p) => `  ${p.title}: ${p.url}`),
      'Klicka på Kommentarsvakts ikon i verktygsfältet en gång per flik (tillåter skärmbilder där), och sedan på ”Fånga” vid en kommentar.',
      'Stäng webbläsaren för att avsluta.',
    ].join('\n'),
  );
  await new Promise((resolve) => b.context.on('close', resolve));
}
