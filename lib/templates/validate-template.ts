import type { LocalizedText } from '../guide/schema';
import { TemplateSchema, type Template } from './schema';
import { PLACEHOLDER, variableNamed, type VariableName } from './variables';

export type TemplateIssue =
  | { code: 'unknown-variable'; variable: string; field: 'sv' | 'en'; message: LocalizedText }
  | { code: 'unbalanced-braces'; field: 'sv' | 'en'; message: LocalizedText }
  | { code: 'invalid-field'; path: string; message: LocalizedText };

export type TemplateValidation =
  | { ok: true; template: Template; variables: VariableName[] }
  | { ok: false; issues: TemplateIssue[] };

/** Variables a text uses, and the names in braces that are not variables. */
export function scanBody(body: string): { variables: VariableName[]; unknown: string[]; unbalanced: boolean } {
  const variables = new Set<VariableName>();
  const unknown: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER)) {
    const raw = (m[1] ?? '').trim();
    const v = variableNamed(raw);
    if (v) variables.add(v);
    else if (!unknown.includes(raw)) unknown.push(raw);
  }
  const rest = body.replace(PLACEHOLDER, '');
  return { variables: [...variables], unknown, unbalanced: rest.includes('{{') || rest.includes('}}') };
}

/** Check a template's shape and that every `{{…}}` is a known variable (./variables.ts). */
export function validateTemplate(input: unknown): TemplateValidation {
  const parsed = TemplateSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => {
        const path = i.path.map(String).join('.');
        return {
          code: 'invalid-field',
          path,
          message: { sv: `Fältet ”${path}” saknas eller är ogiltigt.`, en: `The field “${path}” is missing or invalid.` },
        };
      }),
    };
  }
  const template = parsed.data;
  const issues: TemplateIssue[] = [];
  const variables = new Set<VariableName>();
  for (const field of ['sv', 'en'] as const) {
    const body = template.body[field];
    if (body === undefined) continue;
    const scan = scanBody(body);
    scan.variables.forEach((v) => variables.add(v));
    for (const name of scan.unknown) {
      issues.push({
        code: 'unknown-variable',
        variable: name,
        field,
        message: {
          sv: `Okänd variabel {{${name}}} i mallens text (${field}).`,
          en: `Unknown variable {{${name}}} in the template text (${field}).`,
        },
      });
    }
    if (scan.unbalanced) {
      issues.push({
        code: 'unbalanced-braces',
        field,
        message: {
          sv: `Mallens text (${field}) har en {{ eller }} utan motsvarighet. Skriv variabler som {{förnamn}}.`,
          en: `The template text (${field}) has a {{ or }} without its pair. Write variables as {{firstName}}.`,
        },
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, template, variables: [...variables] };
}
