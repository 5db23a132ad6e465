import { useEffect, useRef, useState } from 'react';
import { humanSize, offerBlobDownload } from '../../lib/export/download';
import { EXPORT_FORMATS, runExport, type ExportFormat } from '../../lib/export/run';
import { withAllVersions } from '../../lib/records/versions';
import { sweepExportFiles } from '../../lib/export/sink';
import type { Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { getDb } from '../../lib/records/db';
import { markExported } from '../../lib/records/repository';
import type { Profile } from '../../lib/records/schema';
import { errorText } from './texts';
import { ButtonWithReason } from './WhyDisabled';
import { useRegistrar } from './useRegistrar';

/** Firefox has no File System Access for extensions: the dialog says where the files go. */
const FIREFOX = import.meta.env.BROWSER === 'firefox';

const FORMAT_NAMES: Record<ExportFormat, string> = { pdf: 'PDF', csv: 'CSV', json: 'JSON', eark: 'E-ARK', eml: 'e-post' };

/**
 * The export dialog (a modal <dialog>): choose a format, export the selection, and the file is
 * offered only when it is complete. The time taken is shown, for the registrar's and our
 * own benefit (issue 5 sets limits on it).
 */
export function ExportDialog({ ids, t, profile, actor, onClose }: { ids: readonly string[]; t: Translate; profile: Profile; actor: () => Actor; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const registrar = useRegistrar();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<string>('');
  const [result, setResult] = useState<{ tone: 'ok' | 'error'; text: string; warnings?: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Temporary export files a closed page left behind (lib/export/sink.ts).
    void sweepExportFiles().catch(() => undefined);
  }, []);

  const mailReady = registrar.registrarEmail !== '' && registrar.senderEmail !== '';
  const run = async () => {
    setBusy(true);
    setResult(undefined);
    const started = performance.now();
    // The progress line is redrawn at most ten times a second: a render per record cost more
    // than the records' zipping in a large export.
    let shown = 0;
    try {
      // Issue 18: every version of a selected item goes with it, and is noted as exported too.
      const all = await withAllVersions(getDb(), ids);
      const file = await runExport(getDb(), all, format, {
        exportedBy: profile,
        now: new Date(),
        ...(format === 'eml' ? { mail: { from: registrar.senderEmail, to: registrar.registrarEmail, ...(note.trim() ? { note } : {}) } } : {}),
        onProgress: (done, count) => {
          const now = performance.now();
          if (now - shown < 100 && done < count) return;
          shown = now;
          setProgress(t('queue.export.running', { done, count }));
        },
      });
      const ms = Math.round(performance.now() - started);
      offerBlobDownload(file.blob, file.fileName, file.release);
      await markExported(getDb(), all, FORMAT_NAMES[format], actor());
      setResult({ tone: 'ok', text: t('queue.export.done', { file: file.fileName, size: humanSize(file.size), ms }), ...(file.warnings.length ? { warnings: t('queue.export.warnings', { detail: file.warnings.join(' ') }) } : {}) });
    } catch (error) {
      setResult({ tone: 'error', text: t('queue.export.failed', { detail: errorText(t, error) }) });
    } finally {
      setProgress('');
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="export-heading" onClose={onClose}>
      <h2 id="export-heading">{t('queue.export.heading', { count: ids.length })}</h2>
      {FIREFOX ? <p className="muted">{t('firefox.exportsNote')}</p> : null}
      <fieldset>
        <legend>{t('queue.export.format')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f} className="inline">
            <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
            {t(`queue.export.format.${f}`)}
          </label>
        ))}
      </fieldset>
      {format === 'eml' ? (
        mailReady ? (
          <label>
            {t('queue.export.note')}
            <textarea rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
        ) : null
      ) : null}
      <div className="row">
        <ButtonWithReason
          id="export-run-why"
          type="button"
          className="primary"
          why={busy ? t('queue.export.busy') : ids.length === 0 ? t('queue.export.nothing') : format === 'eml' && !mailReady ? t('queue.export.noRegistrar') : undefined}
          onClick={() => void run()}
        >
          {t('queue.export.run')}
        </ButtonWithReason>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('queue.export.close')}
        </button>
      </div>
      <p role="status" data-export-status={result?.tone ?? (busy ? 'running' : 'idle')} className={result?.tone === 'ok' ? 'tone-ok' : ''}>
        {progress || (result?.tone === 'ok' ? result.text : '')}
      </p>
      {result?.warnings ? <p className="tone-warn">{result.warnings}</p> : null}
      {result?.tone === 'error' ? (
        <p role="alert" className="tone-error">
          {result.text}
        </p>
      ) : null}
    </dialog>
  );
}
