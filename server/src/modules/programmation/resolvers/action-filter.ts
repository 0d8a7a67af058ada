import type { ActionFilter } from '../../../graphql/__generated__/resolvers-types.js';
import { parseOptionalId } from '../../../shared/ids.js';
import type { ActionFilterInput } from '../programmation.service.js';

/** The GraphQL ActionFilter with its ids checked. */
export function actionFilter(filter: ActionFilter | null | undefined): ActionFilterInput {
  if (!filter) return {};
  return {
    year: filter.year,
    search: filter.search,
    communeId: parseOptionalId(filter.communeId, 'communeId'),
    quartierId: parseOptionalId(filter.quartierId, 'quartierId'),
    frameworkItemId: parseOptionalId(filter.frameworkItemId, 'frameworkItemId'),
    operatorId: parseOptionalId(filter.operatorId, 'operatorId'),
    funderId: parseOptionalId(filter.funderId, 'funderId'),
    status: filter.status,
  };
}
