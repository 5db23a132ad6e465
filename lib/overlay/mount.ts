import { toolbarTranslator } from '../i18n/toolbar';
import type { Adapter } from '../platforms';
import { readLanguage, watchLanguage } from '../settings/language';
import { readRemovalCapture, watchRemovalCapture } from '../settings/removal-capture';
import { createActivityReporter } from './activity-report';
import { CaptureClient } from './capture-client';
import { Decorator } from './decorator';
import { RemovalWatch } from './removal-watch';
import { Toolbars } from './toolbars';
import { TriageClient } from './triage-client';

/** What the content script's other parts may ask of a mounted overlay, by direct call. */
export interface MountedOverlay {
  /** Captures the item whose toolbar `host` is (the keyboard shortcut); false if it is none of ours. */
  captureFor(host: Element): boolean;
  /** Captures a stored item again as its next version ("Ta skärmbild nu"); null if no toolbar shows it. */
  captureStored: Toolbars['captureStored'];
}

/**
 * Starts the overlay for one adapter: the decorator, the capture client and a toolbar per
 * decorated item. The guide panel (React) is not loaded here; a toolbar asks for it when a
 * guide is first opened. Everything is removed when `signal` aborts.
 */
export function mountOverlay(adapter: Adapter, signal: AbortSignal): MountedOverlay {
  const client = new CaptureClient(adapter, signal);
  // Swedish until storage answers (the default); relabelled if the user chose English.
  let translate = toolbarTranslator('sv');
  const toolbars = new Toolbars(adapter, client, translate);
  // Issue 6: the newest comment time seen on the page, for the channel register's "last activity".
  const activity = createActivityReporter({ signal, owners: adapter }).observe;
  // Issue 20: every item read is triaged in the background; its state shows in its room.
  const triage: TriageClient = new TriageClient(adapter, signal, (item: Element): boolean => {
    item.scrollIntoView({ block: 'center' });
    // Called only later, from the side panel: the decorator exists by then.
    return decorator.decorateNow(item) && toolbars.focusItem(item);
  }, () => client.whenQuiet());
  toolbars.triageOf = (item) => triage.stateOf(item);
  triage.onState((item, state) => toolbars.setTriage(item, state));
  const decorator: Decorator = new Decorator(adapter, document, signal, {
    decorated: (item, reading) => {
      activity(item, reading);
      triage.observe(item, reading);
    },
    waiting: triage.notDecorated,
  });
  const unsubscribe = decorator.subscribe(() => toolbars.update(decorator.getSnapshot()));
  toolbars.update(decorator.getSnapshot());
  const relabel = (language: 'sv' | 'en') => {
    translate = toolbarTranslator(language);
    toolbars.setTranslate(translate);
  };
  // Issue 24: capture on removal, where the adapter knows the site's comment menu.
  const removal = adapter.removal;
  const watch = removal && new RemovalWatch(adapter, removal, client, () => translate, signal);
  // Settings are asked for a task later: asked while the content script is evaluated, at
  // document_start, storage's first answer cost that evaluation 9 ms more on YouTube's watch
  // page (bench: 21 → 12 ms). Meanwhile the toolbars are in Swedish and removal capture on, the defaults.
  const settings = setTimeout(() => {
    void readLanguage().then((language) => {
      if (!signal.aborted && language !== 'sv') relabel(language);
    });
    watchLanguage(relabel, signal);
    if (!watch) return;
    void readRemovalCapture().then((on) => watch.setEnabled(on));
    watchRemovalCapture((on) => watch.setEnabled(on), signal);
  }, 0);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(settings);
      unsubscribe();
      toolbars.destroy();
    },
    { once: true },
  );
  return { captureFor: (host) => !signal.aborted && toolbars.captureFor(host), captureStored: (item) => (signal.aborted ? Promise.resolve(null) : toolbars.captureStored(item)) };
}
