import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionPath } from './browser.mjs';

/**
 * Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 16 bytes,
 * each hex digit written as a letter a–p. Needed before the first launch (the profile's
 * preferences below name the extension's origin).
 */
export function unpackedExtensionId(path: string = extensionPath): string {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * A new profile in which our extension may write to folders the user hands it without the
 * browser's permission prompt, which no test can click: the content setting an administrator's
 * policy FileSystemWriteAllowedForUrls sets (file_system_write_guard = allow) for our origin.
 * The permission is still per folder and still lapses at a restart until a page renews it.
 */
export function profileAllowingFolderWrites(dir: string): string {
  mkdirSync(join(dir, 'Default'), { recursive: true });
  const origin = `chrome-extension://${unpackedExtensionId()},*`;
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { content_settings: { exceptions: { file_system_write_guard: { [origin]: { setting: 1 } } } } } }));
  return dir;
}

/**
 * Hands a folder to the options page the way a user drags it from the file manager (real drag
 * data with the folder's path, through CDP): the page gets a FileSystemDirectoryHandle, as from
 * the picker, which no test can answer.
 */
export async function dropFolder(page: Page, path: string): Promise<void> {
  const zone = page.locator('[data-folder-drop]');
  await zone.scrollIntoViewIfNeeded();
  const box = (await zone.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: [path], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: box.x + box.width / 2, y: box.y + box.height / 2, data });
  await cdp.detach();
}
