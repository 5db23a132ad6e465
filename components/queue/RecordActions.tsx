import type { Language, Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import type { CaptureRecord, Profile } from '../../lib/records/schema';
import { nextStatuses } from '../../lib/records/statuses';
import { AuditTrail } from './AuditTrail';
import { ForwardForm } from './ForwardForm';
import { HandlingForm } from './HandlingForm';
import { StatusChange } from './StatusChange';

/**
 * What can be done with one record, beside RecordDetail: change its status (only the statuses
 * the table allows next; disposal goes through the rules), its handling, forwarding, and the
 * audit trail. Mounted per record (keyed by id), so messages survive a status change.
 */
export function RecordActions({ record, t, lang, profile, actor }: { record: CaptureRecord; t: Translate; lang: Language; profile: Profile; actor: () => Actor }) {
  return (
    <div className="record-actions">
      <section className="card">
        <StatusChange ids={[record.id]} options={nextStatuses(record.status).filter((s) => s !== 'disposed')} t={t} actor={actor} label={t('queue2.change.label')} />
      </section>
      <HandlingForm key={`h-${record.id}`} record={record} t={t} lang={lang} actor={actor} />
      <ForwardForm record={record} t={t} profile={profile} actor={actor} />
      <AuditTrail recordId={record.id} t={t} />
    </div>
  );
}
