import type { FrameworkItemRow } from '../territory/index.js';
import type { ActionStatus, CreditType, FunderRow } from './programmation.types.js';

/** Totals of a programmation's actions as the store groups them: one row per grouping set and key. */
export interface ActionTotalsRow {
  territoryId: string;
  programmationId: string;
  /** Which GROUP BY set the row belongs to. */
  dimension: 'total' | 'item' | 'funder' | 'creditType';
  frameworkItemId: string | null;
  funderId: string | null;
  /** The funder of a funder line, read in the same statement. */
  funder: FunderRow | null;
  creditType: CreditType | null;
  amount: string;
  actionCount: number;
  /** Funding lines in the group: 0 for the actions without any (dropped from funder and credit type). */
  fundingCount: number;
}

export interface ActionFrameworkItemTotalValue {
  /** The top-level axis, read with the tree; null for actions without an item (or one no longer in a tree). */
  frameworkItem: FrameworkItemRow | null;
  amount: string;
  actionCount: number;
}

export interface ActionFunderTotalValue {
  funder: FunderRow;
  amount: string;
  actionCount: number;
}

export interface ActionTotalsValue {
  total: string;
  actionCount: number;
  countedStatuses: ActionStatus[];
  byFrameworkItem: ActionFrameworkItemTotalValue[];
  byFunder: ActionFunderTotalValue[];
  byCreditType: { creditType: CreditType | null; amount: string; actionCount: number }[];
}

/** An axis or a funder of a report's figures, named as it is when computed (then frozen as is). */
export interface FigureLine {
  refId: string | null;
  code: string | null;
  label: string;
  amount: string;
  actionCount: number;
}

/**
 * The figures of the published programmation of a year, computed from its funded actions, the way a
 * report shows them and freezes them (JSON) once approved.
 */
export interface ProgrammationFigures {
  year: number;
  totalCost: { printed: string | null; computed: string | null };
  specificCredits: { printed: string | null; computed: string | null };
  actionTotal: string;
  actionCount: number;
  byFrameworkItem: FigureLine[];
  byFunder: FigureLine[];
}

/** A report's figures: frozen with its approved version, or live before. */
export interface ReportFiguresValue extends ProgrammationFigures {
  frozen: boolean;
  frozenAt: Date | null;
}
