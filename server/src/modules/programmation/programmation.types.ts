import type { CommuneRow, FrameworkItemRow } from '../territory/index.js';

/** Rows as the programmation store returns them; amounts in euros as exact decimal strings ("1250.50"). */
export type ProgrammationStatus = 'DRAFT' | 'PUBLISHED';
export type ActionStatus = 'SUBMITTED' | 'FUNDED' | 'REFUSED' | 'ABANDONED';
export type CreditType = 'SPECIFIC' | 'DROIT_COMMUN';

export interface ProgrammationRow {
  id: string;
  territoryId: string;
  contractId: string | null;
  contractLabel: string | null;
  year: number | null;
  period: string | null;
  totalCost: string | null;
  specificCreditsTotal: string | null;
  projectsSubmitted: number | null;
  actionsFunded: number | null;
  associativeProjects: number | null;
  notes: string[];
  details: Record<string, unknown>;
  status: ProgrammationStatus;
  publishedAt: Date | null;
  version: number;
  updatedAt: Date;
}

export interface ProgrammationTotalRow {
  id: string;
  territoryId: string;
  programmationId: string;
  parentId: string | null;
  frameworkItemId: string | null;
  code: string | null;
  title: string;
  amount: string | null;
  amountDroitCommun: string | null;
  amountSpecific: string | null;
  share: number | null;
  projects: number | null;
  operators: number | null;
  note: string | null;
  position: number;
}

export interface FunderTotalRow {
  id: string;
  territoryId: string;
  programmationId: string;
  funderId: string;
  amount: string | null;
  share: number | null;
  attributionCertain: boolean | null;
  note: string | null;
}

export interface ActionRow {
  id: string;
  territoryId: string;
  programmationId: string | null;
  year: number;
  title: string;
  operatorId: string | null;
  frameworkItemId: string | null;
  frameworkCode: string | null;
  pillar: string | null;
  intercommunal: boolean | null;
  note: string | null;
  status: ActionStatus;
  reference: string | null;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  version: number;
  updatedAt: Date | string;
}

/** An action as the store reads it: its operator, commune ids and fundings come in the same statement. */
export interface ActionListedRow extends ActionRow {
  operator: OperatorRow | null;
  communeIds: string[];
  fundings: FundingWithFunder[];
}

/**
 * An action with what a page of actions nearly always shows, its communes and framework item
 * attached (see withLinks): these fields are served from the row, with no loader per field.
 */
export interface ActionWithLinks extends ActionListedRow {
  communes: CommuneRow[];
  frameworkItem: FrameworkItemRow | null;
}

export type OperatorKind = 'ASSOCIATION' | 'COMMUNE' | 'EPCI' | 'CONSEIL_CITOYEN' | 'BAILLEUR' | 'OTHER';

export interface OperatorRow {
  id: string;
  territoryId: string;
  name: string;
  kind: OperatorKind;
  subKind: string | null;
  communeId: string | null;
  note: string | null;
  siret: string | null;
  rna: string | null;
  version: number;
}

export interface FunderRow {
  id: string;
  territoryId: string;
  name: string;
  legalName: string | null;
  siret: string | null;
  version: number;
}

/** A funding line as an action row brings it: what the Funding type shows, nothing more. */
export interface FundingWithFunder {
  id: string;
  amount: string;
  creditType: CreditType | null;
  fund: string | null;
  conventionDate: string | null;
  decisionReference: string | null;
  paymentConditions: string | null;
  paymentPeriod: string | null;
  funder: FunderRow;
}

export interface FundRow {
  id: string;
  territoryId: string;
  program: string;
  year: number | null;
  communeId: string | null;
  quartierId: string | null;
  project: string | null;
  amount: string | null;
  operationCost: string | null;
  aggregate: boolean;
  note: string | null;
}

export interface UrbanRenewalOperationRow {
  id: string;
  territoryId: string;
  program: string;
  quartierId: string | null;
  communeId: string | null;
  operation: string;
  status: string | null;
  year: number | null;
  date: string | null;
  amount: string | null;
  contractingAuthority: string | null;
  note: string | null;
}

/** A fund's envelope (its aggregate lines) and the sum of its other lines, for one year. */
export interface FundCheckRow {
  territoryId: string;
  year: string;
  program: string;
  printed: string | null;
  computed: string | null;
  lineCount: number;
}

/** A programmation's actions in staff's table: by title (the default), dossier number or status. */
export interface ActionOrder {
  field: 'TITLE' | 'REFERENCE' | 'STATUS';
  descending: boolean;
}

export interface ActionListFilter {
  /** Funded actions of published programmations only: what anyone but the territory's staff sees. */
  publicOnly?: boolean;
  status?: ActionStatus | null;
  programmationId?: string | null;
  year?: number | null;
  communeId?: string | null;
  /** Actions tied to the quartier itself or to one of these communes (the quartier's). */
  quartier?: { id: string; communeIds: string[] } | null;
  /** The chosen framework item and its descendants. */
  frameworkItemIds?: string[] | null;
  operatorId?: string | null;
  funderId?: string | null;
  search?: string | null;
}

/** A printed figure and, on demand, the sum of its lines (see CheckedAmount in the schema). */
export interface CheckedAmountSource {
  printed: string | null;
  computed: () => Promise<string | null>;
}

/** A mandatory SCDL value missing or invalid on a funding line (see scdl.ts), located for the loaders. */
export interface ScdlGapRow {
  territoryId: string;
  actionId: string;
  funderId?: string;
  field: string;
  message: string;
}

/** One funding line as staff edit it (amount as a decimal string). */
export interface FundingLine {
  funderId: string;
  amount: string;
  creditType: CreditType | null;
  fund: string | null;
  conventionDate: string | null;
  decisionReference: string | null;
  paymentConditions: string | null;
  paymentPeriod: string | null;
}

/** An action as the editing store locks it: its links as sorted ids, its fundings sorted by funder. */
export interface EditableAction {
  id: string;
  territoryId: string;
  programmationId: string | null;
  year: number;
  title: string;
  reference: string | null;
  operatorId: string | null;
  frameworkItemId: string | null;
  status: ActionStatus;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  version: number;
  communeIds: string[];
  quartierIds: string[];
  fundings: FundingLine[];
}
