import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import {
  Field,
  FieldMessage,
  FormError,
  Notice,
  Submit,
  describedBy,
  missingFields,
  signInHref,
  useFieldErrors,
  useSubmission,
  type FieldProblems,
} from '@quartiers/ui-kit';
import { MeDocument, ProposeIdeaPageDocument, SubmitIdeaDocument } from '../../__generated__/graphql';
import { ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTerritoryTheme } from '../../ui/useTerritoryTheme';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { QuartierOptions, ThemeOptions } from './IdeaChoices';
import { PhotoField } from './PhotoField';
import { SimilarIdeas } from './SimilarIdeas';
import { IDEA_PUBLICATION_LABELS, ideaPath } from './labels';
import './ideas.css';

const REQUIRED = { title: 'Donnez un titre à votre idée.', text: 'Décrivez votre idée.' };
const REQUIRED_SIGNED_OUT = {
  ...REQUIRED,
  email: 'Indiquez votre adresse email : le lien de confirmation y sera envoyé.',
  pseudonym: 'Indiquez le nom affiché avec votre idée.',
};

/** `/:code/idees/proposer`: the submission form, open to people with only an email address. */
export function ProposeIdeaPage() {
  const { code = '' } = useParams();
  const page = useQuery(ProposeIdeaPageDocument, { variables: { code } });
  const me = useQuery(MeDocument);
  const territory = page.data?.territory;
  usePageTitle(territory ? `Proposer une idée — ${territory.name}` : null);
  useTerritoryTheme(territory?.theme);
  const submission = useSubmission(SubmitIdeaDocument, {
    // A published idea belongs in the lists: they are read again when next shown.
    update(cache, { data }) {
      const idea = data?.submitIdea.idea;
      if (idea?.publication !== 'PUBLISHED') return;
      cache.evict({ id: cache.identify({ __typename: 'Territory', code }), fieldName: 'ideas' });
      if (idea.quartier) cache.evict({ id: cache.identify(idea.quartier), fieldName: 'ideas' });
    },
  });
  const [title, setTitle] = useState('');
  const [uploading, setUploading] = useState(false);
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = missing ?? submission.error;
  const fields = useFieldErrors(problem, formRef);

  if ((page.loading && !page.data) || (me.loading && !me.data)) return <Loading />;
  if (page.error) return <ErrorState error={page.error} retry={() => void page.refetch()} territoryCode={code} />;
  if (!territory) return <NotFound what="Ce territoire" />;
  const signedIn = Boolean(me.data?.me);
  const councils = territory.viewerCan.ideaCouncils;
  const sent = submission.data?.submitIdea;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (uploading) return;
    const v = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const empty = missingFields(v, signedIn ? REQUIRED : REQUIRED_SIGNED_OUT);
    setMissing(empty);
    if (empty) return;
    void submission.run({
      input: {
        territoryId: territory.id,
        title: v.title!.trim(),
        text: v.text!.trim(),
        quartierId: v.quartierId || null,
        themeId: v.themeId || null,
        photoId: v.photoId || null,
        councilId: v.councilId || null,
        ...(signedIn ? {} : { email: v.email!.trim(), pseudonym: v.pseudonym!.trim() }),
      },
    });
  };

  return (
    <article className="narrow">
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${code}`, label: territory.code },
          { to: `/${code}/idees`, label: 'Idées' },
          { label: 'Proposer' },
        ]}
      />
      <h1>Proposer une idée</h1>
      {sent ? (
        <>
          <Notice>
            {sent.awaitingConfirmation ? (
              <>
                Vérifiez votre boîte mail : ouvrez le lien que nous venons de vous envoyer pour confirmer votre idée.
                Elle sera ensuite relue avant d’être publiée.
              </>
            ) : sent.idea ? (
              <>
                {sent.message} État : {IDEA_PUBLICATION_LABELS[sent.idea.publication].toLowerCase()}.{' '}
                <Link to={ideaPath(code, sent.idea.id)}>Voir votre idée « {sent.idea.title} »</Link>
              </>
            ) : (
              sent.message
            )}
          </Notice>
          <p>
            <Link to={`/${code}/idees`}>Revenir aux idées du territoire</Link>
          </p>
        </>
      ) : (
        <form className="idea-form" onSubmit={onSubmit} noValidate ref={formRef}>
          <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
          <FormError error={problem} />
          <Field
            label="Titre de l’idée"
            name="title"
            required
            maxLength={140}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fields.title}
            hint="En quelques mots : « Des bancs au square Jean-Moulin »."
          />
          <SimilarIdeas code={code} title={title} />
          <p className="field">
            <label htmlFor="idea-text">
              Votre idée<span aria-hidden="true"> *</span>
            </label>
            <FieldMessage id="idea-text-error" message={fields.text} />
            <textarea
              id="idea-text"
              name="text"
              rows={6}
              maxLength={5000}
              required
              aria-invalid={fields.text ? true : undefined}
              aria-describedby={describedBy(fields.text && 'idea-text-error')}
            />
          </p>
          <p className="field">
            <label htmlFor="idea-quartier">Quartier concerné</label>
            <FieldMessage id="idea-quartier-error" message={fields.quartierId} />
            <select
              id="idea-quartier"
              name="quartierId"
              defaultValue=""
              aria-invalid={fields.quartierId ? true : undefined}
              aria-describedby={describedBy(fields.quartierId && 'idea-quartier-error')}
            >
              <option value="">Tout le territoire</option>
              <QuartierOptions territory={territory} />
            </select>
          </p>
          <p className="field">
            <label htmlFor="idea-theme">Thème du contrat de ville (facultatif)</label>
            <FieldMessage id="idea-theme-error" message={fields.themeId} />
            <select
              id="idea-theme"
              name="themeId"
              defaultValue=""
              aria-invalid={fields.themeId ? true : undefined}
              aria-describedby={describedBy(fields.themeId && 'idea-theme-error')}
            >
              <option value="">Aucun thème précis</option>
              <ThemeOptions territory={territory} />
            </select>
          </p>
          <PhotoField code={code} onBusy={setUploading} />
          {councils.length > 0 && (
            <fieldset>
              <legend>Proposer au nom de</legend>
              <p className="check">
                <input type="radio" id="idea-as-me" name="councilId" value="" defaultChecked />
                <label htmlFor="idea-as-me">En mon nom</label>
              </p>
              {councils.map((c) => (
                <p className="check" key={c.id}>
                  <input type="radio" id={`idea-as-${c.id}`} name="councilId" value={c.id} />
                  <label htmlFor={`idea-as-${c.id}`}>{c.name}</label>
                </p>
              ))}
            </fieldset>
          )}
          {!signedIn && (
            <fieldset>
              <legend>Sans compte</legend>
              <p className="hint">
                Pas besoin de mot de passe : nous vous envoyons un lien de confirmation par email. Votre idée est relue
                puis publiée après que vous l’avez ouvert. Votre adresse n’est jamais affichée. Vous avez déjà un compte
                ? <Link to={signInHref(`/${code}/idees/proposer`)}>Connectez-vous</Link>.
              </p>
              <Field
                label="Adresse email"
                name="email"
                type="email"
                required
                autoComplete="email"
                error={fields.email}
              />
              <Field
                label="Nom affiché avec votre idée"
                name="pseudonym"
                required
                maxLength={40}
                autoComplete="nickname"
                hint="Un prénom ou un pseudonyme."
                error={fields.pseudonym}
              />
            </fieldset>
          )}
          <Submit busy={submission.pending || uploading} busyLabel={uploading ? 'Envoi de la photo…' : undefined}>
            Proposer mon idée
          </Submit>
        </form>
      )}
    </article>
  );
}
