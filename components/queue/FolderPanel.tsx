import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import { getFolderDb } from '../../lib/records-folder/folder-state';
import { followFolder } from '../../lib/records-folder/follow';
import { readFolder, startPageMirror, watchFolder, type ReadOutcome } from '../../lib/records-folder/session';
import { FolderStatus } from '../folder/FolderStatus';
import { useRecordsFolder } from '../folder/useRecordsFolder';

/**
 * The queue's view of the records folder (issue 25): its status, colleagues' records read in as
 * the folder changes, and what was not read in (incomplete, altered, foreign), named as text.
 */
export function FolderPanel({ t }: { t: Translate }) {
  const folder = useRecordsFolder();
  const [outcome, setOutcome] = useState<ReadOutcome>();
  const granted = folder.permission === 'granted';
  const handle = folder.choice?.handle;

  const follower = useRef<ReturnType<typeof followFolder>>(undefined);

  useEffect(() => {
    // The page's own changes (status, handling, disposal) are written to the folder too.
    startPageMirror();
  }, []);
  useEffect(() => {
    if (!handle || !granted) return;
    void startPageMirror().catchUp({ all: true }).then((n) => n > 0 && folder.setCaughtUp(n));
    // Reads one at a time, again after a change seen during a read, and again while entries are
    // still arriving: a read racing a write must not be the last one (lib/records-folder/follow.ts).
    const follow = followFolder({ read: () => readFolder(), onRead: setOutcome });
    follower.current = follow;
    const unwatch = watchFolder(handle, () => void follow.request());
    return () => {
      unwatch();
      follow.stop();
      if (follower.current === follow) follower.current = undefined;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per folder and permission
  }, [handle, granted]);

  if (!folder.choice) return null;
  const problems = outcome?.status === 'read' ? outcome.problems : [];
  return (
    <section className="folder-panel" aria-label={t('folder.heading')}>
      <FolderStatus folder={folder} t={t} />
      {granted ? (
        <button type="button" onClick={() => void follower.current?.request()}>
          {t('folder.read')}
        </button>
      ) : null}
      {outcome?.status === 'read' ? (
        <p className="muted" aria-live="polite" data-folder-read={`${outcome.result.added.length}/${outcome.result.updated.length}`}>
          {t('folder.readResult', { added: outcome.result.added.length, updated: outcome.result.updated.length })}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <details open>
          <summary>
            {t('folder.problems')} ({problems.length})
          </summary>
          <ul aria-label={t('folder.problems')}>
            {problems.map((p) => (
              <li key={p.name} data-folder-entry={p.state}>
                <code>{p.name}</code>
                {p.file ? <span className="muted"> ({p.file})</span> : null}: {t(`folder.state.${p.state}`)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** "Fångad av … (från mappen)" on a record a colleague's extension wrote to the folder. */
export function FolderMark({ id, name, t }: { id: string; name: string; t: Translate }) {
  const mark = useLiveQuery(() => getFolderDb().imported.get(id), [id]);
  if (!mark) return null;
  return (
    <div className="muted" data-folder-mark>
      {t('folder.mark', { name: name || mark.writtenBy })}
    </div>
  );
}
