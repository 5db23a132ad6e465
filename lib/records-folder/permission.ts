/**
 * The File System Access permission calls, which TypeScript's DOM library does not carry yet.
 * Chromium/Edge only; Firefox has no showDirectoryPicker (the records folder is not offered).
 */
interface PermissionCalls {
  queryPermission(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}

type Picker = (options: { id?: string; mode: 'readwrite'; startIn?: string }) => Promise<FileSystemDirectoryHandle>;

/** Whether this browser can keep a records folder (Chromium/Edge 86+; not Firefox, not Safari). */
export function folderSupported(): boolean {
  return typeof (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function' && typeof FileSystemHandle !== 'undefined' && 'queryPermission' in FileSystemHandle.prototype;
}

/** The browser's folder picker; must be called from a click (a user gesture) in an extension page. */
export function pickFolder(): Promise<FileSystemDirectoryHandle> {
  return ((globalThis as unknown as { showDirectoryPicker: Picker }).showDirectoryPicker)({ id: 'kommentarsvakt-records', mode: 'readwrite', startIn: 'documents' });
}

/** 'granted' when we may write now; 'prompt' after a browser restart until the user renews it. */
export async function writePermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  try {
    return await (handle as unknown as PermissionCalls).queryPermission({ mode: 'readwrite' });
  } catch {
    return 'denied';
  }
}

/** Asks the browser again (one click in an extension page: requestPermission needs the gesture). */
export async function renewPermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  try {
    return await (handle as unknown as PermissionCalls).requestPermission({ mode: 'readwrite' });
  } catch {
    return 'denied';
  }
}
