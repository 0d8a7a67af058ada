import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { frameworkItemLabel, frenchDate } from '@quartiers/ui-kit';
import { IdeaPageDocument, MeDocument, type IdeaPage_IdeaFragment } from '../../__generated__/graphql';
import { ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTerritoryTheme } from '../../ui/useTerritoryTheme';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { IdeaStatusBadge } from './IdeaCard';
import { IdeaSupport } from './IdeaSupport';
import { IdeaComments } from './IdeaComments';
import { IdeaActions } from './IdeaActions';
import { ReportIdeaItem } from './ReportIdeaItem';
import { IDEA_PUBLICATION_LABELS, IDEA_STATUS_LABELS, ideaPath } from './labels';
import './ideas.css';

const CHANNEL_LABELS = {
  ONLINE: null,
  MEETING: 'recueillie en réunion',
  PAPER: 'reçue sur papier',
  PHONE: 'reçue par téléphone',
};

/** `/:code/idees/:ideaId`: the idea, what staff answered, its supports, comments and the actions carrying it out. */
export function IdeaPage() {
  const { code = '', ideaId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(IdeaPageDocument, { variables: { code, id: ideaId } });
  const me = useQuery(MeDocument);
  const idea = data?.territory?.idea;
  usePageTitle(idea?.title);
  useTerritoryTheme(data?.territory?.theme);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} what="Cette idée" territoryCode={code} />;
  if (!data?.territory) return <NotFound what="Ce territoire" />;
  if (!idea) return <NotFound what="Cette idée" territoryCode={code} />;
  const territoryId = data.territory.id;
  const signedIn = Boolean(me.data?.me);
  const channel = CHANNEL_LABELS[idea.channel];
  return (
    <article className="narrow">
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${code}`, label: data.territory.code },
          { to: `/${code}/idees`, label: 'Idées' },
          { label: idea.title },
        ]}
      />
      <h1>{idea.title}</h1>
      {idea.mine && <AuthorState idea={idea} />}
      {idea.mergedInto && (
        <p className="notice">
          Cette idée a été fusionnée avec{' '}
          <Link to={ideaPath(code, idea.mergedInto.id)}>« {idea.mergedInto.title} »</Link> : ses soutiens y sont
          comptés.
        </p>
      )}
      <p className="card-meta">
        <IdeaStatusBadge status={idea.status} />
        <span>
          {idea.quartier ? (
            <Link to={`/${code}/quartiers/${idea.quartier.id}`}>{idea.quartier.name}</Link>
          ) : (
            'Tout le territoire'
          )}
        </span>
        {idea.theme && <span>Thème : {frameworkItemLabel(idea.theme)}</span>}
      </p>
      <p>
        Proposée par <strong>{idea.authorName}</strong>
        {idea.council && idea.council.name !== idea.authorName && ` (${idea.council.name})`}, le{' '}
        {frenchDate(idea.publishedAt ?? idea.createdAt, { weekday: false })}
        {channel && ` (${channel})`}.
      </p>
      {idea.photoUrl && (
        <img className="idea-photo" src={idea.photoUrl} alt={`Photo jointe à l’idée « ${idea.title} »`} />
      )}
      {/* Plain text, never markup: React renders it inert. */}
      <p className="idea-text">{idea.text}</p>
      <IdeaSupport territoryId={territoryId} idea={idea} signedIn={signedIn} />
      {idea.viewerCanReport && (
        <ReportIdeaItem territoryId={territoryId} kind="IDEA" subjectId={idea.id} what={`l’idée « ${idea.title} »`} />
      )}
      <Answer idea={idea} />
      <IdeaActions code={code} actions={idea.actions} />
      {idea.merged.length > 0 && (
        <section aria-labelledby="idea-merged">
          <h2 id="idea-merged">Idées fusionnées avec celle-ci</h2>
          <ul>
            {idea.merged.map((m) => (
              <li key={m.id}>
                <Link to={ideaPath(code, m.id)}>{m.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <IdeaComments code={code} territoryId={territoryId} idea={idea} signedIn={signedIn} />
      <p>
        <Link to={`/${code}/idees`}>Toutes les idées du territoire</Link>
      </p>
    </article>
  );
}

/** What only the author reads: where their idea stands before it is public. */
function AuthorState({ idea }: { idea: IdeaPage_IdeaFragment }) {
  if (idea.publication === 'PUBLISHED' && !idea.hidden) return <p className="muted">Vous avez proposé cette idée.</p>;
  return (
    <p className="notice">
      Votre idée : {IDEA_PUBLICATION_LABELS[idea.publication].toLowerCase()}
      {idea.publication === 'REJECTED' && idea.rejectionReason && ` : ${idea.rejectionReason}`}
      {idea.hidden && ' — masquée après des signalements, en attente d’une décision des modérateurs'}.
    </p>
  );
}

/** The collectivity's public answer, then every status change with its answer. */
function Answer({ idea }: { idea: IdeaPage_IdeaFragment }) {
  if (idea.history.length === 0 && !idea.answer) return null;
  return (
    <section aria-labelledby="idea-answer">
      <h2 id="idea-answer">Réponse de la collectivité</h2>
      {idea.answer && (
        <blockquote className="idea-text">
          {idea.answer}
          {idea.answeredAt && <footer className="muted">Le {frenchDate(idea.answeredAt, { weekday: false })}</footer>}
        </blockquote>
      )}
      {idea.history.length > 0 && (
        <>
          <h3>Historique</h3>
          <ol>
            {idea.history.map((h) => (
              <li key={`${h.at}-${h.status}`}>
                {frenchDate(h.at, { weekday: false })} : {IDEA_STATUS_LABELS[h.status]}
                {h.answer && <span className="idea-text"> — {h.answer}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
