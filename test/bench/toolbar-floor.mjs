// What the browser alone spends laying out toolbars (the floor for issue 17's budget on the
// style and layout of 100 appended comments' toolbars): on a site's 2,000-comment page without the extension,
// appends 100 comments, adds to each of them, before the first layout, what the overlay would
// add (none; the room; the room and an empty shadow host; the whole toolbar; the whole toolbar
// and then, in a second pass, triage's state in words in every one of them, as the background's
// answer comes after the frame that drew the toolbars), then forces style and layout and times it. The toolbar is built as lib/overlay/toolbar.ts builds it, with the
// shipped CSS and room style read from lib/overlay/toolbar-styles.ts. No script of ours runs:
// the difference from "none" is the floor for toolbars of this shape, whatever our script costs.
//   node test/bench/toolbar-floor.mjs youtube 9
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, projectRoot } from '../support/browser.mjs';
import { SITES, settle } from './overlay.mjs';
import { summary } from './stats.mjs';
import { readTrace, traced } from './trace-ours.mjs';
import { scratchTmpdir } from '../support/scratch.mjs';

export const VARIANTS = ['none', 'room', 'host', 'toolbar', 'state'];

/**
 * The browser's own style and layout for the appended items, per variant (median of `runs`),
 * and what each adds to 'none'. ours.mjs uses it for the floor of the same run.
 */
export async function toolbarFloor(siteName, runs = 7, variants = VARIANTS) {
  const spec = SITES[siteName];
  if (!spec) throw new Error(`Unknown site ${siteName}; known: ${Object.keys(SITES).join(', ')}`);
  const { css, room } = toolbarStyles();
  const html = spec.html();
  const b = await launch({ extension: false, pages: { [spec.url]: () => html } });
  const times = Object.fromEntries(variants.map((v) => [v, []]));
  const wall = Object.fromEntries(variants.map((v) => [v, []]));
  let count = 0;
  try {
    for (let run = 0; run < runs; run++) {
      for (const variant of run % 2 ? [...variants].reverse() : variants) {
        const page = await b.context.newPage();
        const session = await b.context.newCDPSession(page);
        await page.goto(spec.url, { waitUntil: 'load' });
        await page.evaluate(settle);
        let result;
        // The layout's thread CPU from the trace (what ours.mjs compares with), beside its wall time.
        const events = await traced(session, async () => (result = await page.evaluate(
          ([append, variant, css, roomStyle]) => {
            window.scrollTo(0, document.body.scrollHeight);
            void document.body.offsetHeight;
            const before = new Set(document.body.getElementsByTagName('*'));
            // eslint-disable-next-line no-eval
            (0, eval)(`(${append})()`);
            const added = [...document.body.getElementsByTagName('*')].filter((el) => !before.has(el));
            // One toolbar per appended item: the elements the adapters find (a comment's outermost element).
            const items = added.filter((el) => el.matches('div[role="article"], ytd-comment-view-model, ytcp-comment, a[href*="/c/"] > time'));
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            if (variant !== 'none') {
              for (const item of items) {
                const r = document.createElement('kommentarsvakt-slot');
                r.setAttribute('style', roomStyle);
                // Instagram's row (lib/platforms/instagram/row.ts): the nearest ancestor of the
                // time link that holds the avatar.
                let row = item;
                if (item.localName === 'time') for (row = item.parentElement; row.parentElement && !row.querySelector('a[href] img'); row = row.parentElement);
                row.append(r);
                if (variant === 'room') continue;
                const host = document.createElement('kommentarsvakt-toolbar');
                r.append(host);
                const shadow = host.attachShadow({ mode: 'open' });
                shadow.adoptedStyleSheets = [sheet];
                if (variant === 'host') continue;
                // 'toolbar' and 'state' build the same toolbar.
                const bar = document.createElement('div');
                bar.className = 'kv-toolbar';
                bar.setAttribute('role', 'group');
                const capture = document.createElement('button');
                capture.textContent = 'Fånga';
                const guide = document.createElement('button');
                guide.textContent = 'Riktlinjer';
                const triage = document.createElement('span');
                triage.className = 'kv-triage';
                triage.dataset.needs = 'none';
                const status = document.createElement('span');
                status.className = 'kv-status';
                status.setAttribute('role', 'status');
                bar.append(capture, guide, triage, status);
                shadow.append(bar);
              }
            }
            const t0 = performance.now();
            void document.body.offsetHeight;
            if (variant === 'state') {
              // Every toolbar's state, as ItemToolbar.setTriage writes it (the overlay leaves a
              // label with nothing to say untouched; here all 100 get words).
              for (const host of document.querySelectorAll('kommentarsvakt-toolbar')) {
                const label = host.shadowRoot?.querySelector('.kv-triage');
                if (!label || label.textContent) continue;
                label.dataset.needs = 'answer';
                label.dataset.captured = 'false';
                label.textContent = 'Svara senast tis 10:15';
                label.setAttribute('role', 'note');
                label.setAttribute('aria-label', 'Triage: Svara senast tis 10:15');
                label.title = 'Svara senast tis 10:15';
              }
              void document.body.offsetHeight;
            }
            return { items: items.length, ms: performance.now() - t0 };
          },
          [spec.append.toString(), variant, css, room],
        )));
        count = result.items;
        times[variant].push(readTrace(events).styleLayoutCpuMs);
        wall[variant].push(result.ms);
        await page.close();
      }
    }
  } finally {
    await b.close();
  }
  const none = summary(times.none).median;
  const rows = Object.fromEntries(variants.map((v) => [v, { styleAndLayoutCpuMs: summary(times[v]).median, addedMs: Math.round((summary(times[v]).median - none) * 10) / 10, wallMs: summary(wall[v]).median }]));
  return { site: siteName, runs, itemsAppended: count, variants: rows };
}

/** The toolbar's CSS and the room's style, as the overlay ships them. */
function toolbarStyles() {
  const styles = readFileSync(join(projectRoot, 'lib/overlay/toolbar-styles.ts'), 'utf8');
  const css = /toolbarCss = `([^`]*)`/.exec(styles)?.[1];
  const room = /RESERVED_STYLE = '([^']*)'/.exec(styles)?.[1];
  if (!css || !room) throw new Error('toolbar-styles.ts no longer has toolbarCss and RESERVED_STYLE as this script reads them');
  return { css, room };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Browser profiles go in a folder of this run's own, removed when it ends.
  scratchTmpdir('kv-bench-');
  console.log(JSON.stringify(await toolbarFloor(process.argv[2] ?? 'youtube', Number(process.argv[3] ?? 7)), null, 2));
}
