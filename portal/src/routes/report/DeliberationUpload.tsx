import { useState } from 'react';
import { Notice } from '@quartiers/ui-kit';

interface Props {
  url: string;
  current: { filename: string; url: string } | null;
  /** Told the stored file's name, so the avis summary names the deliberation actually on file. */
  onUploaded: (filename: string) => void;
}

/** The deliberation as a PDF (5 MB at most), sent as soon as it is chosen. */
export function DeliberationUpload({ url, current, onUploaded }: Props) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: string | null }>({
    busy: false,
    message: null,
    error: null,
  });
  async function upload(file: File) {
    setState({ busy: true, message: null, error: null });
    try {
      const res = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/pdf', 'x-filename': file.name },
        body: file,
      });
      const answer = (await res.json().catch(() => ({}))) as { error?: string; filename?: string };
      if (res.ok && answer.filename) onUploaded(answer.filename);
      setState(
        res.ok
          ? { busy: false, message: `Délibération « ${answer.filename} » déposée.`, error: null }
          : { busy: false, message: null, error: answer.error ?? 'Envoi impossible.' },
      );
    } catch {
      setState({ busy: false, message: null, error: 'Le serveur ne répond pas. Réessayez.' });
    }
  }
  return (
    <div className="field">
      <label htmlFor="deliberation-file">Délibération (PDF, 5 Mo au plus, facultatif)</label>
      {current && (
        <span className="hint">
          Déposée : <a href={current.url}>{current.filename}</a>
        </span>
      )}
      <input
        id="deliberation-file"
        type="file"
        accept="application/pdf"
        disabled={state.busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void upload(file);
        }}
      />
      {state.busy && <span role="status">Envoi en cours…</span>}
      {state.message && <Notice>{state.message}</Notice>}
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
