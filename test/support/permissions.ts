// Issue 7, least privilege: README.md's permission table against the built manifest.

/** The permission names in the README's table: each `code` span in its first column. */
export function documentedPermissions(readme: string): Set<string> {
  const start = readme.indexOf('## Permissions, and why each is needed');
  if (start < 0) throw new Error('README.md has no section "Permissions, and why each is needed"');
  const section = readme.slice(start).split(/\n## /)[0]!;
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/`([^`]+)`/g)) names.add(m[1]!);
  }
  return names;
}

/** What the manifest asks for: permissions, optional ones, host permissions. */
export function requestedPermissions(manifest: { permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] }): string[] {
  return [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
}
