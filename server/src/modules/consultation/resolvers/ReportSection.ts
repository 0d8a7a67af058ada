import type { ReportSectionResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { renderMarkdown } from '../../../shared/markdown.js';

export const ReportSection: ReportSectionResolvers = {
  bodyHtml: (s) => renderMarkdown(s.body),
};
