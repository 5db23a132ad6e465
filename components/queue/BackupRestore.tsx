import { useState, type ChangeEvent } from 'react';
import { mergeBackup } from '../../lib/backup/merge';
import { readBackup } from '../../lib/backup/read';
import { noteBackupWritten } from '../../lib/backup/schedule-store';
import { writeBackup } from '../../lib/backup/write';
import { offerDownload } from '../../lib/export/download';
import type { Translate } from '../../lib/i18n';
import { getDb } from '../../lib/records/db';
import { errorText } from './texts';

/**
 * Backup of the whole store as one zip, and restore from one: the file is checked completely
 * (format, version, every field, every digest) before a single row is written; then merged.
 */
export function BackupRestore({ t }: { t: Translate }) {
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  const backup = async () => {
    setBusy(true);
    try {
      const now = new Date();
      const out = await writeBackup(getDb(), now);
      offerDownload(out.chunks, out.fileName, 'application/zip');
      // Issue 25: a backup by hand counts as the last one (the popup shows it; the schedule moves on).
      await noteBackupWritten({ at: now.toISOString(), records: out.records, fileName: out.fileName, automatic: false });
      setMessage({ tone: 'ok', text: t('queue.backup.done', { count: out.records, file: out.fileName }) });
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const read = await readBackup(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) {
        setMessage({ tone: 'error', text: t(`queue.restore.error.${read.problem.code}`, { detail: read.problem.detail ?? '' }) });
        return;
      }
      const r = await mergeBackup(getDb(), read.backup, read.screenshots, read.archives);
      setMessage({ tone: 'ok', text: t('queue.restore.done', { added: r.added, present: r.alreadyPresent, conflicts: r.conflicts.length, disposed: r.disposedHere }) });
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('queue.backup.heading')}</h2>
      <p className="muted">{t('queue.backup.help')}</p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void backup()}>
          {t('queue.backup.create')}
        </button>
        <label>
          {t('queue.restore.file')}
          <input type="file" accept=".zip,application/zip" disabled={busy} onChange={(e) => void restore(e)} />
        </label>
      </div>
      {message?.tone === 'error' ? (
        <p role="alert" className="tone-error">
          {message.text}
        </p>
      ) : (
        <p role="status" className="tone-ok">
          {message?.text ?? ''}
        </p>
      )}
    </section>
  );
}
