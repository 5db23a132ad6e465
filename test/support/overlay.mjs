// Reads the overlay's capture buttons and their status lines from every open shadow root of a
// page in one evaluate, so a test can poll them quickly (the kill tests poll until the kill).

/**
 * @param {import('playwright-core').Page} page a site page with our overlay
 * @returns {Promise<{ label: string, status: string, tone: string }[]>}
 */
export function overlayStatuses(page) {
  return page.evaluate(() => {
    const out = [];
    for (const host of document.querySelectorAll('*')) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const status of root.querySelectorAll('.kv-status[role="status"]')) {
        // The toolbar's first button is the capture button (the guide toggle follows it).
        const button = status.parentElement?.querySelector('button[aria-label]');
        if (button) out.push({ label: button.getAttribute('aria-label') ?? '', status: status.textContent ?? '', tone: status.getAttribute('data-tone') ?? '' });
      }
    }
    return out;
  });
}
