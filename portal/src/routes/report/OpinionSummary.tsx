import { useEffect, useId, useRef } from 'react';
import { FormError, POSITION } from '@quartiers/ui-kit';
import type { OpinionInput } from '../../__generated__/graphql';
import { formatDay } from './dates';
import { opinionChanges, type FiledOpinion } from './opinion-changes';

interface Props {
  bodyName: string;
  isCommune: boolean;
  input: OpinionInput;
  sectionTitle: (id: string) => string;
  /** The deliberation on file, if any (communes only). */
  deliberationFilename: string | null;
  /** The avis already filed: the summary then lists what the amendment changes. */
  filed: FiledOpinion | null;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onBack: () => void;
}

/**
 * What will be filed in the body's name, read back before it is: a formal avis is only sent on an
 * explicit confirmation. Its heading takes the focus when it opens, so screen readers start here.
 */
export function OpinionSummary(props: Props) {
  const { bodyName, input, filed, busy } = props;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const text = input.text.trim();
  return (
    <section className="opinion-summary" aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {filed ? 'Vérifiez la modification de l’avis' : 'Vérifiez l’avis avant de le déposer'}
      </h4>
      <p>
        Cet avis sera déposé au nom de {bodyName}. Il restera modifiable jusqu’à l’échéance ; chaque version est
        conservée.
      </p>
      {filed && (
        <>
          <h5>Ce qui change par rapport à l’avis déposé (version {filed.revision})</h5>
          <ul className="opinion-changes">
            {opinionChanges(filed, input, props.sectionTitle).map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      )}
      <h5>{filed ? 'L’avis tel qu’il sera déposé' : 'L’avis'}</h5>
      <dl>
        <dt>Position</dt>
        <dd>{POSITION[input.position]}</dd>
        {props.isCommune && (
          <>
            <dt>Date de la délibération du conseil municipal</dt>
            <dd>{formatDay(input.deliberationOn)}</dd>
            <dt>Délibération (PDF)</dt>
            <dd>{props.deliberationFilename ?? 'Aucun fichier déposé.'}</dd>
          </>
        )}
        <dt>Avis général</dt>
        <dd className="text">{text || 'Aucun texte.'}</dd>
        <dt>Remarques par section</dt>
        <dd>
          {input.remarks.length === 0 ? (
            'Aucune remarque.'
          ) : (
            <ul>
              {input.remarks.map((r) => (
                <li key={String(r.sectionId)} className="text">
                  <strong>{props.sectionTitle(String(r.sectionId))}</strong> : {r.text}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <FormError error={props.error} />
      <p className="actions">
        <button type="button" onClick={props.onConfirm} disabled={busy} aria-busy={busy}>
          {busy ? 'Dépôt en cours…' : `Confirmer le dépôt de l’avis au nom de ${bodyName}`}
        </button>
        <button type="button" className="secondary" onClick={props.onBack} disabled={busy}>
          Revenir à l’avis pour le modifier
        </button>
      </p>
    </section>
  );
}
