import type { CaptureRecord, Profile } from '../records/schema';
import { KIND_LABELS, PLATFORM_LABELS } from './labels';
import { stockholmTime } from './stockholmTime';
import { excerpt, visibleText } from './visibleText';

/**
 * The texts of a forwarded record (subject and Swedish body, untrusted text through
 * visibleText) and the mailto: draft. Apart from ./forward.ts so the queue page can offer the
 * draft without loading the MIME library.
 */
export function forwardSubject(record: CaptureRecord): string {
  return `Vidarebefordrat från ${PLATFORM_LABELS[record.platform]}: ${KIND_LABELS[record.kind].toLowerCase()} av ${visibleText(excerpt(record.author, 60)).replace(/[\r\n]/g, ' ')}`;
}

/** The body in Swedish; untrusted text passes through visibleText. */
export function forwardBody(record: CaptureRecord, sender: Profile): string {
  return [
    'Hej!',
    '',
    `Den här ${KIND_LABELS[record.kind].toLowerCase()}en kom in på ${PLATFORM_LABELS[record.platform]}. Kan ni svara, eller ge oss ett svar att publicera?`,
    'Ni ansvarar för eventuell registrering av frågan.',
    '',
    `Avsändare: ${visibleText(record.author)}`,
    `Länk: ${visibleText(record.permalink ?? record.pageUrl)}`,
    `Fångad: ${stockholmTime(record.capturedAt)}`,
    '',
    'Text:',
    visibleText(record.text),
    '',
    `ID: ${record.id}`,
    `SHA-256: ${record.contentSha256}`,
    '',
    'Med vänlig hälsning',
    ...[sender.name, sender.title, sender.unit].filter(Boolean).map(visibleText),
  ].join('\r\n');
}

/** A mailto: draft (no attachment possible); the body is cut so the URL stays usable. */
export function forwardMailto(record: CaptureRecord, to: string, sender: Profile): string {
  const body = forwardBody(record, sender);
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(forwardSubject(record))}&body=${encodeURIComponent(body.length > 1800 ? `${body.slice(0, 1800)}…` : body)}`;
}
