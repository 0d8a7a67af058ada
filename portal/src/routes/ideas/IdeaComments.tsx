import { useRef, useState, type FormEvent } from 'react';
import type { Reference } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'wouter';
import {
  FieldMessage,
  FormError,
  Notice,
  Submit,
  describedBy,
  frenchDate,
  missingFields,
  signInHref,
  useFieldErrors,
  useSubmission,
  type FieldProblems,
} from '@quartiers/ui-kit';
import {
  CommentIdeaDocument,
  IdeaCommentsDocument,
  IdeaComment_CommentFragmentDoc,
  type IdeaComment_CommentFragment as Comment,
  type IdeaCommentsQuery,
} from '../../__generated__/graphql';
import { ErrorState, Loading } from '../../ui/States';
import { ReportIdeaItem } from './ReportIdeaItem';
import { IDEA_PUBLICATION_LABELS } from './labels';

type Thread = NonNullable<NonNullable<IdeaCommentsQuery['territory']>['idea']>['comments']['edges'][number]['node'];

/** The comments, oldest first, 20 at a time, each with its replies (one level), and the forms to add either. */
export function IdeaComments({
  code,
  territoryId,
  idea,
  signedIn,
}: {
  code: string;
  territoryId: string;
  idea: { id: string; commentCount: number };
  signedIn: boolean;
}) {
  const [location] = useLocation();
  const { data, loading, error, refetch, fetchMore } = useQuery(IdeaCommentsDocument, {
    variables: { code, id: idea.id },
    notifyOnNetworkStatusChange: true,
  });
  const comments = data?.territory?.idea?.comments;
  // A comment posted here may come again in a later page: each is shown once.
  const threads = (comments?.edges ?? [])
    .map((e) => e.node)
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);
  return (
    <section aria-labelledby="idea-comments">
      <h2 id="idea-comments">Commentaires ({idea.commentCount})</h2>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !comments ? (
        <Loading label="Chargement des commentaires…" />
      ) : threads.length === 0 ? (
        <p>Aucun commentaire pour l’instant.</p>
      ) : (
        <ul className="idea-comments">
          {threads.map((thread) => (
            <li key={thread.id}>
              <CommentBody territoryId={territoryId} comment={thread} />
              {thread.replies.length > 0 && (
                <ul className="idea-replies" aria-label={`Réponses à ${thread.authorName}`}>
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentBody territoryId={territoryId} comment={reply} />
                    </li>
                  ))}
                </ul>
              )}
              {signedIn && <CommentForm territoryId={territoryId} ideaId={idea.id} parent={thread} />}
            </li>
          ))}
        </ul>
      )}
      {comments?.pageInfo.hasNextPage && (
        <button
          type="button"
          disabled={loading}
          aria-busy={loading}
          onClick={() => void fetchMore({ variables: { after: comments.pageInfo.endCursor } })}
        >
          {loading ? 'Chargement…' : 'Voir plus de commentaires'}
        </button>
      )}
      {signedIn ? (
        <CommentForm territoryId={territoryId} ideaId={idea.id} />
      ) : (
        <p>
          <Link to={signInHref(location)}>Connectez-vous pour commenter</Link>
        </p>
      )}
    </section>
  );
}

function CommentBody({ territoryId, comment }: { territoryId: string; comment: Comment }) {
  return (
    <article className="idea-comment">
      <p>
        <strong>{comment.authorName}</strong>, le {frenchDate(comment.createdAt, { weekday: false })}
        {comment.publication !== 'PUBLISHED' && (
          <span className="tag">
            {IDEA_PUBLICATION_LABELS[comment.publication]}
            {comment.rejectionReason && ` : ${comment.rejectionReason}`}
          </span>
        )}
      </p>
      {/* Plain text, never markup: React renders it inert. */}
      <p className="idea-comment-text">{comment.text}</p>
      {comment.viewerCanReport && (
        <ReportIdeaItem
          territoryId={territoryId}
          kind="IDEA_COMMENT"
          subjectId={comment.id}
          what={`le commentaire de ${comment.authorName}`}
        />
      )}
    </article>
  );
}

/**
 * A comment, or a reply to `parent`. The answer joins the thread in the cache (the author sees it
 * with its moderation state); the page is not asked again.
 */
function CommentForm({ territoryId, ideaId, parent }: { territoryId: string; ideaId: string; parent?: Thread }) {
  const submission = useSubmission(CommentIdeaDocument, {
    update(cache, { data }) {
      const added = data?.commentIdea.comment;
      if (!added) return;
      const ref = cache.writeFragment({
        data: added,
        fragment: IdeaComment_CommentFragmentDoc,
        fragmentName: 'IdeaComment_comment',
      });
      if (parent) {
        cache.modify({
          id: cache.identify(parent),
          fields: { replies: (list: readonly Reference[]) => [...list, ref!] },
        });
      } else {
        cache.modify<{ comments: { edges: readonly unknown[]; totalCount: number } }>({
          id: cache.identify({ __typename: 'Idea', id: ideaId }),
          fields: {
            comments: (c, { isReference }) =>
              isReference(c)
                ? c
                : {
                    ...c,
                    totalCount: c.totalCount + 1,
                    edges: [...c.edges, { __typename: 'IdeaCommentEdge', node: ref }],
                  },
          },
        });
      }
      if (added.publication === 'PUBLISHED') {
        cache.modify({
          id: cache.identify({ __typename: 'Idea', id: ideaId }),
          fields: { commentCount: (n: number) => n + 1 },
        });
      }
    },
  });
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = missing ?? submission.error;
  const fields = useFieldErrors(problem, formRef);
  const id = parent ? `reply-${parent.id}` : 'comment-new';
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const text = String(new FormData(form).get('text') ?? '');
    const empty = missingFields({ text }, { text: 'Écrivez votre message avant de l’envoyer.' });
    setMissing(empty);
    if (empty) return;
    submission.reset();
    void submission
      .run({ input: { territoryId, ideaId, parentId: parent?.id ?? null, text: text.trim() } })
      .then((done) => {
        if (done) form.reset();
      });
  };
  const form = (
    <form onSubmit={onSubmit} noValidate ref={formRef} className="idea-form">
      <FormError error={problem} />
      {submission.data && <Notice>{submission.data.commentIdea.message}</Notice>}
      <p className="field">
        <label htmlFor={`${id}-text`}>{parent ? `Votre réponse à ${parent.authorName}` : 'Votre commentaire'}</label>
        <FieldMessage id={`${id}-error`} message={fields.text} />
        <textarea
          id={`${id}-text`}
          name="text"
          rows={parent ? 2 : 4}
          maxLength={2000}
          required
          aria-invalid={fields.text ? true : undefined}
          aria-describedby={describedBy(fields.text && `${id}-error`)}
        />
      </p>
      <Submit busy={submission.pending}>{parent ? 'Répondre' : 'Publier mon commentaire'}</Submit>
    </form>
  );
  if (!parent) return form;
  return (
    <details className="reply-action">
      <summary>
        Répondre <span className="visually-hidden">à {parent.authorName}</span>
      </summary>
      {form}
    </details>
  );
}
