import { useState, type ChangeEvent } from 'react';
import { verifyStore } from '../../lib/backup/verify-store';
import { verifyPackage } from '../../lib/export/verify';
import type { Translate } from '../../lib/i18n';
import { getDb } from '../../lib/records/db';
import { errorText } from './texts';

type Outcome = { ok: boolean; text: string; lines: string[] };

/** Recomputes every digest of the store, or of an export package chosen by the user, and lists every mismatch. */
export function VerifyTools({ t }: { t: Translate }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const guard = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ ok: false, text: errorText(t, error), lines: [] });
    } finally {
      setBusy(false);
    }
  };

  const store = () =>
    guard(async () => {
      const r = await verifyStore(getDb());
      return r.mismatches.length === 0
        ? { ok: true, text: t('queue.verify.storeOk', { records: r.records, screenshots: r.screenshots }), lines: [] }
        : { ok: false, text: t('queue.verify.storeBad', { count: r.mismatches.length, records: r.records }), lines: r.mismatches.map((m) => t(`queue.verify.mismatch.${m.kind}`, { id: m.recordId })) };
    });

  const onPackage = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void guard(async () => {
      const r = await verifyPackage(new Uint8Array(await file.arrayBuffer()));
      // The package verifier words its findings in Swedish (lib/export/verify.ts).
      return r.ok
        ? { ok: true, text: t('queue.verify.packageOk', { files: r.checkedFiles, records: r.checkedRecords }), lines: [] }
        : { ok: false, text: t('queue.verify.packageBad', { count: r.problems.length }), lines: r.problems.map((p) => p.message) };
    });
  };

  return (
    <section className="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('queue.verify.heading')}</h2>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void store()}>
          {t('queue.verify.store')}
        </button>
        <label>
          {t('queue.verify.package')}
          <input type="file" accept=".zip,application/zip" disabled={busy} onChange={onPackage} />
        </label>
      </div>
      <div role={outcome && !outcome.ok ? 'alert' : 'status'} className={outcome ? (outcome.ok ? 'tone-ok' : 'tone-error') : ''} data-verify={outcome ? (outcome.ok ? 'ok' : 'bad') : 'none'}>
        {outcome ? <p>{outcome.text}</p> : null}
        {outcome && outcome.lines.length > 0 ? (
          <ul>
            {outcome.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
