import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../lib/records/db';
import { useSettings } from '../shared/useSettings';
import { RecordDetail } from './RecordDetail';
import { RecordRow } from './RecordRow';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** The queue: records newest first, read live from the store; #/record/ID shows one record. */
export function QueuePage() {
  const { t, settings } = useSettings();
  const records = useLiveQuery(() => getDb().records.orderBy('capturedAt').reverse().toArray(), []);
  const hash = useHash();
  const selectedId = /^#\/record\/([\w-]+)$/.exec(hash)?.[1];
  const selected = selectedId ? records?.find((r) => r.id === selectedId) : undefined;

  useEffect(() => {
    document.documentElement.lang = settings.language;
    document.title = t('queue.title');
  }, [settings.language, t]);

  return (
    <>
      <header className="page">
        <h1>{t('queue.heading')}</h1>
        <span className="muted" role="status">
          {records ? (records.length === 1 ? t('queue.count.one') : t('queue.count', { count: records.length })) : ''}
        </span>
        <a href={browser.runtime.getURL('/options.html')}>{t('queue.settings')}</a>
      </header>
      <main>
        {selectedId ? (
          <>
            <p>
              <a href="#/">{t('queue.back')}</a>
            </p>
            {selected ? <RecordDetail record={selected} t={t} /> : records ? <p>{t('queue.detail.notFound')}</p> : null}
          </>
        ) : records && records.length === 0 ? (
          <p>{t('queue.empty')}</p>
        ) : (
          <table className="records">
            <caption className="visually-hidden">{t('queue.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.column.screenshot')}</th>
                <th scope="col">{t('queue.column.author')}</th>
                <th scope="col">{t('queue.column.text')}</th>
                <th scope="col">{t('queue.column.times')}</th>
                <th scope="col">{t('queue.column.link')}</th>
              </tr>
            </thead>
            <tbody>{records?.map((record) => <RecordRow key={record.id} record={record} t={t} />)}</tbody>
          </table>
        )}
      </main>
    </>
  );
}
