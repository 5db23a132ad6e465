import { coalesced } from '../serial';
import type { ReadOutcome } from './session';

/**
 * How long to wait before reading again while entries are still arriving (ms), one wait per
 * try; after the last, only a change in the folder or a click reads it.
 */
export const ARRIVING_RETRY_MS: readonly number[] = [1_000, 3_000, 10_000];

export interface FollowDeps {
  read: () => Promise<ReadOutcome>;
  onRead: (outcome: ReadOutcome) => void;
  retryMs?: readonly number[];
}

/** The names of the entries still arriving, as one key ('' when none; a failed read counts). */
function arrivingKey(outcome: ReadOutcome): string {
  if (outcome.status === 'failed') return '(failed)';
  if (outcome.status !== 'read') return '';
  return outcome.problems
    .filter((p) => p.state === 'incomplete')
    .map((p) => p.name)
    .join('\n');
}

/**
 * Keeps a page's reading of the folder in step with the folder, whatever the order of events:
 * - reads never overlap, and one asked for while another runs is run once more after it: what
 *   changed during a read is read, even when nothing changes after;
 * - while entries are still arriving (incomplete: a colleague's write, or this page's own
 *   catch-up, under way), it reads again a few times: Chromium's FileSystemObserver may report
 *   a new folder but not the files then written into it.
 * Reads are not added otherwise: each one may bring in a colleague's change while the user has
 * a form open on the record (records-folder.e2e's "both change the status at once").
 */
export function followFolder({ read, onRead, retryMs = ARRIVING_RETRY_MS }: FollowDeps): { request: () => Promise<void>; stop: () => void } {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let arriving = '';
  let retries = 0;

  function retryWhileArriving(outcome: ReadOutcome): void {
    const key = arrivingKey(outcome);
    // Other entries arriving: they get their own tries.
    if (key !== arriving) retries = 0;
    arriving = key;
    const wait = key ? retryMs[retries++] : undefined;
    if (wait !== undefined) timer = setTimeout(() => void request(), wait);
  }

  /** Reads now, or once more after the read under way; resolves when a read begun after the call has ended. */
  const request = coalesced(async () => {
    if (stopped) return;
    clearTimeout(timer);
    const outcome = await read().catch((error: unknown): ReadOutcome => ({ status: 'failed', detail: String((error as Error)?.message ?? error).slice(0, 300) }));
    if (stopped) return;
    onRead(outcome);
    retryWhileArriving(outcome);
  });

  void request();
  return {
    request,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
