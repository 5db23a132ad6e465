import type { Browser } from 'wxt/browser';
import { INVALID, TO_BACKGROUND, UNKNOWN_MESSAGE, type BackgroundMessageType, type RequestOf, type ResponseOf } from '../protocol';

/** One handler per message type the background receives (lib/protocol.ts), given the checked request. */
export type Handlers<K extends BackgroundMessageType = BackgroundMessageType> = {
  [P in K]: (request: RequestOf<P>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<P>>;
};

export type Dispatch = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;

/** Distinct complaints remembered, so a tab that repeats a bad message fills no log. */
const MAX_REMEMBERED = 100;

/**
 * The background's one entry for messages: looks the type up in the handler table, checks the
 * request against the protocol's schema, and calls the handler. An unknown type is answered
 * with UNKNOWN_MESSAGE, an invalid request with its type's `invalid` answer, and each kind of
 * fault (type and reason) is logged once.
 */
export function createDispatcher<K extends BackgroundMessageType>(handlers: Handlers<K>, log: (text: string) => void = console.warn): Dispatch {
  const logged = new Set<string>();
  const complain = (key: string, text: string) => {
    if (logged.has(key) || logged.size >= MAX_REMEMBERED) return;
    logged.add(key);
    log(`Kommentarsvakt: ${text}`);
  };
  return (message, sender) => {
    const raw = (message as { type?: unknown } | null)?.type;
    const type = typeof raw === 'string' ? raw.slice(0, 100) : undefined;
    if (type === undefined || !Object.hasOwn(handlers, type)) {
      complain(`unknown:${type}`, `message of unknown type ${JSON.stringify(type ?? null)} ignored`);
      return Promise.resolve(UNKNOWN_MESSAGE);
    }
    const known = type as K;
    const parsed = TO_BACKGROUND[known].safeParse(message);
    if (!parsed.success) {
      complain(`invalid:${type}`, `invalid ${type} message ignored (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`);
      return Promise.resolve(INVALID[known]);
    }
    return handlers[known](parsed.data as RequestOf<K>, sender);
  };
}
