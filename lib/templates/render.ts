import type { LocalizedText } from '../guide/schema';
import type { SignatureFormat, Template } from './schema';
import { formatSignature, signatureNeeds } from './signature';
import { validateTemplate, type TemplateIssue } from './validate-template';
import { PLACEHOLDER, VARIABLE_LABELS, VARIABLE_NAMES, variableNamed, type VariableName } from './variables';

export type TemplateValues = Partial<Record<VariableName, string>>;

export interface RenderOptions {
  /** Which body to use; English falls back to Swedish when the template has none. */
  lang?: 'sv' | 'en';
  /** Default 'name-title-unit' (§3.2). */
  signature?: SignatureFormat;
}

export type RenderResult =
  | { ok: true; text: string }
  | { ok: false; error: { kind: 'missing-values'; missing: VariableName[]; message: LocalizedText } }
  | { ok: false; error: { kind: 'invalid-template'; issues: TemplateIssue[]; message: LocalizedText } };

/**
 * The reply text: the body with its variables filled in, a blank line, and the signature.
 * Refuses, naming them, when a value the body or the signature needs is empty, rather than
 * leaving a blank in a public reply. Values are inserted as plain text and never expanded again.
 */
export function render(template: Template, values: TemplateValues, options: RenderOptions = {}): RenderResult {
  const checked = validateTemplate(template);
  if (!checked.ok) {
    return {
      ok: false,
      error: {
        kind: 'invalid-template',
        issues: checked.issues,
        message: checked.issues[0]?.message ?? { sv: 'Mallen är ogiltig.', en: 'The template is invalid.' },
      },
    };
  }
  const lang = options.lang ?? 'sv';
  const format = options.signature ?? 'name-title-unit';
  const body = (lang === 'en' ? template.body.en : undefined) ?? template.body.sv;

  const needed = new Set<VariableName>(signatureNeeds(format));
  for (const m of body.matchAll(PLACEHOLDER)) {
    const v = variableNamed(m[1] ?? '');
    if (v) needed.add(v);
  }
  const value = (v: VariableName) => (values[v] ?? '').trim();
  const missing = VARIABLE_NAMES.filter((v) => needed.has(v) && value(v) === '');
  if (missing.length > 0) {
    const list = (l: 'sv' | 'en') => missing.map((v) => VARIABLE_LABELS[v][l]).join(', ');
    return {
      ok: false,
      error: {
        kind: 'missing-values',
        missing,
        message: { sv: `Fyll i ${list('sv')} innan du svarar.`, en: `Fill in ${list('en')} before replying.` },
      },
    };
  }

  const filled = body.trim().replace(PLACEHOLDER, (_m, name: string) => {
    const v = variableNamed(name);
    return v ? value(v) : '';
  });
  const signature = formatSignature(format, { name: value('name'), title: value('title'), unit: value('unit') });
  return { ok: true, text: `${filled}\n\n${signature}` };
}
