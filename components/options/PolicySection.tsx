import { useMemo } from 'react';
import type { Language, MessageKey, Translate } from '../../lib/i18n';
import { problemText } from '../../lib/i18n/problem';
import { policyPackProblems } from '../../lib/policy/packs';
import type { PolicyKey } from '../../lib/policy/schema';
import { usePolicy } from './usePolicy';

const keyName = (t: Translate, key: PolicyKey) => t(`policy.key.${key}` as MessageKey);

/** What a shown policy value says, briefly: a guide file or a pack is named, not printed. */
function summary(t: Translate, key: PolicyKey, value: unknown): string {
  if (key === 'guide') return t('policy.value.guide');
  if (key === 'sitePacks' || key === 'directory') return t('policy.value.count', { count: Array.isArray(value) ? value.length : 0 });
  return String(value);
}

/**
 * Issue 22, point 4: the values IT set for every machine, shown as locked (the forms below show
 * the same fields read-only), and any value of IT's that was refused, with why.
 */
export function PolicySection({ t, lang }: { t: Translate; lang: Language }) {
  const reading = usePolicy();
  const packProblems = useMemo(() => policyPackProblems(reading?.policy.sitePacks ?? [], document), [reading]);
  if (!reading) return null;
  const set = Object.entries(reading.policy) as [PolicyKey, unknown][];
  if (set.length === 0 && reading.refused.length === 0) return null;
  return (
    <section className="card" id="policy" aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('policy.heading')}</h2>
      <p className="muted">{t('policy.help')}</p>
      <ul aria-label={t('policy.heading')}>
        {set.map(([key, value]) => (
          <li key={key} data-policy={key}>
            <span aria-hidden="true">🔒 </span>
            {keyName(t, key)}: {summary(t, key, value)} ({t('policy.locked')})
          </li>
        ))}
      </ul>
      {reading.refused.length > 0 || packProblems.length > 0 ? (
        <div role="alert">
          {reading.refused.map(({ key, reasons }) => (
            <p key={key} className="tone-warn">
              {t('policy.refused', { key: keyName(t, key), reason: reasons.map((r) => problemText(t, lang, r)).join(' ') })}
            </p>
          ))}
          {packProblems.map(({ index, problems }) => (
            <p key={`pack-${index}`} className="tone-warn" data-policy-pack={index + 1}>
              {t('policy.packRefused', { n: index + 1, reason: problems.map((r) => problemText(t, lang, r)).join(' ') })}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
