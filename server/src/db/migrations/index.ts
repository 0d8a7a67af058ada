import { ExtensionsAndFrenchSearch1763900000000 } from './1763900000000-extensions-and-french-search.js';
import { InitialSchema1795449663880 } from './1795449663880-initial-schema.js';
import { SearchIndexes1795449700000 } from './1795449700000-search-indexes.js';
import { IdentityNotificationsAudit1795452418500 } from './1795452418500-identity-notifications-audit.js';
import { IdentityRules1795452418600 } from './1795452418600-identity-rules.js';
import { Consultation1795454172758 } from './1795454172758-consultation.js';
import { Contributions1795455170958 } from './1795455170958-contributions.js';
import { DeliberationFiles1795455461623 } from './1795455461623-deliberation-files.js';
import { BodyTransmission1795460000000 } from './1795460000000-body-transmission.js';
import { BodyNamesElision1795461000000 } from './1795461000000-body-names-elision.js';
import { TerritoryLogo1795470000000 } from './1795470000000-territory-logo.js';
import { AuditActionIndex1795480000000 } from './1795480000000-audit-action-index.js';
import { Ideas1795490000000 } from './1795490000000-ideas.js';
import { IdeaPhotoKey1795490500000 } from './1795490500000-idea-photo-key.js';
import { IdeaSearchWithoutPendingList1795490600000 } from './1795490600000-idea-search-without-pending-list.js';
import { Moderation1795481000000 } from './1795481000000-moderation.js';
import { ParticipationEvents1795500000000 } from './1795500000000-participation-events.js';
import { OutboxAttachments1795500500000 } from './1795500500000-outbox-attachments.js';
import { ProgrammationEditing1795510000000 } from './1795510000000-programmation-editing.js';
import { ReportProgrammationFigures1795510500000 } from './1795510500000-report-programmation-figures.js';
import { ContractVersions1795511000000 } from './1795511000000-contract-versions.js';
import { FrameworkItemInUse1795511500000 } from './1795511500000-framework-item-in-use.js';
import { ActionOrderIndexes1795512000000 } from './1795512000000-action-order-indexes.js';

/** Applied in this order; never edit one that has been merged. */
export const migrations = [
  ExtensionsAndFrenchSearch1763900000000,
  InitialSchema1795449663880,
  SearchIndexes1795449700000,
  IdentityNotificationsAudit1795452418500,
  IdentityRules1795452418600,
  Consultation1795454172758,
  Contributions1795455170958,
  DeliberationFiles1795455461623,
  BodyTransmission1795460000000,
  BodyNamesElision1795461000000,
  TerritoryLogo1795470000000,
  AuditActionIndex1795480000000,
  Moderation1795481000000,
  Ideas1795490000000,
  IdeaPhotoKey1795490500000,
  IdeaSearchWithoutPendingList1795490600000,
  ParticipationEvents1795500000000,
  OutboxAttachments1795500500000,
  ProgrammationEditing1795510000000,
  ReportProgrammationFigures1795510500000,
  ContractVersions1795511000000,
  FrameworkItemInUse1795511500000,
  ActionOrderIndexes1795512000000,
];
