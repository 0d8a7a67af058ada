import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormError, POSITION, useSubmission } from '@quartiers/ui-kit';
import {
  SaveOpinionDraftDocument,
  SubmitOpinionDocument,
  type OpinionForm_BodyFragment,
  type OpinionInput,
  type OpinionPosition,
} from '../../__generated__/graphql';
import { DeliberationUpload } from './DeliberationUpload';
import { OpinionSummary } from './OpinionSummary';

interface Props {
  territoryId: string;
  /** Where the commune's deliberation (PDF) is uploaded. */
  uploadUrl: string;
  body: OpinionForm_BodyFragment;
  sections: { id: string; title: string }[];
}

interface Draft {
  position?: OpinionPosition;
  text?: string;
  deliberationOn?: string | null;
  remarks?: { sectionId: string; text: string }[];
}

type FieldErrors = { position?: string; deliberationOn?: string };

const POSITIONS = ['FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS', 'UNFAVOURABLE'] as const;

/**
 * The body's avis: members save a shared draft, the référent (or the commune's representative)
 * files it. No position is chosen in advance, and filing first shows what will be sent in the body's
 * name (and, for an amendment, what changes) until it is confirmed. One remark field per section,
 * so remarks attach to the section they are about.
 */
export function OpinionForm({ territoryId, uploadUrl, body, sections }: Props) {
  const draft = (body.draft ?? {}) as Draft;
  const saving = useSubmission(SaveOpinionDraftDocument);
  // The answer carries the body as it stands after the avis: the page updates from the cache.
  const submitting = useSubmission(SubmitOpinionDocument);
  const [outcome, setOutcome] = useState<{ text: string; focus: boolean } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState<OpinionInput | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome?.focus) outcomeRef.current?.focus();
  }, [outcome]);

  const isCommune = body.kind === 'COMMUNE';
  const id = (name: string) => `${body.id}-${name}`;
  const filed = body.opinion && !body.opinion.tacit ? body.opinion : null;
  const remarkOf = (sectionId: string) => draft.remarks?.find((r) => r.sectionId === sectionId)?.text ?? '';
  const sectionTitle = (sectionId: string) =>
    sections.find((s) => s.id === sectionId)?.title ??
    filed?.remarks.find((r) => r.section.id === sectionId)?.section.title ??
    'section retirée';

  /** The form's content, or the French message of each required field left empty. */
  function read(form: HTMLFormElement): { input: OpinionInput } | { errors: FieldErrors } {
    const data = new FormData(form);
    const position = data.get('position') as OpinionPosition | null;
    const deliberationOn = isCommune ? String(data.get('deliberationOn') ?? '') || null : null;
    const missing: FieldErrors = {};
    if (!position) missing.position = 'Choisissez une position : favorable, favorable avec réserves ou défavorable.';
    if (isCommune && !deliberationOn)
      missing.deliberationOn = 'Indiquez la date de la délibération du conseil municipal.';
    if (!position || missing.deliberationOn) return { errors: missing };
    return {
      input: {
        territoryId,
        bodyId: body.id,
        position,
        text: String(data.get('text') ?? ''),
        deliberationOn,
        remarks: sections
          .map((s) => ({ sectionId: s.id, text: String(data.get(`remark-${s.id}`) ?? '').trim() }))
          .filter((r) => r.text),
      },
    };
  }

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const result = read(e.currentTarget);
    setOutcome(null);
    if ('errors' in result) {
      setErrors(result.errors);
      document.getElementById(result.errors.position ? id(POSITIONS[0]) : id('deliberationOn'))?.focus();
      return;
    }
    setErrors({});
    if (submitter?.value === 'draft') {
      void saving
        .run({ input: result.input })
        .then(
          (data) => data && setOutcome({ text: 'Brouillon enregistré : les autres membres le voient.', focus: false }),
        );
    } else {
      submitting.reset(); // a refusal shown by an earlier summary no longer applies
      setPending(result.input);
    }
  };
  const confirm = () => {
    if (!pending) return;
    void submitting.run({ input: pending }).then((data) => {
      if (!data) return;
      setPending(null);
      setOutcome({
        text: `Avis déposé (version ${data.submitOpinion.opinion.revision}). Vous pouvez le modifier jusqu’à l’échéance.`,
        focus: true,
      });
    });
  };
  const back = () => {
    setPending(null);
    // After the form is shown again.
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const describedBy = (field: keyof FieldErrors, hint?: string) =>
    [hint, errors[field] && id(`${field}-error`)].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <h3 ref={headingRef} tabIndex={-1}>
        Avis de {body.name}
      </h3>
      {outcome && (
        <p ref={outcomeRef} className="notice" role="status" tabIndex={-1}>
          {outcome.text}
        </p>
      )}
      {pending && (
        <OpinionSummary
          bodyName={body.name}
          isCommune={isCommune}
          input={pending}
          sectionTitle={sectionTitle}
          deliberationFilename={uploaded ?? body.deliberationFile?.filename ?? null}
          filed={filed}
          busy={submitting.pending}
          error={submitting.error}
          onConfirm={confirm}
          onBack={back}
        />
      )}
      <form onSubmit={onSubmit} noValidate className="opinion-form" hidden={pending !== null}>
        <FormError error={saving.error} />
        <fieldset
          aria-describedby={describedBy('position', id('position-hint'))}
          onChange={() => errors.position && setErrors({ ...errors, position: undefined })}
        >
          <legend>Position de l’avis (obligatoire)</legend>
          <p id={id('position-hint')} className="hint">
            Aucune position n’est cochée d’avance : choisissez celle que l’instance a retenue.
          </p>
          {errors.position && (
            <p id={id('position-error')} className="field-error">
              {errors.position}
            </p>
          )}
          {POSITIONS.map((p) => (
            <p className="check" key={p}>
              <input type="radio" id={id(p)} name="position" value={p} defaultChecked={draft.position === p} />
              <label htmlFor={id(p)}>{POSITION[p]}</label>
            </p>
          ))}
        </fieldset>
        {isCommune && (
          <>
            <p className="field">
              <label htmlFor={id('deliberationOn')}>
                Date de la délibération du conseil municipal (obligatoire pour une commune)
              </label>
              {errors.deliberationOn && (
                <span id={id('deliberationOn-error')} className="field-error">
                  {errors.deliberationOn}
                </span>
              )}
              <input
                id={id('deliberationOn')}
                name="deliberationOn"
                type="date"
                defaultValue={draft.deliberationOn ?? ''}
                required
                aria-invalid={errors.deliberationOn ? true : undefined}
                aria-describedby={describedBy('deliberationOn')}
              />
            </p>
            {body.viewerCanSubmit && (
              <DeliberationUpload url={uploadUrl} current={body.deliberationFile ?? null} onUploaded={setUploaded} />
            )}
          </>
        )}
        <p className="field">
          <label htmlFor={id('text')}>Avis général</label>
          <textarea id={id('text')} name="text" rows={5} defaultValue={draft.text ?? ''} />
        </p>
        <fieldset>
          <legend>Remarques par section (facultatives)</legend>
          {sections.map((s) => (
            <p className="field" key={s.id}>
              <label htmlFor={id(`remark-${s.id}`)}>{s.title}</label>
              <textarea id={id(`remark-${s.id}`)} name={`remark-${s.id}`} rows={2} defaultValue={remarkOf(s.id)} />
            </p>
          ))}
        </fieldset>
        <p className="actions">
          <button type="submit" value="draft" disabled={saving.pending} aria-busy={saving.pending}>
            {saving.pending ? 'Enregistrement…' : 'Enregistrer le brouillon'}
          </button>
          {body.viewerCanSubmit && (
            <button type="submit" value="file">
              {filed ? 'Vérifier et déposer la modification' : 'Vérifier et déposer l’avis'}
            </button>
          )}
        </p>
        {!body.viewerCanSubmit && <p className="muted">Seul·e le ou la référent·e dépose l’avis au nom du conseil.</p>}
      </form>
    </>
  );
}
