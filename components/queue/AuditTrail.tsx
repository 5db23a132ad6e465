import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTime, type Translate } from '../../lib/i18n';
import { auditTrail } from '../../lib/records/audit';
import { auditChangeText } from '../../lib/i18n/audit-text';
import { getDb } from '../../lib/records/db';

/** A record's audit trail, oldest first, read live: a change shows as soon as it is committed. */
export function AuditTrail({ recordId, t }: { recordId: string; t: Translate }) {
  const entries = useLiveQuery(() => auditTrail(getDb(), recordId), [recordId]);
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('queue.audit.heading')}</h2>
      {entries && entries.length === 0 ? <p>{t('queue.audit.empty')}</p> : null}
      {entries && entries.length > 0 ? (
        <table className="records audit">
          <caption className="visually-hidden">{t('queue.audit.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.audit.when')}</th>
              <th scope="col">{t('queue.audit.who')}</th>
              <th scope="col">{t('queue.audit.change')}</th>
              <th scope="col">{t('queue.audit.note')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const words = auditChangeText(e, t);
              return (
                <tr key={e.seq} data-audit-to={e.to}>
                  <td className="date">{formatDateTime(e.at)}</td>
                  <td>{e.by}</td>
                  <td>{words.change}</td>
                  <td className="captured-text">{words.note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
