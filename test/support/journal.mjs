// Reads the journal (issue 25: lib/records/journal) from the extension's origin private file
// system, in one of its pages, with the raw File System API (not our code), so the browser tests
// check what was really written.

/**
 * @param {import('playwright-core').Page} page an extension page (same origin as the journal)
 * @returns {Promise<{ id: string, record: boolean, events: number, screenshotSha256?: string, recordSha256?: string }[]>}
 */
export function readJournalFiles(page) {
  return page.evaluate(async () => {
    const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
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
      const entry = { id, record: false, events: 0 };
      for await (const [name, handle] of dir.entries()) {
        if (name === 'record.json') {
          entry.record = true;
          entry.recordSha256 = JSON.parse(await (await handle.getFile()).text()).body.contentSha256;
        } else if (name.startsWith('screenshot.')) entry.screenshotSha256 = hex(await crypto.subtle.digest('SHA-256', await (await handle.getFile()).arrayBuffer()));
        else if (name === 'events') for await (const _ of handle.keys()) entry.events++;
      }
      out.push(entry);
    }
    return out;
  });
}
