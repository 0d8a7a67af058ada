import { useState } from 'react';
import { Notice } from '@quartiers/ui-kit';

const ACCEPTED = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_BYTES = 1024 * 1024;

interface Props {
  code: string;
  logoUrl: string | null;
  /** Told once the server stored the logo, so the page reads the new one. */
  onUploaded: () => void;
}

/** The territory's logo, sent as soon as it is chosen; the server re-encodes it to a PNG of 256 px. */
export function LogoUpload({ code, logoUrl, onUploaded }: Props) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: string | null }>({
    busy: false,
    message: null,
    error: null,
  });
  async function upload(file: File) {
    // Checked here too, so a wrong file is told at once; the server decides.
    if (!ACCEPTED.includes(file.type)) {
      setState({ busy: false, message: null, error: 'Le logo doit être une image PNG, JPEG ou WebP.' });
      return;
    }
    if (file.size > MAX_BYTES) {
      setState({ busy: false, message: null, error: 'Image trop volumineuse (1 Mo au plus).' });
      return;
    }
    setState({ busy: true, message: null, error: null });
    try {
      const res = await fetch(`/uploads/${encodeURIComponent(code)}/logo`, {
        method: 'PUT',
        headers: { 'content-type': file.type },
        body: file,
      });
      const answer = (await res.json().catch(() => ({}))) as { error?: string };
      if (res.ok) onUploaded();
      setState(
        res.ok
          ? { busy: false, message: 'Logo enregistré : le portail l’affiche.', error: null }
          : { busy: false, message: null, error: answer.error ?? 'Envoi impossible.' },
      );
    } catch {
      setState({ busy: false, message: null, error: 'Le serveur ne répond pas. Réessayez.' });
    }
  }
  return (
    <div className="inline-form">
      <h2>Logo</h2>
      <div className="field">
        <label htmlFor="territory-logo">Logo (PNG, JPEG ou WebP, 1 Mo au plus)</label>
        <span className="hint">
          Affiché dans le bandeau du portail, à côté du nom ; ses métadonnées (lieu de prise de vue…) sont retirées.
        </span>
        {logoUrl ? (
          <img className="logo-preview" src={logoUrl} alt="Logo actuel du territoire" width={96} height={96} />
        ) : (
          <span className="hint">Aucun logo : le portail affiche les initiales du territoire.</span>
        )}
        <input
          id="territory-logo"
          type="file"
          accept={ACCEPTED.join(',')}
          disabled={state.busy}
          aria-busy={state.busy}
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
    </div>
  );
}
