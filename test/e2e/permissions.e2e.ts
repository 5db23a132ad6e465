import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionPath, projectRoot } from '../support/browser.mjs';
import { documentedPermissions, requestedPermissions } from '../support/permissions';

// Issue 7, least privilege, on the build the browser tests use (always present here, unlike in
// the unit-test step, which runs before the build in `npm test`).
describe('least privilege on the built extension', () => {
  it('README.md documents every permission in the built manifest', () => {
    const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
    const documented = documentedPermissions(readFileSync(join(projectRoot, 'README.md'), 'utf8'));
    expect(requestedPermissions(manifest).filter((p) => !documented.has(p))).toEqual([]);
  });
});
