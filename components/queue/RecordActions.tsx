import type { Language, Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import type { CaptureRecord, Profile } from '../../lib/records/schema';
import { AuditTrail } from './AuditTrail';
import { ForwardForm } from './ForwardForm';
import { HandlingForm } from './HandlingForm';

/**
 * What can be done with one record, beside RecordDetail: its handling in one form (status,
 * reasons, action, diarienummer, note; disposal goes through the rules), forwarding, and the
 * audit trail. Mounted per record (keyed by id), so messages survive a status change.
 */
export function RecordActions({ record, t, lang, profile, actor }: { record: CaptureRecord; t: Translate; lang: Language; profile: Profile; actor: () => Actor }) {
  return (
    <div className="record-actions">
      <HandlingForm key={`h-${record.id}`} record={record} t={t} lang={lang} actor={actor} />
      <ForwardForm record={record} t={t} profile={profile} actor={actor} />
      <AuditTrail recordId={record.id} t={t} />
    </div>
  );
}
