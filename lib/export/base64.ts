/** Base64 of bytes in 76-character lines joined by CRLF, as MIME bodies need (RFC 2045 §6.8). */
export function base64Lines(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode on slices: one call per byte would be slow, one call for all can overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const b64 = btoa(binary);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\r\n');
}

/** Bytes of a base64 string (no line breaks). */
export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
