import { useEffect, useId, useRef } from 'react';

/**
 * A modal confirmation: the native <dialog> opened with showModal(), so focus moves into it,
 * stays there, and Escape cancels; the browser gives it the dialog role and makes the page
 * behind it inert.
 */
export function ConfirmDialog({ heading, text, yes, no, onYes, onNo }: { heading: string; text: string; yes: string; no: string; onYes: () => void; onNo: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        onNo();
      }}
    >
      <h2 id={headingId}>{heading}</h2>
      <p id={textId}>{text}</p>
      <div className="row">
        <button type="button" className="primary" onClick={onYes}>
          {yes}
        </button>
        <button type="button" onClick={onNo} autoFocus>
          {no}
        </button>
      </div>
    </dialog>
  );
}
