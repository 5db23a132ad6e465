import { createMimeMessage } from 'mimetext/browser';
import { sha256Hex } from '../records/digests';
import type { CaptureRecord, Profile } from '../records/schema';
import { base64Lines } from './base64';
import { forwardBody, forwardSubject } from './forward-mailto';
import { profileLabel } from './labels';

/**
 * Forwarding a record to the department or contact person who can answer it (Bilaga 1,
 * Bilaga 3): as a .eml draft with the screenshot attached, or as a mailto: link (which cannot
 * carry attachments). The human sends it; the recipient is responsible for any registration.
 */
export interface ForwardInput {
  record: CaptureRecord;
  screenshot?: Uint8Array;
  from: string;
  to: { name: string; email: string };
  sender: Profile;
  now: Date;
}

const ADDRESS = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/;

export async function buildForwardEmail(input: ForwardInput): Promise<Uint8Array> {
  for (const a of [input.from, input.to.email]) if (!ADDRESS.test(a)) throw new Error(`Ogiltig e-postadress: ${JSON.stringify(a)}`);
  const id = (await sha256Hex(JSON.stringify([input.record.id, input.to.email, input.now.toISOString()]))).slice(0, 32);
  const msg = createMimeMessage();
  msg.boundaries = { mixed: `kv-mixed-${id}`, alt: `kv-alt-${id}`, related: `kv-related-${id}` };
  msg.setSender({ name: profileLabel(input.sender).replace(/[\r\n]/g, ' ') || input.from, addr: input.from });
  msg.setRecipient({ name: input.to.name.replace(/[\r\n"]/g, ' '), addr: input.to.email });
  msg.setSubject(forwardSubject(input.record));
  msg.setHeader('Date', input.now.toUTCString().replace('GMT', '+0000'));
  msg.setHeader('Message-ID', `<${id}@${input.from.split('@')[1] ?? 'kommentarsvakt.invalid'}>`);
  msg.setHeader('X-Unsent', '1');
  msg.addMessage({ contentType: 'text/plain', charset: 'UTF-8', encoding: 'base64', data: base64Lines(new TextEncoder().encode(forwardBody(input.record, input.sender) + '\r\n')) });
  if (input.screenshot) {
    const jpeg = input.screenshot[0] === 0xff && input.screenshot[1] === 0xd8;
    msg.addAttachment({ filename: `${input.record.id}.${jpeg ? 'jpg' : 'png'}`, contentType: jpeg ? 'image/jpeg' : 'image/png', encoding: 'base64', data: base64Lines(input.screenshot) });
  }
  return new TextEncoder().encode(msg.asRaw() + '\r\n');
}
