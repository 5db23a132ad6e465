import type { ReactNode } from 'react';

/**
 * A button that, while disabled, says why beside it (and to screen readers, through
 * aria-describedby): a greyed-out button alone leaves the user guessing.
 */
export function ButtonWithReason({ id, why, children, ...button }: { id: string; why: string | undefined; children: ReactNode } & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'children' | 'id'>) {
  return (
    <>
      <button {...button} disabled={why !== undefined} aria-describedby={why !== undefined ? id : undefined}>
        {children}
      </button>
      {why !== undefined ? (
        <span id={id} className="muted why">
          {why}
        </span>
      ) : null}
    </>
  );
}
