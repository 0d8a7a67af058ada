import { useRef, useState } from 'react';
import { FieldMessage, Notice, describedBy } from '@quartiers/ui-kit';

const TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_BYTES = 5 * 1024 * 1024;

type Upload =
  | { phase: 'idle' }
  | { phase: 'sending'; percent: number }
  | { phase: 'done'; photoId: string; name: string }
  | { phase: 'failed'; message: string };

/** Why a chosen file cannot be sent, checked here before the server checks it again. */
function refusal(file: File): string | null {
  if (!TYPES.includes(file.type)) return 'Choisissez une photo JPEG, PNG ou WebP.';
  if (file.size > MAX_BYTES) return 'Cette photo dépasse 5 Mo : choisissez-en une plus légère.';
  return null;
}

/** PUT with XMLHttpRequest, which reports the upload's progress (fetch does not). */
function send(url: string, file: File, onProgress: (percent: number) => void) {
  return new Promise<{ ok: boolean; answer: { id?: string; error?: string } }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('content-type', file.type);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let answer = {};
      try {
        answer = JSON.parse(xhr.responseText) as object;
      } catch {
        // an answer without JSON: the status alone says what happened
      }
      resolve({ ok: xhr.status >= 200 && xhr.status < 300, answer });
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}

/**
 * The optional photo, sent as soon as it is chosen (the server re-encodes it without its metadata);
 * its id goes with the idea in a hidden field. `onBusy` keeps the form from being sent mid-upload.
 */
export function PhotoField({ code, onBusy }: { code: string; onBusy: (busy: boolean) => void }) {
  const [upload, setUpload] = useState<Upload>({ phase: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  async function choose(file: File) {
    const problem = refusal(file);
    if (problem) {
      setUpload({ phase: 'failed', message: problem });
      if (input.current) input.current.value = '';
      return;
    }
    setUpload({ phase: 'sending', percent: 0 });
    onBusy(true);
    try {
      const url = `/api/ideas/photos?territory=${encodeURIComponent(code)}`;
      const { ok, answer } = await send(url, file, (percent) => setUpload({ phase: 'sending', percent }));
      setUpload(
        ok && answer.id
          ? { phase: 'done', photoId: answer.id, name: file.name }
          : { phase: 'failed', message: answer.error ?? 'Envoi de la photo impossible.' },
      );
    } catch {
      setUpload({ phase: 'failed', message: 'Le serveur ne répond pas. Réessayez.' });
    } finally {
      onBusy(false);
    }
  }
  const error = upload.phase === 'failed' ? upload.message : undefined;
  return (
    <div className="field">
      <label htmlFor="idea-photo">Photo (facultative)</label>
      <span id="idea-photo-hint" className="hint">
        JPEG, PNG ou WebP, 5 Mo au plus. Sa localisation et ses autres métadonnées sont retirées.
      </span>
      <FieldMessage id="idea-photo-error" message={error} />
      <input
        ref={input}
        id="idea-photo"
        type="file"
        accept={TYPES.join(',')}
        disabled={upload.phase === 'sending'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy('idea-photo-hint', error && 'idea-photo-error')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void choose(file);
          else setUpload({ phase: 'idle' });
        }}
      />
      {upload.phase === 'sending' && (
        <span>
          {/* Announced once; the bar's value is read when the person reaches it. */}
          <span role="status">Envoi de la photo en cours…</span>{' '}
          <progress aria-label="Envoi de la photo" max={100} value={upload.percent}>
            {upload.percent} %
          </progress>
        </span>
      )}
      {upload.phase === 'done' && (
        <>
          <Notice keepFocus>Photo « {upload.name} » prête.</Notice>
          <input type="hidden" name="photoId" value={upload.photoId} />
        </>
      )}
    </div>
  );
}
