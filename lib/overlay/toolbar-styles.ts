/** Styles for each toolbar's shadow root: the site's CSS cannot reach in, ours cannot leak out. */
export const toolbarCss = `
:host { all: initial; display: block; }
.kv-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 4px 0 6px 40px;
  font: 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1c1e21; }
button { font: inherit; padding: 3px 10px; border-radius: 6px; border: 1px solid #6b6f76; background: #fff; color: #1c1e21; cursor: pointer; }
button:hover { background: #eef3ff; }
button:focus-visible { outline: 3px solid #1a56db; outline-offset: 1px; }
button[aria-busy="true"] { cursor: progress; opacity: .8; }
.kv-status { color: #1c1e21; }
.kv-status[data-tone="ok"] { color: #0b6b2f; }
.kv-status[data-tone="warn"] { color: #8a4b00; }
.kv-status[data-tone="error"] { color: #b00020; font-weight: 600; }
`;
