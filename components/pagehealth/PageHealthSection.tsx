import { useEffect, useState } from 'react';
import type { MessageKey, Translate } from '../../lib/i18n';
import { offerDownload } from '../../lib/export/download';
import { healthOfTab, reportFileName, reportOfTab, type FromTab } from '../../lib/pagereport/from-tab';
import type { PageHealth } from '../../lib/pagereport/health';
import { PLATFORM_NAMES } from '../queue/platform-name';
import { useTargetTab } from '../channels/useTargetTab';
import type { PackInUse } from '../../lib/sitepack/store';
import { usePacksInUse } from './usePacksInUse';

const FIELD_KEYS = new Set(['author', 'authorUrl', 'text', 'permalink', 'itemId', 'publishedText', 'publishedAt', 'parent', 'item']);

function fieldList(t: Translate, counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, n]) => `${FIELD_KEYS.has(name) ? t(`health.field.${name}` as MessageKey) : name} (${n})`)
    .join(', ');
}

/** The health of the page in the target tab, read again whenever the tab changes or loads. */
function useHealth(tabId: number | undefined, url: string | undefined): FromTab<PageHealth> | undefined {
  // Kept with the page it describes: another page's health is never shown, even for a moment.
  const key = `${tabId}|${url}`;
  const [health, setHealth] = useState<{ key: string; value: FromTab<PageHealth> } | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    void healthOfTab(tabId).then((value) => alive && setHealth({ key, value }));
    return () => {
      alive = false;
    };
  }, [tabId, key]);
  return health?.key === key ? health.value : undefined;
}

function HealthText({ t, health, packs }: { t: Translate; health: PageHealth; packs: PackInUse[] }) {
  if (!health.adapter) return <p className="muted">{t('health.noAdapter')}</p>;
  const pack = packs.find((p) => p.site === health.adapter);
  const site = PLATFORM_NAMES[health.adapter as keyof typeof PLATFORM_NAMES] ?? health.adapter;
  const unread = Object.keys(health.unreadableFields).length > 0;
  return (
    <>
      <p>
        {t('health.adapter', { site })} {t('health.counts', { found: health.found, read: health.read })}
      </p>
      {pack ? <p className="muted">{t('packs.inUseShort', { published: pack.published, publisher: pack.publisher, origin: t(`packs.origin.${pack.origin}` as MessageKey) })}</p> : null}
      {unread ? <p className="muted">{t('health.unreadable', { fields: fieldList(t, health.unreadableFields) })}</p> : null}
      {health.state === 'ok' ? <p className="tone-ok">{t('health.ok')}</p> : null}
      {health.removalCapture === 'no-public-source' ? <p className="muted" data-removal-capture="no-public-source">{t('removal.noSource')}</p> : null}
      {health.state === 'no-comments' ? <p className="muted">{t('health.noComments')}</p> : null}
      {health.state === 'cannot-read' ? (
        <div className="health-cannot-read" data-health="cannot-read">
          <h3>{t('health.cannotRead.title')}</h3>
          <p>{t('health.cannotRead.body')}</p>
          <p>{t('health.cannotRead.selection')}</p>
          <p>{t('health.cannotRead.report')}</p>
        </div>
      ) : null}
    </>
  );
}

/**
 * Issue 22, in the popup and the side panel: which adapter reads the tab's page, what it found
 * and read, and, when the page shows comments it cannot find, the calm "cannot read" state with
 * the ways out (selection capture, "Spara sidrapport").
 */
export function PageHealthSection({ t }: { t: Translate }) {
  const target = useTargetTab();
  const health = useHealth(target?.id, target?.url);
  // Known before the health is shown, so the status is announced once, whole: the packs can come
  // half a second after the page's health (storage.managed is slow right after browser start).
  const packs = usePacksInUse();
  const page = `${target?.id}|${target?.url}`;
  const [savedFor, setSaved] = useState<{ page: string; ok: boolean; name?: string } | null>(null);
  const saved = savedFor?.page === page ? savedFor : null;
  const save = async () => {
    if (!target) return;
    const result = await reportOfTab(target.id);
    if (!result.ok) return setSaved({ page, ok: false });
    const name = reportFileName(result.value, new Date());
    offerDownload([new TextEncoder().encode(JSON.stringify(result.value, null, 1))], name, 'application/json');
    setSaved({ page, ok: true, name });
  };
  let body;
  if (target === null) body = <p className="muted">{t('health.noTab')}</p>;
  else if (target === undefined || health === undefined || (health.ok && packs === undefined)) body = <p className="muted">{t('health.checking')}</p>;
  else if (!health.ok) body = <p className="muted">{t('health.notAllowed')}</p>;
  else body = <HealthText t={t} health={health.value} packs={packs ?? []} />;
  return (
    <section className="page-health" aria-labelledby="page-health-heading">
      <h2 id="page-health-heading">{t('health.heading')}</h2>
      <div role="status">{body}</div>
      {health?.ok ? (
        <p>
          <button type="button" onClick={() => void save()}>
            {t('health.saveReport')}
          </button>
        </p>
      ) : null}
      {saved ? (
        <p role="status" className={saved.ok ? 'tone-ok' : 'tone-warn'}>
          {saved.ok ? t('health.reportSaved', { name: saved.name ?? '' }) : t('health.reportFailed')}
        </p>
      ) : null}
    </section>
  );
}
