import { useEffect, useRef } from 'react';
import type { EditConflict } from '@quartiers/ui-kit';

/**
 * Someone saved the row since the page loaded it: the server's message says who changed what and when;
 * nothing was written. Focused when it appears; the form below keeps what the person typed until
 * they reload.
 */
export function ConflictNotice({
  conflict,
  reloadLabel,
  onReload,
  busy,
}: {
  conflict: EditConflict;
  reloadLabel: string;
  onReload: () => void;
  busy: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [conflict]);
  return (
    <div className="conflict" role="alert" tabIndex={-1} ref={ref}>
      <p>{conflict.message}</p>
      <p>Vos saisies restent dans le formulaire ; rechargez pour partir de la dernière version, puis reportez-les.</p>
      <p>
        <button type="button" onClick={onReload} disabled={busy}>
          {reloadLabel}
        </button>
      </p>
    </div>
  );
}
