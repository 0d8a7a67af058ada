import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import {
  FormError,
  Notice,
  Submit,
  eventWhen,
  isUnknownAddress,
  useFieldErrors,
  useSubmission,
} from '@quartiers/ui-kit';
import {
  AdminEventOutcomesDocument,
  AdminRecordEventOutcomesDocument,
  type AdminEventOutcomesQuery,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { EventsNav } from './EventsNav';
import { TextAreaField } from './FormControls';
import { OutcomeLines, newLine, type OutcomeLine } from './OutcomeLines';

type Loaded = NonNullable<NonNullable<AdminEventOutcomesQuery['territory']>['event']>;

/** After the meeting: the minutes (Markdown, previewed as the server renders them), decisions, workshop outputs, ideas. */
export function EventOutcomes() {
  const { code = '', eventId = '' } = useParams();
  const { data, loading, error } = useQuery(AdminEventOutcomesDocument, { variables: { code, id: eventId } });
  const t = data?.territory;
  const e = t?.event;
  if (error && !e && !isUnknownAddress(error, ['id'])) return <FormError error={error} />;
  if (loading && !e) return <p role="status">Chargement…</p>;
  if (!t || !e) return <p>Événement introuvable.</p>;
  return (
    <section>
      <h1>Compte rendu — {e.title}</h1>
      <TerritoryTabs code={code} />
      <EventsNav code={code} eventId={e.id} />
      <p>
        {eventWhen(e)}.{' '}
        {e.status === 'HELD'
          ? 'Le compte rendu, les décisions, les productions et les idées publiées sont visibles sur la page publique de l’événement.'
          : 'Ils seront publics une fois l’événement marqué comme tenu (page « Fiche »).'}
      </p>
      <OutcomesForm territoryId={t.id} event={e} />
      <section className="card" aria-labelledby="event-ideas">
        <h2 id="event-ideas">Idées issues de la rencontre</h2>
        {e.ideas.length === 0 ? (
          <p>Aucune idée publiée pour l’instant (une idée enregistrée suit la modération avant d’apparaître ici).</p>
        ) : (
          <ul>
            {e.ideas.map((idea) => (
              <li key={idea.id}>
                <Link to={`/${code}/idees/${idea.id}`}>{idea.title}</Link>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/${code}/idees/nouvelle?evenement=${e.id}`}>Enregistrer une idée issue de la rencontre</Link>
        </p>
      </section>
    </section>
  );
}

function OutcomesForm({ territoryId, event: e }: { territoryId: string; event: Loaded }) {
  const record = useSubmission(AdminRecordEventOutcomesDocument);
  const [minutes, setMinutes] = useState(e.minutes ?? '');
  const [lines, setLines] = useState<OutcomeLine[]>(() => e.outcomes.map((o) => newLine(o.kind, o.text)));
  const formRef = useRef<HTMLFormElement>(null);
  const problem = record.error;
  const fields = useFieldErrors(problem, formRef);
  const onSubmit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const kept = lines.filter((l) => l.text.trim());
    setLines(kept);
    void record.run({
      input: {
        territoryId,
        eventId: e.id,
        minutes: minutes.trim() || null,
        outcomes: kept.map((l) => ({ kind: l.kind, text: l.text.trim() })),
      },
    });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="narrow">
      <FormError error={problem} />
      {record.data && !problem && <Notice>Compte rendu enregistré.</Notice>}
      <TextAreaField
        label="Compte rendu (Markdown)"
        name="minutes"
        rows={12}
        maxLength={50000}
        value={minutes}
        onChange={(ev) => setMinutes(ev.currentTarget.value)}
        hint="Titres (#), listes (-), gras (**…**), liens. Le HTML saisi n’est pas interprété."
        error={fields.minutes}
      />
      <OutcomeLines lines={lines} errors={fields} onChange={setLines} />
      <Submit busy={record.pending}>Enregistrer le compte rendu</Submit>
      <section className="card" aria-labelledby="minutes-preview">
        <h2 id="minutes-preview">Aperçu du compte rendu publié</h2>
        {e.minutesHtml ? (
          // The server's rendering, with raw HTML and unsafe links removed: shown as the public page shows it.
          <div className="prose" dangerouslySetInnerHTML={{ __html: e.minutesHtml }} />
        ) : (
          <p>Pas encore de compte rendu enregistré.</p>
        )}
      </section>
    </form>
  );
}
