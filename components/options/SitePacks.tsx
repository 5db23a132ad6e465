import { useId, useState, type ChangeEvent } from 'react';
import type { Language, MessageKey, Translate } from '../../lib/i18n';
import { problemText, type Problem } from '../../lib/i18n/problem';
import { importSitePack, removeImportedPack } from '../../lib/sitepack/store';
import { PLATFORM_NAMES } from '../queue/platform-name';
import { usePacksInUse } from '../pagehealth/usePacksInUse';
import { CollapsibleSection } from './CollapsibleSection';

const siteName = (site: string) => PLATFORM_NAMES[site as keyof typeof PLATFORM_NAMES] ?? site;
type Outcome = { kind: 'imported' | 'older' | 'removed'; site: string; published?: string } | { kind: 'refused'; errors: Problem[] };

/**
 * Issue 22, point 3: which site pack each site reads with, and importing a newer one. A pack
 * is refused with what is wrong in it; the pack in use then keeps working.
 */
export function SitePacks({ t, lang }: { t: Translate; lang: Language }) {
  const [asked, setAsked] = useState(0);
  const packs = usePacksInUse(asked);
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = await importSitePack(await file.text(), document);
    if (!result.ok) return setOutcome({ kind: 'refused', errors: result.errors });
    setAsked((n) => n + 1);
    setOutcome({ kind: result.inUse ? 'imported' : 'older', site: result.pack.site, published: result.pack.published });
  };
  const remove = async (site: string) => {
    await removeImportedPack(site);
    setAsked((n) => n + 1);
    setOutcome({ kind: 'removed', site });
  };
  const origin = (o: string) => t(`packs.origin.${o}` as MessageKey);
  return (
    <CollapsibleSection title={t('packs.heading')} anchor="site-packs">
      <p className="muted">{t('packs.help')}</p>
      <ul aria-label={t('packs.heading')}>
        {(packs ?? []).map((p) => (
          <li key={p.site} data-site={p.site}>
            {t('packs.inUse', { site: siteName(p.site), published: p.published, publisher: p.publisher, origin: origin(p.origin) })}{' '}
            {p.origin === 'imported' ? (
              <button type="button" onClick={() => void remove(p.site)}>
                {t('packs.remove', { site: siteName(p.site) })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p>
        <label htmlFor={inputId}>{t('packs.import')}</label>{' '}
        <input id={inputId} type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </p>
      {outcome?.kind === 'refused' ? (
        <div role="alert">
          <p className="tone-error">{t('packs.refused')}</p>
          <ul>
            {outcome.errors.map((error, i) => (
              <li key={i}>{problemText(t, lang, error)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome && outcome.kind !== 'refused' ? (
        <p role="status" className={outcome.kind === 'older' ? 'tone-warn' : 'tone-ok'}>
          {t(outcome.kind === 'imported' ? 'packs.imported' : outcome.kind === 'older' ? 'packs.importedOlder' : 'packs.removed', { site: siteName(outcome.site), published: outcome.published ?? '' })}
        </p>
      ) : null}
    </CollapsibleSection>
  );
}
