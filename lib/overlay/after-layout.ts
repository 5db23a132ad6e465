/**
 * Runs work once the browser has laid out the coming frame, before it paints: a
 * ResizeObserver's first report of an element comes at that point of the frame. Boxes read then
 * cost no layout of their own (the frame's is done), and what the work changes is laid out and
 * painted in the same frame. Read from a frame callback instead, the first box forced the page's
 * whole layout inside our call (bench, YouTube's 2,000 comments: 12–18 ms at load, the page's own
 * first layout, in a long task counted as ours); waiting for an IntersectionObserver would cost a
 * whole extra frame (./in-view.ts).
 */
export class AfterLayout {
  private jobs: (() => void)[] = [];
  private readonly ro: ResizeObserver;

  /** `target`: an element the page always lays out (the document's root: its width is the view's). */
  constructor(private readonly target: () => Element | null) {
    this.ro = new ResizeObserver(() => this.run());
  }

  schedule(job: () => void): void {
    this.jobs.push(job);
    if (this.jobs.length > 1) return;
    const el = this.target();
    // Nothing laid out yet to wait for: at once, as a frame callback would have.
    if (!el) this.run();
    // A new observation is always reported once, after the next layout.
    else this.ro.observe(el);
  }

  private run(): void {
    this.ro.disconnect();
    const jobs = this.jobs;
    this.jobs = [];
    for (const job of jobs) job();
  }

  destroy(): void {
    this.ro.disconnect();
    this.jobs = [];
  }
}
