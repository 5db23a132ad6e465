import { useState, type ChangeEvent } from 'react';
import type { Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { getDb } from '../../lib/records/db';
import { parseDnrCsv, type DnrLineError } from '../../lib/records/dnr-import';
import { setDiarienummer } from '../../lib/records/repository';
import { errorText } from './texts';

function lineText(t: Translate, e: DnrLineError): string {
  return t(`queue.dnr.error.${e.code}`, { line: e.line, value: e.value ?? '' });
}

/** Imports the registrar's `id;diarienummer` CSV: all lines valid, or nothing applied. */
export function DnrImport({ t, actor }: { t: Translate; actor: () => Actor }) {
  const [result, setResult] = useState<{ ok: true; text: string } | { ok: false; text: string; lines: string[] }>();

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const db = getDb();
    const ids = new Set((await db.records.toCollection().primaryKeys()) as string[]);
    const parsed = parseDnrCsv(new Uint8Array(await file.arrayBuffer()), (id) => ids.has(id));
    if (!parsed.ok) {
      setResult({ ok: false, text: t('queue.dnr.errors'), lines: parsed.errors.map((x) => lineText(t, x)) });
      return;
    }
    try {
      const count = await setDiarienummer(db, parsed.lines, actor());
      setResult({ ok: true, text: t('queue.dnr.done', { count }) });
    } catch (error) {
      setResult({ ok: false, text: errorText(t, error), lines: [] });
    }
  };

  return (
    <section className="card" aria-labelledby="dnr-heading">
      <h2 id="dnr-heading">{t('queue.dnr.heading')}</h2>
      <p className="muted">{t('queue.dnr.help')}</p>
      <label>
        {t('queue.dnr.file')}
        <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </label>
      {result?.ok ? (
        <p role="status" className="tone-ok">
          {result.text}
        </p>
      ) : result ? (
        <div role="alert" className="tone-error">
          <p>{result.text}</p>
          <ul>
            {result.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
