/**
 * The page side of a full-page screenshot, run in the tab with browser.scripting.executeScript
 * (isolated world). executeScript serialises the function, so it must not use anything from
 * outside its own body: helpers are declared inside. State between calls (the elements hidden
 * and their previous inline style) lives on the isolated world's globalThis, which persists
 * between injections into the same document and is invisible to the page's own scripts.
 */
export interface PageMetrics {
  url: string;
  title: string;
  scrollY: number;
  scrollHeight: number;
  scrollWidth: number;
  clientWidth: number;
  clientHeight: number;
  innerWidth: number;
  innerHeight: number;
  devicePixelRatio: number;
  hidden: number;
}

export type PageStep = 'prepare' | 'scroll' | 'restore';

/**
 * `ownTags`: our own elements that draw something (toolbars, the guide panel, messages): hidden
 * from the first step to the restore, looked for again after every scroll (toolbars are drawn as
 * their comments come into view), so the picture shows the page as the public sees it.
 */
export async function pageStep(step: PageStep, y: number, hideFixed: boolean, ownTags: readonly string[] = []): Promise<PageMetrics> {
  type Saved = { el: HTMLElement; value: string; priority: string; hadAttribute: boolean };
  type State = { x: number; y: number; hidden: Saved[]; seen: WeakSet<Element>; behavior: Saved };
  const g = globalThis as unknown as { __kvPageCapture?: State };
  const root = (document.scrollingElement ?? document.documentElement) as HTMLElement;

  const hide = (el: HTMLElement, state: State) => {
    if (state.seen.has(el)) return;
    state.seen.add(el);
    state.hidden.push({ el, value: el.style.getPropertyValue('visibility'), priority: el.style.getPropertyPriority('visibility'), hadAttribute: el.hasAttribute('style') });
    el.style.setProperty('visibility', 'hidden', 'important');
  };
  const restoreStyle = (s: Saved, prop: string) => {
    if (s.value) s.el.style.setProperty(prop, s.value, s.priority);
    else s.el.style.removeProperty(prop);
    // Exactly as it was: no empty style attribute left on an element that had none.
    if (!s.hadAttribute && s.el.getAttribute('style') === '') s.el.removeAttribute('style');
  };
  /** Our own elements, not part of the page the public sees; true when one was newly hidden. */
  const hideOwn = (state: State): boolean => {
    let any = false;
    for (const tag of ownTags) {
      for (const el of Array.from(document.getElementsByTagName(tag))) {
        if (el instanceof HTMLElement && !state.seen.has(el)) {
          hide(el, state);
          any = true;
        }
      }
    }
    return any;
  };
  // After a scroll, the frame that shows it must have been drawn before the window is shot. The
  // second frame callback after it can run while that frame is still being rastered (a 2x
  // screen, software raster, a busy machine: page-screenshot.e2e saw a slice of another
  // position about one run in five); Chromium starts a third frame only once the frame before
  // the second is committed, which waits for the scrolled one to be activated. A hidden tab has
  // no frames, so there a timeout ends the wait; in a visible one it is a last resort.
  const painted = () =>
    new Promise<void>((resolve) => {
      let left = 3;
      const timer = setTimeout(resolve, document.visibilityState === 'hidden' ? 200 : 5_000);
      const frame = () => {
        if (--left > 0) requestAnimationFrame(frame);
        else setTimeout(() => (clearTimeout(timer), resolve()), 0);
      };
      requestAnimationFrame(frame);
    });
  const metrics = (): PageMetrics => ({
    url: location.href,
    title: document.title,
    scrollY: Math.round(scrollY),
    scrollHeight: root.scrollHeight,
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    clientHeight: root.clientHeight,
    innerWidth,
    innerHeight,
    devicePixelRatio,
    hidden: g.__kvPageCapture?.hidden.length ?? 0,
  });

  if (step === 'prepare') {
    const html = document.documentElement;
    const state: State = {
      x: scrollX,
      y: scrollY,
      hidden: [],
      seen: new WeakSet(),
      behavior: { el: html, value: html.style.getPropertyValue('scroll-behavior'), priority: html.style.getPropertyPriority('scroll-behavior'), hadAttribute: html.hasAttribute('style') },
    };
    g.__kvPageCapture = state;
    // Smooth scrolling would make scrollTo asynchronous and the slices land between positions.
    html.style.setProperty('scroll-behavior', 'auto', 'important');
    hideOwn(state);
    scrollTo(0, 0);
    await painted();
    return metrics();
  }
  const state = g.__kvPageCapture;
  if (step === 'restore') {
    if (state) {
      for (const s of state.hidden.reverse()) restoreStyle(s, 'visibility');
      restoreStyle(state.behavior, 'scroll-behavior');
      scrollTo(state.x, state.y);
      delete g.__kvPageCapture;
    }
    return metrics();
  }
  scrollTo(0, y);
  await painted();
  // Toolbars drawn for the comments that just came into view.
  if (state && hideOwn(state)) await painted();
  if (state) {
    // Scanned after every scroll: some headers turn fixed only once the page has scrolled. Where
    // fixed bars are kept (the first slice, for the header in its own place), a bar stuck to the
    // window's bottom (a writing box, a cookie bar) still goes: there it lies over the page's
    // content, which the archive must show.
    let found = false;
    const bottom = root.clientHeight;
    for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
      if (!(el instanceof HTMLElement) || state.seen.has(el)) continue;
      const style = getComputedStyle(el);
      if ((style.position !== 'fixed' && style.position !== 'sticky') || style.visibility === 'hidden') continue;
      if (!hideFixed) {
        const box = el.getBoundingClientRect();
        if (!(box.height > 0 && box.top > 0 && box.bottom >= bottom - 1)) continue;
      }
      hide(el, state);
      found = true;
    }
    if (found) await painted();
  }
  return metrics();
}
