import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { createReport } from './Mutation/createReport.js';
import { updateReportSection } from './Mutation/updateReportSection.js';
import { setConsultationTerms } from './Mutation/setConsultationTerms.js';
import { addConsultedBody } from './Mutation/addConsultedBody.js';
import { removeConsultedBody } from './Mutation/removeConsultedBody.js';
import { setBodyTransmission } from './Mutation/setBodyTransmission.js';
import { openConsultation } from './Mutation/openConsultation.js';
import { approveReport } from './Mutation/approveReport.js';
import { publishReport } from './Mutation/publishReport.js';
import { saveOpinionDraft } from './Mutation/saveOpinionDraft.js';
import { submitOpinion } from './Mutation/submitOpinion.js';
import { recordLateOpinion } from './Mutation/recordLateOpinion.js';
import { answerRemark } from './Mutation/answerRemark.js';
import { sendReminders } from './Mutation/sendReminders.js';
import { submitContribution } from './Mutation/submitContribution.js';
import { moderateContribution } from './Mutation/moderateContribution.js';
import { Contribution } from './Contribution.js';
import { Territory } from './Territory.js';
import { TerritoryAbilities } from './TerritoryAbilities.js';
import { Report } from './Report.js';
import { ReportSection } from './ReportSection.js';
import { ReportTransition } from './ReportTransition.js';
import { ReportProgrammationFigures } from './ReportProgrammationFigures.js';
import { ConsultedBody } from './ConsultedBody.js';
import { Opinion } from './Opinion.js';
import { OpinionRemark } from './OpinionRemark.js';

export const consultationResolvers: Resolvers = {
  Mutation: {
    createReport,
    updateReportSection,
    setConsultationTerms,
    addConsultedBody,
    removeConsultedBody,
    setBodyTransmission,
    openConsultation,
    approveReport,
    publishReport,
    saveOpinionDraft,
    submitOpinion,
    recordLateOpinion,
    answerRemark,
    submitContribution,
    moderateContribution,
    sendReminders,
  },
  Territory,
  TerritoryAbilities,
  Report,
  ReportSection,
  ReportTransition,
  ReportProgrammationFigures,
  ConsultedBody,
  Opinion,
  OpinionRemark,
  Contribution,
};
