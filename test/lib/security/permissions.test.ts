import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedPermissions, requestedPermissions } from '../../support/permissions';

// Issue 7, least privilege: every permission in the built manifest is listed, with its reason,
// in README.md's table "Permissions, and why each is needed". Runs on the build in KV_OUT_DIR
// (default .output) when there is one; `npm test` builds only after the unit tests, so
// test/e2e/permissions.e2e.ts runs the same check on the fresh build.

const root = resolve(import.meta.dirname, '../../..');
const manifestPath = resolve(root, process.env.KV_OUT_DIR ?? '.output', 'chrome-mv3/manifest.json');

describe('least privilege: README documents every permission', () => {
  it.skipIf(!existsSync(manifestPath))(`every permission in ${manifestPath.replace(`${root}/`, '')} has a row in README.md`, () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const documented = documentedPermissions(readFileSync(resolve(root, 'README.md'), 'utf8'));
    const missing = requestedPermissions(manifest).filter((p) => !documented.has(p));
    expect(missing, `permissions in the manifest but not in README.md's table: ${missing.join(', ')}`).toEqual([]);
  });

  it('reads the table as intended', () => {
    const readme = '## Permissions, and why each is needed\n\n| permission | why |\n|---|---|\n| `storage` | x |\n| optional: all sites (`<all_urls>`) | y |\n\n## Next\n| `notListed` | z |\n';
    expect([...documentedPermissions(readme)]).toEqual(['storage', '<all_urls>']);
  });
});
