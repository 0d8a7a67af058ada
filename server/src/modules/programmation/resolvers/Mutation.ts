import type { MutationResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Staff's editing of the programmation: years, actions, operators, funders, spreadsheet imports. */
export const Mutation: MutationResolvers = {
  createProgrammation: (_p, { input }, ctx) => ctx.services.programmationEditing.createProgrammation(input),
  updateProgrammation: (_p, { input }, ctx) => ctx.services.programmationEditing.updateProgrammation(input),
  publishProgrammation: (_p, { input }, ctx) => ctx.services.programmationEditing.publishProgrammation(input),
  unpublishProgrammation: (_p, { input }, ctx) => ctx.services.programmationEditing.unpublishProgrammation(input),
  createAction: (_p, { input }, ctx) => ctx.services.actionEditing.createAction(input),
  updateAction: (_p, { input }, ctx) => ctx.services.actionEditing.updateAction(input),
  bulkUpdateActions: (_p, { input }, ctx) => ctx.services.actionEditing.bulkUpdateActions(input),
  createOperator: (_p, { input }, ctx) => ctx.services.programmationEditing.createOperator(input),
  updateOperator: (_p, { input }, ctx) => ctx.services.programmationEditing.updateOperator(input),
  createFunder: (_p, { input }, ctx) => ctx.services.programmationEditing.createFunder(input),
  updateFunder: (_p, { input }, ctx) => ctx.services.programmationEditing.updateFunder(input),
  applyProgrammationImport: (_p, { input }, ctx) => ctx.services.programmationImport.applyImport(input),
};
