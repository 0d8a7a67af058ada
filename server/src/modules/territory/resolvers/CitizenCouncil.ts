import type { CitizenCouncilResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located } from './located.js';

export const CitizenCouncil: CitizenCouncilResolvers = located;
