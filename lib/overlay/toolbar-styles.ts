/**
 * The room a toolbar takes in the page (4 + 25 + 6 px: margins and one row of buttons). The
 * overlay reserves it beside an item before the page is first laid out, and the toolbar drawn
 * into it later is exactly as tall, so nothing on the page moves (issue 3: a toolbar that moved
 * the items below it made the browser re-walk the whole page of 2,000 comments). Set inline on
 * our own elements, where the page's style sheets cannot override it with a rule.
 *
 * Contained (size and layout) at a fixed height, the room is where the browser's relayout stops:
 * drawing a toolbar into it lays out the toolbar only, not the page's lists around it (issue 3,
 * 100 appended comments: Instagram's flex lists took 35 ms to lay out again for their toolbars).
 * Layout containment also keeps the toolbar's margins inside (collapsed through, they moved the
 * page by 4 px).
 */
export const RESERVED_STYLE = 'display:block;contain:size layout;height:35px';

/**
 * The same room once its toolbar has something to say (a status line that may wrap, the guide
 * panel): it grows with the toolbar. Only on the user's action, so only then does the page move.
 */
export const GROWN_STYLE = 'display:flow-root;min-height:35px';

/** Styles for each toolbar's shadow root: the site's CSS cannot reach in, ours cannot leak out. */
export const toolbarCss = `
:host { all: initial; display: block; }
.kv-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 4px 0 6px 40px; min-height: 25px;
  font: 13px/17px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1c1e21; }
button { font: inherit; box-sizing: border-box; height: 25px; padding: 3px 10px; border-radius: 6px; border: 1px solid #6b6f76; background: #fff; color: #1c1e21; cursor: pointer; }
button:hover { background: #eef3ff; }
button:focus-visible { outline: 3px solid #1a56db; outline-offset: 1px; }
button[aria-busy="true"] { cursor: progress; opacity: .8; }
/* One line, in words; the room keeps its height (the whole text is the element's name and title). */
.kv-triage { flex: 1 1 0; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: #1c1e21; }
.kv-triage[data-needs="remove"], .kv-triage[data-needs="overdue"] { color: #b00020; font-weight: 600; }
.kv-triage[data-needs="answer"] { color: #8a4b00; font-weight: 600; }
.kv-triage:empty { display: none; }
.kv-status { color: #1c1e21; }
.kv-status[data-tone="ok"] { color: #0b6b2f; }
.kv-status[data-tone="warn"] { color: #8a4b00; }
.kv-status[data-tone="error"] { color: #b00020; font-weight: 600; }
`;
