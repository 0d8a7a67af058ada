import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal `<dialog>` asking to confirm a step that cannot be undone (or, `reversible`, a step with
 * visible consequences, such as publishing, that can be taken back later). Focus starts on « Annuler »,
 * stays inside the dialog (Tab cycles), and goes back to the control that opened it when the person
 * cancels (button or Escape); on confirmation, the caller moves focus to the outcome.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  reversible?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { open, onCancel } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
      cancel.current?.focus();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);

  const dismiss = () => {
    onCancel();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };
  const trapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={trapTab}
      onCancel={(e) => {
        e.preventDefault(); // Escape: closed by `open`, focus returned by `dismiss`
        dismiss();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <div id={textId}>
        {props.children}
        {!props.reversible && (
          <p>
            <strong>Cette étape est définitive : elle ne pourra pas être annulée.</strong>
          </p>
        )}
      </div>
      <p className="actions">
        <button type="button" ref={cancel} onClick={dismiss}>
          Annuler
        </button>{' '}
        <button type="button" className="primary" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </p>
    </dialog>
  );
}
