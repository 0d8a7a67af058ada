import type { IndicatorResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located } from './located.js';

export const Indicator: IndicatorResolvers = { quartier: located.quartier };
