import { z } from 'zod';
import { storage } from '#imports';
import { DEFAULT_DISPOSAL_RULES, DisposalRuleSchema, type DisposalRule } from './rules';

/** The organisation's disposal rules, in storage.local; a damaged value falls back to the default. */
const item = storage.defineItem<unknown>('local:disposalRules', { fallback: DEFAULT_DISPOSAL_RULES });

export async function getDisposalRules(): Promise<DisposalRule[]> {
  const parsed = z.array(DisposalRuleSchema).safeParse(await item.getValue());
  return parsed.success ? parsed.data : DEFAULT_DISPOSAL_RULES;
}

export async function saveDisposalRules(rules: DisposalRule[]): Promise<void> {
  await item.setValue(z.array(DisposalRuleSchema).parse(rules));
}
