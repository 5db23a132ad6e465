/** Styles for the guide panel, inside each toolbar's shadow root (the site's CSS cannot reach in). */
export const guidePanelCss = `
.kv-panel { margin: 0 0 8px 40px; padding: 8px 12px; max-width: 640px; border: 1px solid #6b6f76; border-radius: 8px;
  background: #fff; color: #1c1e21; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.kv-panel h3 { font-size: 13px; margin: 8px 0 4px; }
.kv-panel h4 { font-size: 13px; margin: 6px 0 2px; font-weight: 600; }
.kv-block { margin: 6px 0; }
.kv-suggested { margin: 0 0 4px; font-weight: 600; }
.kv-reasons, .kv-removal { margin: 2px 0 6px; padding-left: 18px; }
.kv-flags { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0 0 6px; padding: 0; }
.kv-flags li { border: 1px solid #8a4b00; color: #8a4b00; border-radius: 10px; padding: 0 8px; }
.kv-label { display: block; font-weight: 600; margin: 4px 0 2px; }
.kv-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
select, input { font: inherit; color: #1c1e21; background: #fff; border: 1px solid #6b6f76; border-radius: 4px; padding: 2px 4px; }
select:focus-visible, input:focus-visible { outline: 3px solid #1a56db; outline-offset: 1px; }
.kv-steps { margin: 0; }
.kv-steps > div { display: grid; grid-template-columns: 9em 1fr; gap: 8px; margin: 2px 0; }
.kv-steps dt { font-weight: 600; }
.kv-steps dd { margin: 0; }
.kv-note { border-left: 3px solid #1a56db; padding-left: 6px; }
.kv-flow { border: 1px solid #d0d4da; border-radius: 6px; padding: 4px 8px; }
.kv-flow legend { font-weight: 600; }
.kv-flow ol { margin: 0; padding-left: 18px; }
.kv-muted { color: #4b4f56; margin: 0 0 4px; }
.kv-templates { list-style: none; margin: 0; padding: 0; }
.kv-templates li { border-top: 1px solid #d0d4da; padding: 4px 0; }
.kv-reply { white-space: pre-wrap; overflow-wrap: anywhere; margin: 2px 0 4px; background: #f6f7f9; padding: 4px 6px; }
.kv-missing { color: #b00020; margin: 2px 0; }
.kv-templates .kv-status { margin: 4px 0 0; }
.kv-status[data-tone="busy"] { color: #4b4f56; }
.kv-status[data-tone="ok"] { color: #0b6b2f; }
.kv-status[data-tone="warn"] { color: #8a4b00; }
.kv-status[data-tone="error"] { color: #b00020; font-weight: 600; }
button[aria-busy="true"] { cursor: progress; }
.kv-deadline { margin: 4px 0; }
.kv-deadline[data-status="overdue"] { color: #b00020; }
.kv-overdue { color: #b00020; }
`;
