import { useState, type DragEvent } from 'react';
import type { Translate } from '../../lib/i18n';
import { forgetFolder } from '../../lib/records-folder/folder-state';
import { folderSupported, pickFolder } from '../../lib/records-folder/permission';
import { FolderStatus } from '../folder/FolderStatus';
import { useRecordsFolder } from '../folder/useRecordsFolder';

/**
 * Options → the records folder (issue 25): chosen once with the browser's folder picker (or by
 * dropping the folder here), then every record is mirrored there. Chromium/Edge only.
 */
export function RecordsFolderSettings({ t }: { t: Translate }) {
  const folder = useRecordsFolder();
  const [forgotten, setForgotten] = useState(false);
  const supported = folderSupported();

  const adopt = async (handle: FileSystemDirectoryHandle) => {
    setForgotten(false);
    await folder.adopt(handle);
  };
  const choose = async () => {
    // The picker must open within the click's gesture: nothing is awaited before it.
    const handle = await pickFolder().catch(() => undefined);
    if (handle) await adopt(handle);
  };
  const drop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const item = [...event.dataTransfer.items].find((i) => i.kind === 'file');
    const handle = await (item as DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileSystemHandle | null> })?.getAsFileSystemHandle?.();
    if (handle?.kind === 'directory') await adopt(handle as FileSystemDirectoryHandle);
  };

  return (
    <section className="card" id="records-folder" aria-labelledby="folder-heading">
      <h2 id="folder-heading">{t('folder.heading')}</h2>
      <p>{t('folder.why')}</p>
      {supported ? (
        <>
          <FolderStatus folder={folder} t={t} />
          {forgotten ? <p role="status">{t('folder.forgotten')}</p> : null}
          <div className="row">
            <button type="button" className={folder.choice ? '' : 'primary'} onClick={() => void choose()}>
              {t('folder.choose')}
            </button>
            {folder.choice ? (
              <button
                type="button"
                onClick={() =>
                  void forgetFolder().then(() => {
                    setForgotten(true);
                  })
                }
              >
                {t('folder.forget')}
              </button>
            ) : null}
          </div>
          <div className="folder-drop" role="region" aria-label={t('folder.dropLabel')} data-folder-drop onDragOver={(e) => e.preventDefault()} onDrop={(e) => void drop(e)}>
            {t('folder.drop')}
          </div>
        </>
      ) : (
        <p role="status">{t('folder.unsupported')}</p>
      )}
    </section>
  );
}
