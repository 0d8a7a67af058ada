import { ReportEntity, ReportSectionEntity, ReportTransitionEntity, ReportVersionEntity } from './report.entity.js';
import { ContributionEntity } from './contribution.entity.js';
import { DeliberationFileEntity } from './deliberation-file.entity.js';
import {
  ConsultedBodyEntity,
  OpinionDraftEntity,
  OpinionEntity,
  OpinionRemarkEntity,
  OpinionRevisionEntity,
} from './opinion.entity.js';

export const consultationEntities = [
  ReportEntity,
  ReportSectionEntity,
  ReportVersionEntity,
  ReportTransitionEntity,
  ConsultedBodyEntity,
  OpinionEntity,
  OpinionRevisionEntity,
  OpinionRemarkEntity,
  OpinionDraftEntity,
  ContributionEntity,
  DeliberationFileEntity,
];
