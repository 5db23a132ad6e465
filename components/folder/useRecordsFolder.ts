import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { chooseFolder, chosenFolder, folderStatus } from '../../lib/records-folder/folder-state';
import { renewPermission, writePermission } from '../../lib/records-folder/permission';
import { startPageMirror } from '../../lib/records-folder/session';

/** The chosen folder, its write state (live from the folder store) and the browser's permission for it. */
export function useRecordsFolder() {
  const choice = useLiveQuery(() => chosenFolder(), []);
  const status = useLiveQuery(() => folderStatus(), []);
  // Kept with the handle it belongs to, so a folder chosen anew never shows the old one's state.
  const [checked, setChecked] = useState<{ handle: FileSystemDirectoryHandle; state: PermissionState }>();
  const [caughtUp, setCaughtUp] = useState<number>();
  const handle = choice?.handle;
  const permission = handle && checked?.handle === handle ? checked.state : undefined;

  useEffect(() => {
    if (!handle) return;
    const check = () => void writePermission(handle).then((state) => setChecked({ handle, state }));
    check();
    // The user may grant it in another tab, or the browser may drop it: look again on return,
    // and whenever another page of ours wrote to the folder (then it was granted there).
    addEventListener('focus', check);
    return () => removeEventListener('focus', check);
  }, [handle, status?.lastWrittenAt]);

  /** Asks the browser for the folder's permission, and keeps the answer with that folder's handle. */
  const request = useCallback(async (of: FileSystemDirectoryHandle) => {
    const state = await renewPermission(of);
    setChecked({ handle: of, state });
    return state;
  }, []);

  /** One click renews the permission (requestPermission needs the click's gesture: nothing is awaited before it). */
  const renew = useCallback(async () => {
    if (handle && (await request(handle)) === 'granted') setCaughtUp(await startPageMirror().catchUp({ all: true }));
  }, [handle, request]);

  /** A folder chosen (picked or dropped): asked for, kept, and every record written to it. */
  const adopt = useCallback(
    async (chosen: FileSystemDirectoryHandle) => {
      // Asked for before it is kept: other pages of ours look at the permission when the kept
      // folder changes; before the grant they found it not granted, and showed "renew" (and did
      // not read the folder) until a write succeeded or the page was focused.
      await request(chosen);
      await chooseFolder(chosen, new Date());
      setCaughtUp(await startPageMirror().catchUp({ all: true }));
    },
    [request],
  );

  return { choice, status, permission, renew, adopt, caughtUp, setCaughtUp };
}
