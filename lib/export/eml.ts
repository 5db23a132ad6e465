import { createMimeMessage } from 'mimetext/browser';
import { sha256Hex } from '../records/digests';
import { base64Lines } from './base64';
import { statusLabel } from '../records/statuses';
import { KIND_LABELS, PLATFORM_LABELS, profileLabel } from './labels';
import { stockholmTime } from './stockholmTime';
import { auditOf, type ExportInput } from './types';
import { excerpt, visibleText } from './visibleText';

export interface EmlAttachment {
  /** Written as given when it is plain ASCII; other characters become "_" (see safeFileName). */
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface RegistrarEmailInput extends ExportInput {
  /** The administrator's address. */
  from: string;
  /** The registrar's mailbox. */
  to: string;
  /** The package zip, or one PDF per record. */
  attachments: readonly EmlAttachment[];
  /** A line from the administrator, put before the list. */
  note?: string;
}

const ADDRESS = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/;

function checkAddress(address: string, what: string): string {
  // A CR or LF here would let a stored setting add mail headers.
  if (!ADDRESS.test(address)) throw new Error(`Ogiltig e-postadress (${what}): ${JSON.stringify(address)}`);
  return address;
}

/** ASCII file name: mimetext writes names into headers unencoded. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return cleaned === '' ? 'bilaga' : cleaned;
}

function rfc5322Date(d: Date): string {
  return d.toUTCString().replace('GMT', '+0000');
}

export function registrarEmailSubject(count: number): string {
  return `Fångade inlägg för registrering (${count} st)`;
}

/** The plain-text body in Swedish. Untrusted text only in excerpts passed through visibleText. */
export function registrarEmailBody(input: RegistrarEmailInput, attachmentDigests: readonly string[]): string {
  const p = input.exportedBy;
  const lines: string[] = [
    'Hej!',
    '',
    `Här kommer ${input.records.length} fångade inlägg och kommentarer från organisationens sociala medier för registrering (diarieföring).`,
    'Inläggen kan vara borttagna från sidan men är allmänna handlingar.',
  ];
  if (input.note) lines.push('', visibleText(input.note));
  lines.push('', 'Bifogade filer (SHA-256):');
  input.attachments.forEach((a, i) => lines.push(`- ${safeFileName(a.filename)} (${a.bytes.length} byte)`, `  ${attachmentDigests[i] ?? ''}`));
  lines.push('', 'Poster:');
  input.records.forEach((r, i) => {
    lines.push(
      '',
      `${i + 1}. ${KIND_LABELS[r.kind]} från ${PLATFORM_LABELS[r.platform]}`,
      `   Författare: ${visibleText(excerpt(r.author, 200))}`,
      `   Text (utdrag): ${visibleText(excerpt(r.text, 300))}`,
      `   Länk: ${visibleText(r.permalink ?? r.pageUrl)}`,
      `   Fångad: ${stockholmTime(r.capturedAt)} av ${profileLabel(r.capturedBy)}`,
      `   ID: ${r.id}`,
      `   SHA-256 innehåll: ${r.contentSha256}`,
    );
    if (r.screenshot.status === 'ok') lines.push(`   SHA-256 skärmbild: ${r.screenshot.sha256}`);
    const last = auditOf(input.audit, r.id).at(-1);
    if (last) lines.push(`   Senaste händelse: ${stockholmTime(last.at)}, ${statusLabel(last.to)} (${visibleText(last.by)})`);
  });
  lines.push(
    '',
    'Kontrollsummorna visar att inget har ändrats sedan inläggen fångades. Tecken som är osynliga eller vänder textriktningen är skrivna som [U+kod]; den exakta texten finns i bilagorna.',
    'Ange gärna diarienumret i svaret, så förs det in på respektive post.',
    '',
    'Med vänlig hälsning',
    ...[p.name, p.title, p.unit].filter((s) => s.length > 0).map(visibleText),
  );
  return lines.join('\r\n') + '\r\n';
}

/**
 * A complete e-mail (.eml, RFC 5322 with CRLF) to the registrar, for the user's own mail client
 * to open and send: Swedish subject and body, the files attached. "X-Unsent: 1" makes Outlook
 * open it as a draft. Deterministic: Date, Message-ID and MIME boundaries come from the input.
 */
export async function buildRegistrarEmail(input: RegistrarEmailInput): Promise<string> {
  const from = checkAddress(input.from, 'avsändare');
  const to = checkAddress(input.to, 'mottagare');
  const digests = await Promise.all(input.attachments.map((a) => sha256Hex(a.bytes)));
  const id = (await sha256Hex(JSON.stringify([input.exportedAt.toISOString(), from, to, input.records.map((r) => r.id), digests]))).slice(0, 32);

  const msg = createMimeMessage();
  // Boundaries may not occur in any part: base64 has no "-" or "=" pairs like these.
  msg.boundaries = { mixed: `kv-mixed-${id}`, alt: `kv-alt-${id}`, related: `kv-related-${id}` };
  msg.setSender({ name: visibleText(input.exportedBy.name).replace(/[\r\n]/g, ' '), addr: from });
  msg.setRecipient(to);
  msg.setSubject(registrarEmailSubject(input.records.length));
  msg.setHeader('Date', rfc5322Date(input.exportedAt));
  msg.setHeader('Message-ID', `<${id}@${from.split('@')[1] ?? 'kommentarsvakt.invalid'}>`);
  msg.setHeader('X-Unsent', '1');
  msg.addMessage({
    contentType: 'text/plain',
    charset: 'UTF-8',
    encoding: 'base64',
    data: base64Lines(new TextEncoder().encode(registrarEmailBody(input, digests))),
  });
  for (const a of input.attachments) {
    msg.addAttachment({ filename: safeFileName(a.filename), contentType: a.contentType, encoding: 'base64', data: base64Lines(a.bytes) });
  }
  return msg.asRaw() + '\r\n';
}

/** The .eml file's bytes (the text is ASCII: every part is base64 or an encoded word). */
export async function buildRegistrarEmailFile(input: RegistrarEmailInput): Promise<Uint8Array> {
  return new TextEncoder().encode(await buildRegistrarEmail(input));
}
