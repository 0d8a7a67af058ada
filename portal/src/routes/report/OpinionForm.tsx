import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Field, FormError, Notice, Submit } from '@quartiers/ui-kit';
import { SaveOpinionDraftDocument, SubmitOpinionDocument, type OpinionPosition } from '../../__generated__/graphql';
import { POSITION } from '@quartiers/ui-kit';

interface Props {
  territoryId: string;
  /** Where the commune's deliberation (PDF) is uploaded. */
  uploadUrl: string;
  body: {
    id: string;
    kind: string;
    name: string;
    viewerCanSubmit: boolean;
    draft?: unknown;
    deliberationFile?: { filename: string; url: string } | null;
  };
  sections: { id: string; title: string }[];
}

interface Draft {
  position?: OpinionPosition;
  text?: string;
  deliberationOn?: string | null;
  remarks?: { sectionId: string; text: string }[];
}

/**
 * The body's avis: members save a shared draft, the référent (or the commune's representative)
 * submits. One remark field per section, so remarks attach to the section they are about.
 */
export function OpinionForm({ territoryId, uploadUrl, body, sections }: Props) {
  const draft = (body.draft ?? {}) as Draft;
  const [save, saving] = useMutation(SaveOpinionDraftDocument);
  const [submit, submitting] = useMutation(SubmitOpinionDocument, { refetchQueries: ['ReportPage'] });
  const [message, setMessage] = useState<string | null>(null);
  const remarkOf = (id: string) => draft.remarks?.find((r) => r.sectionId === id)?.text ?? '';

  function read(form: HTMLFormElement) {
    const data = new FormData(form);
    return {
      territoryId,
      bodyId: body.id,
      position: data.get('position') as OpinionPosition,
      text: String(data.get('text') ?? ''),
      deliberationOn: body.kind === 'COMMUNE' ? String(data.get('deliberationOn') || '') || null : null,
      remarks: sections
        .map((s) => ({ sectionId: s.id, text: String(data.get(`remark-${s.id}`) ?? '').trim() }))
        .filter((r) => r.text),
    };
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const input = read(e.currentTarget);
    if (submitter?.value === 'draft') {
      void save({ variables: { input } }).then(
        () => setMessage('Brouillon enregistré : les autres membres le voient.'),
        () => undefined,
      );
    } else {
      void submit({ variables: { input } }).then(
        ({ data }) =>
          setMessage(
            `Avis déposé (version ${data?.submitOpinion.opinion.revision}). Vous pouvez le modifier jusqu’à l’échéance.`,
          ),
        () => undefined,
      );
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="opinion-form">
      <h3>Avis de {body.name}</h3>
      <FormError error={saving.error ?? submitting.error} />
      {message && <Notice>{message}</Notice>}
      <fieldset>
        <legend>Position</legend>
        {(['FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS', 'UNFAVOURABLE'] as const).map((p) => (
          <p className="check" key={p}>
            <input
              type="radio"
              id={`${body.id}-${p}`}
              name="position"
              value={p}
              defaultChecked={(draft.position ?? 'FAVOURABLE') === p}
            />
            <label htmlFor={`${body.id}-${p}`}>{POSITION[p]}</label>
          </p>
        ))}
      </fieldset>
      {body.kind === 'COMMUNE' && (
        <>
          <Field
            label="Date de la délibération du conseil municipal"
            name="deliberationOn"
            type="date"
            defaultValue={draft.deliberationOn ?? ''}
            required
          />
          {body.viewerCanSubmit && <DeliberationUpload url={uploadUrl} current={body.deliberationFile ?? null} />}
        </>
      )}
      <p className="field">
        <label htmlFor={`${body.id}-text`}>Avis général</label>
        <textarea id={`${body.id}-text`} name="text" rows={5} defaultValue={draft.text ?? ''} />
      </p>
      <fieldset>
        <legend>Remarques par section (facultatives)</legend>
        {sections.map((s) => (
          <p className="field" key={s.id}>
            <label htmlFor={`${body.id}-remark-${s.id}`}>{s.title}</label>
            <textarea id={`${body.id}-remark-${s.id}`} name={`remark-${s.id}`} rows={2} defaultValue={remarkOf(s.id)} />
          </p>
        ))}
      </fieldset>
      <p className="actions">
        <button type="submit" value="draft" disabled={saving.loading}>
          {saving.loading ? 'Enregistrement…' : 'Enregistrer le brouillon'}
        </button>
        {body.viewerCanSubmit && (
          <Submit busy={submitting.loading} busyLabel="Dépôt en cours…">
            Déposer l’avis
          </Submit>
        )}
      </p>
      {!body.viewerCanSubmit && <p className="muted">Seul·e le ou la référent·e dépose l’avis au nom du conseil.</p>}
    </form>
  );
}

/** The deliberation as a PDF (5 MB at most), sent as soon as it is chosen. */
function DeliberationUpload({ url, current }: { url: string; current: { filename: string; url: string } | null }) {
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
