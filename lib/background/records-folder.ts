import { getDb } from '../records/db';
import { startFolderMirror } from '../records-folder/mirror';
import { getSettings } from '../settings/store';

/**
 * The background's side of the records folder: captures commit here, so they are mirrored here
 * (a handle kept in IndexedDB is usable from the service worker while the permission holds). At
 * each start, records left pending (the worker stopped, the permission lapsed) are written.
 */
export function startBackgroundMirror(): void {
  const mirror = startFolderMirror({ db: getDb(), by: async () => (await getSettings()).profile.name });
  void mirror.catchUp();
}
