import { Link, useLocation } from 'wouter';
import { FormError, plural, signInHref, useSubmission } from '@quartiers/ui-kit';
import {
  SupportIdeaDocument,
  WithdrawIdeaSupportDocument,
  type IdeaSupport_IdeaFragment,
} from '../../__generated__/graphql';

/**
 * The supports count and « Soutenir » / « Retirer mon soutien »; signed out, a sign-in link that
 * comes back here. The answer carries the idea's new count: the cache updates the page.
 */
export function IdeaSupport({
  territoryId,
  idea,
  signedIn,
}: {
  territoryId: string;
  idea: IdeaSupport_IdeaFragment;
  signedIn: boolean;
}) {
  const [location] = useLocation();
  const support = useSubmission(SupportIdeaDocument);
  const withdraw = useSubmission(WithdrawIdeaSupportDocument);
  const input = { input: { territoryId, ideaId: idea.id } };
  const pending = support.pending || withdraw.pending;
  return (
    <div className="idea-support">
      <p role="status" aria-live="polite">
        <strong>{plural(idea.supportCount, 'soutien', 'soutiens')}</strong>
        {idea.viewerSupports && ' — dont le vôtre'}
      </p>
      <FormError error={support.error ?? withdraw.error} />
      {!signedIn ? (
        <p>
          <Link to={signInHref(location)}>Connectez-vous pour soutenir cette idée</Link>
        </p>
      ) : idea.viewerSupports ? (
        <button type="button" className="secondary" disabled={pending} onClick={() => void withdraw.run(input)}>
          Retirer mon soutien
        </button>
      ) : idea.viewerCanSupport ? (
        <button type="button" disabled={pending} onClick={() => void support.run(input)}>
          Soutenir
        </button>
      ) : null}
    </div>
  );
}
