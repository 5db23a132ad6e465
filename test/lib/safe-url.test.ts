import { describe, expect, it } from 'vitest';
import { safeHref } from '../../lib/safe-url';

describe('safeHref', () => {
  it('lets http(s) links through, normalised', () => {
    expect(safeHref('https://www.facebook.com/a?comment_id=1')).toBe('https://www.facebook.com/a?comment_id=1');
    expect(safeHref('http://example.se')).toBe('http://example.se/');
  });
  it('never makes a link of script, data or garbage URLs from a captured page', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'not a url', '', undefined]) {
      expect(safeHref(url)).toBeUndefined();
    }
  });
});
