import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../lib/background/messenger';
import { INVALID, receive, ANSWERS_FROM_BACKGROUND, send, sendToTab, TO_BACKGROUND, UNKNOWN_MESSAGE, type BackgroundMessageType } from '../../lib/protocol';

// Issue 19: one table of messages; the background dispatches from a table of handlers.

const sender = {} as Parameters<ReturnType<typeof createDispatcher>>[1];
const JOB = '0b9d3f4e-5a61-4c2b-9e7d-1f2a3b4c5d6e';

function dispatcherWithLog() {
  const log: string[] = [];
  const cancel = vi.fn(async (request: { jobId: string }) => ({ ok: request.jobId === JOB }));
  const dispatch = createDispatcher({ 'page-capture-cancel': cancel }, (text) => log.push(text));
  return { dispatch, log, cancel };
}

describe('the background dispatcher', () => {
  it('calls the handler of the type with the checked request, and answers with its answer', async () => {
    const { dispatch, log, cancel } = dispatcherWithLog();
    expect(await dispatch({ type: 'page-capture-cancel', jobId: JOB }, sender)).toEqual({ ok: true });
    expect(cancel).toHaveBeenCalledWith({ type: 'page-capture-cancel', jobId: JOB }, sender);
    expect(log).toEqual([]);
  });

  it('answers an unknown type with the typed error, and logs it once', async () => {
    const { dispatch, log } = dispatcherWithLog();
    for (const message of [{ type: 'page-captrue-cancel', jobId: JOB }, { type: 'page-captrue-cancel' }]) {
      expect(await dispatch(message, sender)).toEqual(UNKNOWN_MESSAGE);
    }
    // A type the protocol knows but this dispatcher has no handler for is unknown here too.
    expect(await dispatch({ type: 'capture' }, sender)).toEqual(UNKNOWN_MESSAGE);
    for (const junk of [null, 42, 'capture', {}, { type: 7 }]) expect(await dispatch(junk, sender)).toEqual(UNKNOWN_MESSAGE);
    expect(log.filter((l) => l.includes('page-captrue-cancel'))).toHaveLength(1);
    expect(log.filter((l) => l.includes('"capture"'))).toHaveLength(1);
  });

  it("answers an invalid request with its type's own failure, without calling the handler, logged once", async () => {
    const { dispatch, log, cancel } = dispatcherWithLog();
    expect(await dispatch({ type: 'page-capture-cancel', jobId: 'not-a-uuid' }, sender)).toEqual({ ok: false });
    expect(await dispatch({ type: 'page-capture-cancel' }, sender)).toEqual({ ok: false });
    expect(cancel).not.toHaveBeenCalled();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/invalid page-capture-cancel.*jobId/);
  });

  it("every type the background receives has an invalid answer that its own response schema accepts", () => {
    for (const type of Object.keys(TO_BACKGROUND) as BackgroundMessageType[]) {
      expect(ANSWERS_FROM_BACKGROUND[type].safeParse(INVALID[type]).success, type).toBe(true);
    }
  });
});

describe('receive', () => {
  it('takes only the listed types, and only valid ones', () => {
    expect(receive(['shot-done'], { type: 'shot-done', recordId: JOB })).toEqual({ type: 'shot-done', recordId: JOB });
    expect(receive(['shot-done'], { type: 'prepare-shot', recordId: JOB })).toBeUndefined();
    expect(receive(['shot-done'], { type: 'shot-done', recordId: 'x' })).toBeUndefined();
    expect(receive(['command-capture'], null)).toBeUndefined();
  });
});

// Compile-time: tsc (`npx tsc --noEmit -p .`, a step of `npm test`) fails if any of these lines
// compiles, i.e. if a misspelt type or a wrong field were accepted. Never called.
export function typeErrors(): void {
  // @ts-expect-error: misspelt type
  void send('captrue', {});
  // @ts-expect-error: a field the message does not have
  void send('page-capture-cancel', { jobId: JOB, tabId: 1 });
  // @ts-expect-error: a field of the wrong type
  void send('page-capture-start', { jobId: JOB, tabId: '1' });
  // @ts-expect-error: a required field missing
  void send('channel-activity', { pageUrl: 'https://www.facebook.com/' });
  // @ts-expect-error: a message to a tab cannot be sent to the background
  void send('prepare-shot', { recordId: JOB });
  // @ts-expect-error: nor one to the background to a tab
  void sendToTab(1, 'capture', {});
  // A message without fields needs no body; the answer is typed by the table.
  void send('load-guide-panel').then((answer) => (answer.ok ? undefined : answer.detail.length));
  const handlers: Partial<Handlers> = {
    // @ts-expect-error: a handler answers what its type's response says
    'page-capture-cancel': async () => ({ done: true }),
  };
  // @ts-expect-error: every type the background receives needs a handler
  const all: Handlers = { 'page-capture-cancel': async () => ({ ok: true }) };
  void handlers;
  void all;
  const types: BackgroundMessageType[] = ['capture', 'load-guide-panel', 'page-capture-start', 'page-capture-cancel', 'channels-check', 'channel-activity'];
  void types;
}
