import type { Translate } from '../../lib/i18n';
import { RecordNotFound, TransitionRefused } from '../../lib/records/repository';
import type { RecordStatus } from '../../lib/records/schema';
import type { TransitionError } from '../../lib/records/statuses';

export function statusText(t: Translate, status: string): string {
  return t(`queue.status.${status as RecordStatus}`) ?? status;
}

export function transitionText(t: Translate, error: TransitionError): string {
  return t(`queue.transition.${error.code}`, { from: statusText(t, error.from), to: statusText(t, error.to) });
}

/** Words any error of a store operation for the user; refusals list each distinct reason once. */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof TransitionRefused) {
    const reasons = [...new Set(error.refusals.map((r) => transitionText(t, r.error)))];
    return t('queue.transition.refused', { detail: reasons.join(' ') });
  }
  if (error instanceof RecordNotFound) return t('queue.detail.notFound');
  return t('queue.error', { detail: String((error as Error)?.message ?? error).slice(0, 300) });
}
