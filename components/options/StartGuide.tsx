import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import { hasScreenshotPermission } from '../../lib/settings/screenshot-permission';
import { useRegistrar } from '../queue/useRegistrar';
import { useStored } from '../common/useStored';
import { EMPTY_START, getStartState, saveStartState, START_STEPS, watchStartState, type StartStep } from './start-state';

/** Whether the screenshot permission is held, live (granted or removed in any page). */
function useScreenshotPermission(): boolean | undefined {
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    const check = () => void hasScreenshotPermission().then(setGranted);
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return granted;
}

/** Where each step is done: the section of this page that stays there after the start. */
const SECTION: Record<StartStep, string> = { profile: '#profile', screenshots: '#screenshots', registrar: '#registrar' };

/**
 * "Kom igång" on first install (the background opens this page then): the profile, the
 * screenshot permission with its reason, and the registrar's address, each done in its own
 * section below or skipped. Closed, it is found again through the page header.
 */
export function StartGuide({ settings, t }: { settings: Settings; t: Translate }) {
  const { value: state, loaded } = useStored(EMPTY_START, getStartState, watchStartState);
  const granted = useScreenshotPermission();
  const registrar = useRegistrar();
  const done: Record<StartStep, boolean> = {
    profile: settings.profile.name.trim() !== '',
    screenshots: granted === true,
    registrar: registrar.registrarEmail !== '',
  };
  if (!loaded || state.closed) return null;
  const skip = (step: StartStep) => void saveStartState({ ...state, skipped: [...new Set([...state.skipped, step])] });
  const allSettled = START_STEPS.every((s) => done[s] || state.skipped.includes(s));
  return (
    <section className="card start" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('start.heading')}</h2>
      <p>{t('start.intro')}</p>
      <ol className="start-steps">
        {START_STEPS.map((step) => {
          const status = done[step] ? 'done' : state.skipped.includes(step) ? 'skipped' : 'todo';
          return (
            <li key={step} data-step={step} data-state={status}>
              <div className="start-step-head">
                <strong>{t(`start.${step}.title`)}</strong>
                <span className={status === 'done' ? 'tone-ok' : 'muted'}>{t(`start.state.${status}`)}</span>
              </div>
              <p className="muted">{t(`start.${step}.why`)}</p>
              {status === 'done' ? null : (
                <div className="row">
                  <a href={SECTION[step]}>{t(`start.${step}.go`)}</a>
                  {status === 'todo' ? (
                    <button type="button" onClick={() => skip(step)}>
                      {t(`start.${step}.skip`)}
                    </button>
                  ) : null}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p className="muted">{t('start.later')}</p>
      <button type="button" className={allSettled ? 'primary' : ''} onClick={() => void saveStartState({ ...state, closed: true })}>
        {t(allSettled ? 'start.finish' : 'start.close')}
      </button>
    </section>
  );
}

/** The header's way back to "Kom igång" once it is closed. */
export function ShowStartGuide({ t }: { t: Translate }) {
  const { value: state, loaded } = useStored(EMPTY_START, getStartState, watchStartState);
  if (!loaded || !state.closed) return null;
  return (
    <button type="button" onClick={() => void saveStartState({ skipped: [], closed: false })}>
      {t('start.show')}
    </button>
  );
}
