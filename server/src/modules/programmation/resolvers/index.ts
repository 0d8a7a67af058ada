import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { Territory } from './Territory.js';
import { Quartier } from './Quartier.js';
import { Programmation } from './Programmation.js';
import { ProgrammationTotal } from './ProgrammationTotal.js';
import { FunderTotal } from './FunderTotal.js';
import { Action } from './Action.js';
import { CheckedAmount } from './CheckedAmount.js';
import { Operator } from './Operator.js';
import { ScdlGap } from './ScdlGap.js';
import { Mutation } from './Mutation.js';
import { located } from '../../territory/index.js';

export const programmationResolvers: Resolvers = {
  Territory,
  Mutation,
  Quartier,
  Programmation,
  ProgrammationTotal,
  FunderTotal,
  Action,
  CheckedAmount,
  Operator,
  ScdlGap,
  Fund: located,
  UrbanRenewalOperation: located,
};
