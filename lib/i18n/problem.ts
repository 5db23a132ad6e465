import type { z } from 'zod';
import type { Language, MessageKey, Translate } from './index';
import { valueAt } from '../value-at';

/**
 * A refusal's reason as data (issue 22): a message key and its values, put into words where it
 * is shown, so a pack or a policy value refused in the background or the options page reads in
 * the user's language. `text` carries a reason that comes already in both languages (the guide
 * file's reader words its own).
 */
export type Problem = { key: MessageKey; vars?: Record<string, string | number> } | { text: Record<Language, string> };

export function problemText(t: Translate, lang: Language, problem: Problem): string {
  if ('text' in problem) return problem.text[lang];
  // The file as a whole ("unknown fields" at its top) has no path: named in words.
  const vars = problem.vars?.path === '' ? { ...problem.vars, path: t('refusal.root') } : problem.vars;
  return t(problem.key, vars);
}

/** Where in the file: "selectors.article.0.since", as the file's own keys and positions. */
export const pathText = (path: readonly PropertyKey[]) => path.map(String).join('.');

const TYPED = new Set(['string', 'number', 'boolean', 'array', 'object']);

/** Whether a schema's own message names a refusal message (schemas give a key, not words). */
const isRefusalKey = (message: string | undefined): message is MessageKey => !!message && /^refusal\.[a-zA-Z.]+$/.test(message);

/**
 * One zod issue as a refusal: the path (after `prefix`, e.g. the policy key) and what is wrong.
 * zod's own locales word these for programmers ("förväntat string, fick number"); these keys
 * word them for the administrator who reads them.
 */
export function zodProblem(issue: z.core.$ZodIssue, input: unknown, prefix: readonly PropertyKey[] = []): Problem {
  const path = pathText([...prefix, ...issue.path]);
  const at = (key: MessageKey, vars: Record<string, string | number> = {}): Problem => ({ key, vars: { path, ...vars } });
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return at('refusal.missing');
      return at(TYPED.has(issue.expected) ? (`refusal.wrongType.${issue.expected}` as MessageKey) : 'refusal.wrongType');
    case 'too_small':
      if (issue.origin === 'array') return at('refusal.tooFew', { count: Number(issue.minimum) });
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? at('refusal.empty') : at('refusal.tooShort', { min: Number(issue.minimum) });
      break;
    case 'too_big':
      if (issue.origin === 'array') return at('refusal.tooMany', { max: Number(issue.maximum) });
      if (issue.origin === 'string') return at('refusal.tooLong', { max: Number(issue.maximum) });
      break;
    case 'invalid_value':
      return at('refusal.oneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return at('refusal.unknownKeys', { keys: issue.keys.join(', ') });
    case 'invalid_key': {
      const inner = issue.issues[0]?.message;
      return at(isRefusalKey(inner) ? inner : 'refusal.invalid');
    }
    case 'invalid_format':
      if (isRefusalKey(issue.message)) return at(issue.message);
      if (issue.format === 'url') return at('refusal.format.url');
      if (/email$/i.test(String(issue.path.at(-1) ?? prefix.at(-1) ?? ''))) return at('refusal.format.email');
      return at('refusal.format');
    default:
      break;
  }
  return at(isRefusalKey(issue.message) ? issue.message : 'refusal.invalid');
}
