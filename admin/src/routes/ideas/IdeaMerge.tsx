import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  FieldMessage,
  FieldProblems,
  FormError,
  Notice,
  Submit,
  describedBy,
  formValues,
  plural,
  useFieldErrors,
  useSubmission,
} from '@quartiers/ui-kit';
import {
  AdminIdeaMergeCandidatesDocument,
  AdminMergeIdeasDocument,
  type AdminIdeaDetailFragment,
  type AdminIdeaRowFragment,
} from '../../__generated__/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { forgetIdeaLists } from './cache';
import { IDEA_STATUS_LABELS } from './labels';

/** The search of ideas takes 100 characters at most; a title may hold 140. */
const SEARCH_MAX = 100;

/**
 * Duplicates merged into this idea: proposed from its title (similar ideas and full-text search),
 * or from what staff type; checked, then confirmed in a dialog, since a merge is not undone.
 */
export function IdeaMerge({
  code,
  idea,
  territoryId,
}: {
  code: string;
  idea: AdminIdeaDetailFragment;
  territoryId: string;
}) {
  const [query, setQuery] = useState(idea.title.slice(0, SEARCH_MAX));
  const [picked, setPicked] = useState<AdminIdeaRowFragment[]>([]);
  const [asking, setAsking] = useState(false);
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const merging = useSubmission(AdminMergeIdeasDocument, { update: (cache) => forgetIdeaLists(cache, code) });
  const formRef = useRef<HTMLFormElement>(null);
  const fields = useFieldErrors(missing ?? merging.error, formRef);
  const found = useQuery(AdminIdeaMergeCandidatesDocument, { variables: { code, title: query } });

  const t = found.data?.territory;
  const already = new Set([idea.id, ...idea.merged.map((m) => m.id)]);
  const candidates = [...(t?.similarIdeas ?? []), ...(t?.ideas.edges.map((e) => e.node) ?? [])].filter(
    (c, i, all) => !already.has(c.id) && all.findIndex((o) => o.id === c.id) === i,
  );
  const toggle = (c: AdminIdeaRowFragment, on: boolean) =>
    setPicked((list) => (on ? [...list, c] : list.filter((p) => p.id !== c.id)));

  const onSearch = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = formValues(e.currentTarget).search?.trim() ?? '';
    if (text) setQuery(text.slice(0, SEARCH_MAX));
  };
  const onMerge = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const none = picked.length === 0 ? new FieldProblems({ sourceIds: 'Cochez au moins une idée à fusionner.' }) : null;
    setMissing(none);
    setDone(null);
    if (!none) setAsking(true);
  };
  const confirm = () => {
    setAsking(false);
    const count = picked.length;
    void merging.run({ input: { territoryId, targetId: idea.id, sourceIds: picked.map((p) => p.id) } }).then((ok) => {
      if (!ok) return;
      setPicked([]);
      setDone(`Fusion faite : ${plural(count, 'idée renvoie', 'idées renvoient')} désormais ici.`);
    });
  };

  return (
    <section className="card" aria-labelledby="idea-merge">
      <h2 id="idea-merge">Fusionner des doublons</h2>
      <p className="muted">
        Les idées fusionnées restent visibles et renvoient vers celle-ci ; leurs soutiens sont comptés ici, chaque
        personne une seule fois.
      </p>
      {idea.merged.length > 0 && (
        <>
          <h3>Déjà fusionnées ici</h3>
          <ul>
            {idea.merged.map((m) => (
              <li key={m.id}>
                {m.title} ({plural(m.supportCount, 'soutien', 'soutiens')})
              </li>
            ))}
          </ul>
        </>
      )}
      <form role="search" aria-label="Chercher des doublons" onSubmit={onSearch} className="inline-form">
        <label htmlFor="idea-merge-search">Mots du titre</label>{' '}
        <input id="idea-merge-search" name="search" type="search" maxLength={SEARCH_MAX} defaultValue={query} />{' '}
        <button type="submit">Chercher</button>
      </form>
      <FormError error={missing ?? merging.error ?? found.error} />
      {done && <Notice key={done}>{done}</Notice>}
      {found.loading && !t ? (
        <p role="status">Recherche…</p>
      ) : candidates.length === 0 ? (
        <p>Aucune autre idée publiée ne ressemble à celle-ci : cherchez avec d’autres mots.</p>
      ) : (
        <form ref={formRef} onSubmit={onMerge} noValidate>
          <fieldset aria-describedby={describedBy(fields.sourceIds && 'merge-error')}>
            <legend>Idées à fusionner dans « {idea.title} »</legend>
            <FieldMessage id="merge-error" message={fields.sourceIds} />
            {candidates.map((c, i) => (
              <p className="check" key={c.id}>
                <input
                  id={`merge-${c.id}`}
                  type="checkbox"
                  checked={picked.some((p) => p.id === c.id)}
                  onChange={(e) => toggle(c, e.currentTarget.checked)}
                  aria-invalid={i === 0 && fields.sourceIds ? true : undefined}
                />
                <label htmlFor={`merge-${c.id}`}>
                  {c.title} — {c.quartier?.name ?? 'Tout le territoire'}, {IDEA_STATUS_LABELS[c.status]},{' '}
                  {plural(c.supportCount, 'soutien', 'soutiens')}
                </label>
              </p>
            ))}
          </fieldset>
          <Submit busy={merging.pending}>Fusionner dans cette idée…</Submit>
        </form>
      )}
      <ConfirmDialog
        open={asking}
        title={`Fusionner ${plural(picked.length, 'idée', 'idées')} dans « ${idea.title} » ?`}
        confirmLabel="Fusionner"
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        <ul>
          {picked.map((p) => (
            <li key={p.id}>{p.title}</li>
          ))}
        </ul>
        <p>
          Ces idées renverront vers « {idea.title} » ; leurs soutiens y seront comptés, chaque personne une seule fois.
        </p>
      </ConfirmDialog>
    </section>
  );
}
