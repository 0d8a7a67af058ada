import { EVENT_OUTCOME_KIND_LABELS, plural } from '@quartiers/ui-kit';
import type { EventOutcomes_EventFragment } from '../../__generated__/graphql';
import { IdeaCards } from '../ideas/IdeaCard';

/**
 * What a held event produced, shown publicly: participants, the minutes (HTML the server rendered
 * from Markdown with raw HTML and unsafe links removed), decisions, workshop outputs, and the ideas
 * recorded there, which follow the ideas' flow.
 */
export function EventOutcomes({ code, event }: { code: string; event: EventOutcomes_EventFragment }) {
  if (event.status !== 'HELD') return null;
  const decisions = event.outcomes.filter((o) => o.kind === 'DECISION');
  const outputs = event.outcomes.filter((o) => o.kind === 'WORKSHOP_OUTPUT');
  const nothingYet = !event.minutesHtml && event.outcomes.length === 0 && event.ideas.length === 0;
  return (
    <section aria-labelledby="event-outcomes">
      <h2 id="event-outcomes">Ce qui s’est dit et décidé</h2>
      <p>
        {event.participantCount ? (
          <>
            <strong>{plural(event.participantCount, 'participant', 'participants')}</strong>
            {event.participantsNote && ` (${event.participantsNote})`}
            {event.sessions > 1 && ` sur ${plural(event.sessions, 'séance', 'séances')}`}.
          </>
        ) : (
          'Le nombre de participants n’a pas été relevé.'
        )}
      </p>
      {nothingYet && <p className="muted">Aucun compte rendu n’a été publié pour cette rencontre.</p>}
      {event.minutesHtml && (
        <>
          <h3>Compte rendu</h3>
          {/* Sanitised by the server (consultation/markdown.ts rules): no raw HTML, no unsafe link. */}
          <div className="prose event-minutes" dangerouslySetInnerHTML={{ __html: event.minutesHtml }} />
        </>
      )}
      {[
        { kind: 'DECISION' as const, items: decisions, title: 'Décisions' },
        { kind: 'WORKSHOP_OUTPUT' as const, items: outputs, title: 'Productions des ateliers' },
      ].map(
        ({ kind, items, title }) =>
          items.length > 0 && (
            <div key={kind}>
              <h3>{title}</h3>
              <ul aria-label={EVENT_OUTCOME_KIND_LABELS[kind]}>
                {items.map((o) => (
                  <li key={o.id} className="event-outcome">
                    {o.text}
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
      {event.ideas.length > 0 && (
        <>
          <h3>Idées recueillies lors de la rencontre</h3>
          <IdeaCards code={code} ideas={event.ideas} />
        </>
      )}
    </section>
  );
}
