import { useId, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Opens by itself when the page's address ends in #anchor (a link straight to the section). */
  anchor: string;
  children: ReactNode;
}

/**
 * A card whose heading is a disclosure button; the body is rendered only while open. The guide
 * and template editors are large, and the profile form above them stays the page's first task.
 */
export function CollapsibleSection({ title, anchor, children }: Props) {
  const [open, setOpen] = useState(() => location.hash === `#${anchor}`);
  const bodyId = useId();
  return (
    <section className="card" id={anchor} aria-label={title}>
      <h2>
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {title}
        </button>
      </h2>
      {open ? <div id={bodyId}>{children}</div> : null}
    </section>
  );
}
