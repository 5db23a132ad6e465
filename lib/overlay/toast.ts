/**
 * A short message at the bottom of the page, for captures made without a toolbar (selection,
 * keyboard shortcut): in its own shadow root, text only, announced politely, gone after a while.
 */
export function showToast(message: string, tone: 'ok' | 'warn' | 'error' = 'ok'): void {
  const host = document.createElement('kommentarsvakt-toast');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `div { position: fixed; z-index: 2147483647; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: 560px;
    padding: 10px 16px; border-radius: 8px; font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #1c1e21; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
    div[data-tone="warn"] { background: #7a4300; } div[data-tone="error"] { background: #9b0019; }`;
  const box = document.createElement('div');
  box.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  box.dataset.tone = tone;
  box.textContent = message;
  root.append(style, box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 8000);
}
