import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../lib/records/digests';

describe('digests', () => {
  it('hashes the canonical JSON, independent of key order', async () => {
    expect(canonicalJson({ b: 1, a: 'å' })).toBe('{"a":"å","b":1}');
    expect(await sha256Hex(canonicalJson({ b: 1, a: 'x' }))).toBe(await sha256Hex(canonicalJson({ a: 'x', b: 1 })));
  });
  it('digests text with lone surrogates (hostile comments) instead of failing', async () => {
    expect(canonicalJson({ t: 'a\uD800b' })).toBe('{"t":"a\uFFFDb"}');
    expect(await sha256Hex(canonicalJson({ t: '\uDFFF' }))).toMatch(/^[0-9a-f]{64}$/);
  });
  it('matches the published SHA-256 of "abc"', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
