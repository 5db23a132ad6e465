import type { Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { BackupRestore } from './BackupRestore';
import { DisposalPanel } from './DisposalPanel';
import { DnrImport } from './DnrImport';
import { VerifyTools } from './VerifyTools';

/** The queue's tools: diarienummer import, backup and restore, verification, disposal. */
export function ToolsPage({ t, actor }: { t: Translate; actor: () => Actor }) {
  return (
    <div className="tools">
      <h2>{t('queue.tools.heading')}</h2>
      <DnrImport t={t} actor={actor} />
      <BackupRestore t={t} />
      <VerifyTools t={t} />
      <DisposalPanel t={t} actor={actor} />
    </div>
  );
}
