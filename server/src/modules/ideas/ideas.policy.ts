import { can, demand, isSelf, type SignedInViewer, type Viewer } from '../../authz/index.js';
import type { IdeaCommentRow, IdeaRow } from './ideas.types.js';

/** Who may do what with ideas: pure predicates over the viewer; no other place decides. */

/** Staff (and admins): answer, link to actions, merge, record on behalf of residents, figures, exports. */
export const mayManageIdeas = (viewer: Viewer, territoryId: string) => can(viewer, 'IDEAS_MANAGE', territoryId);

export function demandIdeasManager(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayManageIdeas(viewer, territoryId), 'Seule l’équipe du contrat de ville peut faire cela.');
}

/** Moderators see every state of ideas and comments (the moderate permission). */
export const mayModerateIdeas = (viewer: Viewer, territoryId: string) =>
  can(viewer, 'CONTRIBUTIONS_MODERATE', territoryId);

/** Published, not hidden by reports (merged ideas stay readable: they point to the one they joined). */
export const isPublicIdea = (idea: Pick<IdeaRow, 'publication' | 'hidden'>) =>
  idea.publication === 'PUBLISHED' && !idea.hidden;

/** Everyone sees a public idea; its author, moderators and staff see it in any state. */
export const maySeeIdea = (
  viewer: Viewer,
  idea: Pick<IdeaRow, 'territoryId' | 'authorId' | 'publication' | 'hidden'>,
) =>
  isPublicIdea(idea) ||
  isSelf(viewer, idea.authorId) ||
  mayModerateIdeas(viewer, idea.territoryId) ||
  mayManageIdeas(viewer, idea.territoryId);

/** A refusal's reason: the author and the moderators. */
export const maySeeIdeaDecision = (viewer: Viewer, row: Pick<IdeaRow, 'territoryId' | 'authorId'>) =>
  isSelf(viewer, row.authorId) || mayModerateIdeas(viewer, row.territoryId);

export const maySeeComment = (
  viewer: Viewer,
  c: Pick<IdeaCommentRow, 'territoryId' | 'authorId' | 'publication' | 'hidden'>,
) =>
  (c.publication === 'PUBLISHED' && !c.hidden) || isSelf(viewer, c.authorId) || mayModerateIdeas(viewer, c.territoryId);

/** The conseils citoyens the viewer speaks for (member or référent of that very council). */
export const councilsOf = (viewer: Viewer, territoryId: string) =>
  viewer.kind === 'user'
    ? [
        ...new Set(
          viewer.memberships
            .filter(
              (m) =>
                m.territoryId === territoryId &&
                m.citizenCouncilId !== null &&
                (m.role === 'COUNCIL_MEMBER' || m.role === 'COUNCIL_REFERENT'),
            )
            .map((m) => m.citizenCouncilId!),
        ),
      ]
    : [];

export const maySubmitForCouncil = (viewer: Viewer, territoryId: string, councilId: string) =>
  councilsOf(viewer, territoryId).includes(councilId);

/** Signed-in people support published ideas that are not merged (their own included, as elsewhere). */
export const maySupport = (viewer: Viewer, idea: Pick<IdeaRow, 'publication' | 'hidden' | 'mergedIntoId'>) =>
  viewer.kind === 'user' && isPublicIdea(idea) && idea.mergedIntoId === null;

/** Signed-in people comment public ideas that are not merged (the comment then goes through moderation). */
export const mayComment = (viewer: Viewer, idea: Pick<IdeaRow, 'publication' | 'hidden' | 'mergedIntoId'>) =>
  viewer.kind === 'user' && isPublicIdea(idea) && idea.mergedIntoId === null;

/** The CSV and XLSX exports (pseudonymous authors): staff of the territory, as for the queue. */
export const mayExportIdeas = (viewer: Viewer, territoryId: string) => mayManageIdeas(viewer, territoryId);
