import type { OperatorResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located } from '../../territory/index.js';

export const Operator: OperatorResolvers = {
  commune: located.commune,
  actions: (o, page, ctx) => ctx.services.programmation.listActions(o.territoryId, page, { operatorId: o.id }),
};
