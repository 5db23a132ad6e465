// Reads the journal (issue 25: lib/records/journal) from the extension's origin private file
// system, in one of its pages, with the raw File System API (not our code), so the browser tests
// check what was really written.

/**
 * A JSON file that does not parse, and a '.crswap' file (Chromium's unfinished copy), are
 * reported in `torn` (name and size), not thrown: a kill while a record is being written,
 * before it was reported saved, leaves an empty file under the name (Chromium makes it at
 * getFileHandle; the content lands only at close()). Whether that is allowed is the test's to
 * say (never for a record reported saved).
 *
 * @param {import('playwright-core').Page} page an extension page (same origin as the journal)
 * @returns {Promise<{ id: string, record: boolean, events: number, screenshotSha256?: string, recordSha256?: string, torn: { name: string, size: number }[] }[]>}
 */
export function readJournalFiles(page) {
  return page.evaluate(async () => {
    const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
    /** The parsed JSON, or undefined for a file that does not parse (noted in `torn`). */
    const json = async (handle, name, torn) => {
      const file = await handle.getFile();
      try {
        return JSON.parse(await file.text());
      } catch {
        torn.push({ name, size: file.size });
        return undefined;
      }
    };
    const root = await navigator.storage.getDirectory();
    let records;
    try {
      records = await (await root.getDirectoryHandle('journal')).getDirectoryHandle('records');
    } catch {
      return [];
    }
    const out = [];
    for await (const [id, dir] of records.entries()) {
      if (dir.kind !== 'directory') continue;
      const entry = { id, record: false, events: 0, torn: [] };
      for await (const [name, handle] of dir.entries()) {
        // Chromium's copy of a write that never reached close(): a torn write, never one of ours.
        if (name.endsWith('.crswap')) entry.torn.push({ name, size: (await handle.getFile()).size });
        else if (name === 'record.json') {
          const parsed = await json(handle, name, entry.torn);
          if (parsed) {
            entry.record = true;
            entry.recordSha256 = parsed.body.contentSha256;
          }
        } else if (name.startsWith('screenshot.')) entry.screenshotSha256 = hex(await crypto.subtle.digest('SHA-256', await (await handle.getFile()).arrayBuffer()));
        else if (name === 'events') {
          for await (const [event, file] of handle.entries()) {
            if (event.endsWith('.crswap')) entry.torn.push({ name: `events/${event}`, size: (await file.getFile()).size });
            else if (await json(file, `events/${event}`, entry.torn)) entry.events++;
          }
        }
      }
      out.push(entry);
    }
    return out;
  });
}
