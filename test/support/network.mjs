// Issue 7, "everything stays on the user's machine": an assertion over launch()'s request log.
/**
 * Throws, listing them, when any request from the browser's pages, extension pages, content
 * scripts or service worker would have left the machine.
 * @param {{ leaving(): { url: string, from: string, type: string }[], requests: unknown[] }} browser the result of launch()
 * @returns {{ total: number, leaving: number }} counts, for the README's figures
 */
export function expectNoOutbound(browser) {
  const leaving = browser.leaving();
  if (leaving.length > 0) throw new Error(`Requests that would have left the machine:\n${leaving.map((r) => `  ${r.from} ${r.type} ${r.url}`).join('\n')}`);
  return { total: browser.requests.length, leaving: 0 };
}
