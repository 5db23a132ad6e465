// Renders the extension's icon (public/icon/icon.svg) to the PNG sizes the stores and the
// toolbar need, with Chromium. Run by hand after changing the SVG: node test/support/make-icons.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, projectRoot } from './browser.mjs';

const svg = readFileSync(join(projectRoot, 'public/icon/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: join(projectRoot, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
