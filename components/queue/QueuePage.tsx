import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../lib/records/db';
import { recordMatcher, type RecordFilter } from '../../lib/records/query';
import { useSettings } from '../common/useSettings';
import { BulkBar } from './BulkBar';
import { FolderPanel } from './FolderPanel';
import { QueueFilters } from './QueueFilters';
import { QueueCards } from './QueueCards';
import { QueueList } from './QueueList';
import { RecordActions } from './RecordActions';
import { RecordDetail } from './RecordDetail';
import { JournalBehindNotice } from './JournalBehindNotice';
import { JournalRestoreNotice } from './JournalRestoreNotice';
import { StoreLossNotice, useStoreLoss } from './StoreLossNotice';
import { useActor } from './useActor';

// The export (pdf-lib, mimetext, fflate) and the tools load on first use, so opening the queue
// parses only what the list needs.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));
const ToolsPage = lazy(() => import('./ToolsPage').then((m) => ({ default: m.ToolsPage })));
const ChannelsPage = lazy(() => import('../channels/ChannelsPage').then((m) => ({ default: m.ChannelsPage })));

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/**
 * The queue, as a full page or in the side panel (`variant`): records newest first, read live
 * from the store, filtered and searched; #/record/ID shows one record, #/tools the tools.
 */
export function QueuePage({ variant = 'page' }: { variant?: 'page' | 'panel' }) {
  const { t, settings } = useSettings();
  const actor = useActor(settings);
  const [filter, setFilter] = useState<RecordFilter>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [exporting, setExporting] = useState(false);
  // All records are read once (never their screenshots) and again only when the store changes;
  // filters and search then run in memory, deferred so typing stays responsive at 10,000 rows.
  const all = useLiveQuery(() => getDb().records.orderBy('capturedAt').reverse().toArray(), []);
  const deferredFilter = useDeferredValue(filter);
  const records = useMemo(() => all?.filter(recordMatcher(deferredFilter, new Date())), [all, deferredFilter]);
  const total = all?.length;
  const hash = useHash();
  // Issue 7: after a loss the empty queue must not read as "nothing captured yet".
  const loss = useStoreLoss();
  const selectedId = /^#\/record\/([\w-]+)$/.exec(hash)?.[1];
  const tools = hash === '#/tools';
  const channels = hash === '#/channels';
  const record = useLiveQuery(() => (selectedId ? getDb().records.get(selectedId) : undefined), [selectedId]);
  const shownIds = useMemo(() => records?.map((r) => r.id) ?? [], [records]);
  const onSelect = useCallback((id: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // Each view is titled as what it shows: the channel register is not "Fångade poster".
  const heading = channels ? t('channels.nav') : t('queue.heading');
  useEffect(() => {
    document.documentElement.lang = settings.language;
    document.title = variant === 'panel' ? t('queue.panel.title') : channels ? t('queue.titleOf', { view: heading }) : t('queue.title');
  }, [settings.language, t, variant, channels, heading]);

  const countText = total === undefined ? '' : t('queue.count', { count: total });
  return (
    <div className={`queue queue-${variant}`}>
      <header className="page">
        <h1>{heading}</h1>
        <span className="muted" role="status">
          {countText}
        </span>
        <nav aria-label={t('queue.nav.label')} className="row">
          <a href="#/" aria-current={!selectedId && !tools && !channels ? 'page' : undefined}>
            {t('queue.nav.list')}
          </a>
          <a href="#/tools" aria-current={tools ? 'page' : undefined}>
            {t('queue.nav.tools')}
          </a>
          <a href="#/channels" aria-current={channels ? 'page' : undefined}>
            {t('channels.nav')}
          </a>
          {variant === 'panel' ? (
            <a href={browser.runtime.getURL('/queue.html')} target="_blank" rel="noopener">
              {t('queue.nav.fullPage')}
            </a>
          ) : null}
          <a href={browser.runtime.getURL('/options.html')} target={variant === 'panel' ? '_blank' : undefined} rel="noopener">
            {t('queue.settings')}
          </a>
        </nav>
      </header>
      <main>
        <StoreLossNotice t={t} />
        <FolderPanel t={t} />
        <JournalRestoreNotice t={t} />
        <JournalBehindNotice t={t} />
        {selectedId ? (
          <>
            <p>
              <a href="#/">{t('queue.back')}</a>
            </p>
            {record ? (
              <>
                <RecordDetail record={record} t={t} />
                <RecordActions key={record.id} record={record} t={t} lang={settings.language} profile={settings.profile} actor={actor} />
              </>
            ) : record === undefined && records ? (
              <p>{t('queue.detail.notFound')}</p>
            ) : null}
          </>
        ) : channels ? (
          <Suspense fallback={<p>{t('queue.loading')}</p>}>
            <ChannelsPage t={t} profile={settings.profile} />
          </Suspense>
        ) : tools ? (
          <Suspense fallback={<p>{t('queue.loading')}</p>}>
            <ToolsPage t={t} actor={actor} />
          </Suspense>
        ) : total === 0 ? (
          loss ? null : <p>{t('queue.empty')}</p>
        ) : (
          <>
            <QueueFilters filter={filter} onChange={setFilter} t={t} />
            <BulkBar shownIds={shownIds} selected={selected} setSelected={setSelected} t={t} actor={actor} onExport={() => setExporting(true)} />
            <p className="muted" aria-live="polite" data-matching={records?.length ?? ''}>
              {records ? (records.length === 0 ? t('queue.noMatch') : t('queue.matching', { count: records.length, total: total ?? records.length })) : t('queue.loading')}
            </p>
            {records && records.length > 0 ? (
              variant === 'panel' ? (
                <QueueCards records={records} selected={selected} onSelect={onSelect} t={t} caption={t('queue.heading')} />
              ) : (
                <QueueList records={records} selected={selected} onSelect={onSelect} t={t} caption={t('queue.heading')} />
              )
            ) : null}
          </>
        )}
      </main>
      {exporting ? (
        <Suspense fallback={null}>
          <ExportDialog ids={[...selected]} t={t} profile={settings.profile} actor={actor} onClose={() => setExporting(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
