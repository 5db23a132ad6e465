import { firstNameOf } from './first-name';
import type { SignatureFormat } from './schema';
import type { VariableName } from './variables';

/** The profile values a signature format needs. */
export function signatureNeeds(format: SignatureFormat): VariableName[] {
  return format === 'name-title-unit' ? ['name', 'title', 'unit'] : ['name'];
}

/**
 * The signature under a reply. §3.2: name, title and unit, one per line. The alternative is the
 * first name after a slash ("/Anna"), as some bodies sign (Malmö stad's handbook).
 */
export function formatSignature(format: SignatureFormat, profile: { name: string; title: string; unit: string }): string {
  if (format === 'first-name') return `/${firstNameOf(profile.name)}`;
  return [profile.name, profile.title, profile.unit].map((s) => s.trim()).join('\n');
}
