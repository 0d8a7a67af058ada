import { randomUUID } from 'node:crypto';
import { foldForMatch } from '../../shared/text.js';
import type { ImportReferences } from '../territory/index.js';
import { quoted } from './spreadsheet-cells.js';
import { ACTION_STATUS_LABELS, CREDIT_TYPE_LABELS } from './spreadsheet-columns.js';
import type { ParsedAction, ParsedFunding, RowProblem } from './spreadsheet-rows.js';
import type { ActionStatus, CreditType } from './programmation.types.js';

/** A funding line as the import compares and writes it (the funder by name). */
export type PlannedFunding = Omit<ParsedFunding, 'line'>;

/** An action of the year as it is in the database, with what the spreadsheet can say about it. */
export interface ExistingAction {
  id: string;
  version: number;
  reference: string | null;
  title: string;
  status: ActionStatus;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  frameworkItemId: string | null;
  frameworkCode: string | null;
  operator: string | null;
  communeIds: string[];
  quartierIds: string[];
  fundings: PlannedFunding[];
}

export interface ExistingOperator {
  name: string;
  siret: string | null;
  rna: string | null;
}

/** An action to create or to update, whole: the file is the truth for what it names. */
export interface PlannedAction {
  id: string;
  create: boolean;
  reference: string | null;
  title: string;
  operator: string | null;
  status: ActionStatus;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  frameworkItemId: string | null;
  frameworkCode: string | null;
  communeIds: string[];
  quartierIds: string[];
  fundings: PlannedFunding[];
}

/** What applying writes, kept between the preview and the confirmation. */
export interface ImportPlan {
  /** Version of every action of the year at the preview: any other at apply time is a conflict. */
  snapshot: Record<string, number>;
  /** Operators to create, or whose SIRET or RNA the file gives anew. */
  operators: ExistingOperator[];
  /** Funders to create. */
  funders: string[];
  actions: PlannedAction[];
}

export interface ImportChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ImportLine {
  line: number;
  reference: string | null;
  title: string;
  operator: string | null;
  changes: ImportChange[];
}

/** What the preview shows. */
export interface ImportSummary {
  created: ImportLine[];
  updated: ImportLine[];
  unchanged: number;
  problems: RowProblem[];
}

interface PlanInput {
  parsed: ParsedAction[];
  problems: RowProblem[];
  references: ImportReferences;
  existing: ExistingAction[];
  operators: ExistingOperator[];
  funders: string[];
}

const problemAt = (line: number, column: string, reason: string): RowProblem => ({
  line,
  column,
  message: `Ligne ${line}, colonne « ${column} » : ${reason}`,
});

/** Names by their folded form: what the file calls « bethune » is the platform's « Béthune ». */
function byFolded<T>(items: T[], ...names: ((item: T) => string[])[]) {
  const map = new Map<string, T>();
  for (const item of items) for (const name of names.flatMap((n) => n(item))) map.set(foldForMatch(name), item);
  return map;
}

const fundingText = (f: PlannedFunding) =>
  [
    `${f.amount} €`,
    f.creditType && CREDIT_TYPE_LABELS[f.creditType as CreditType],
    f.fund,
    f.conventionDate,
    f.decisionReference,
    f.paymentConditions,
    f.paymentPeriod,
  ]
    .filter(Boolean)
    .join(' · ');

/**
 * Matches the checked actions of a file against the year's programmation: what to create, what to
 * update (each change named), what stays as it is, and the names the platform does not know.
 */
export function planImport(input: PlanInput): { plan: ImportPlan; summary: ImportSummary } {
  const { references, existing } = input;
  const problems = [...input.problems];
  const communes = byFolded(references.communes, (c) => [c.name, ...c.altNames]);
  const quartiers = byFolded(references.quartiers, (q) => [q.name]);
  const items = new Map<string, { id: string; code: string }>();
  for (const item of references.frameworkItems) if (!items.has(item.code)) items.set(item.code, item);
  const communeName = new Map(references.communes.map((c) => [c.id, c.name]));
  const quartierName = new Map(references.quartiers.map((q) => [q.id, q.name]));
  const operators = byFolded(input.operators, (o) => [o.name]);
  const funders = new Map(input.funders.map((name) => [foldForMatch(name), name]));
  const byReference = new Map(existing.flatMap((a) => (a.reference ? [[a.reference.toLowerCase(), a] as const] : [])));
  const byTitle = new Map(existing.map((a) => [`${foldForMatch(a.title)}\u0000${foldForMatch(a.operator ?? '')}`, a]));

  const plan: ImportPlan = {
    snapshot: Object.fromEntries(existing.map((a) => [a.id, a.version])),
    operators: [],
    funders: [],
    actions: [],
  };
  const summary: ImportSummary = { created: [], updated: [], unchanged: 0, problems };
  const matchedAt = new Map<string, number>();
  // One write per operator, whatever the number of its actions (an upsert touches a row once).
  const operatorWrites = new Map<string, ExistingOperator>();

  for (const action of input.parsed) {
    const line = action.lines[0]!;
    const lineOf = (key: keyof ParsedAction['lineOf']) => action.lineOf[key] ?? line;
    const before = problems.length;
    const match = action.reference
      ? byReference.get(action.reference.toLowerCase())
      : byTitle.get(`${foldForMatch(action.title)}\u0000${foldForMatch(action.operator ?? '')}`);
    if (match && matchedAt.has(match.id)) {
      problems.push(problemAt(line, 'Action', `cette action figure déjà ligne ${matchedAt.get(match.id)}`));
    } else if (match) matchedAt.set(match.id, line);

    const resolve = (names: string[], known: Map<string, { id: string }>, key: 'communes' | 'quartiers') =>
      names.flatMap((name) => {
        const found = known.get(foldForMatch(name));
        if (found) return [found.id];
        const [column, what] =
          key === 'communes' ? ['Communes', 'commune inconnue'] : ['Quartiers', 'quartier inconnu'];
        problems.push(problemAt(lineOf(key), column, `${what} (${quoted(name)})`));
        return [];
      });
    // Two spellings of one commune name it once.
    const communeIds = [...new Set(resolve(action.communes, communes, 'communes'))];
    const quartierIds = [...new Set(resolve(action.quartiers, quartiers, 'quartiers'))];
    const item = action.frameworkCode ? items.get(action.frameworkCode) : undefined;
    // A code the contract does not hold is a typo, unless the action already carries it (older sources).
    if (action.frameworkCode && !item && action.frameworkCode !== match?.frameworkCode) {
      problems.push(
        problemAt(lineOf('frameworkCode'), 'Axe', `code inconnu dans le contrat (${quoted(action.frameworkCode)})`),
      );
    }
    if (problems.length > before) continue;

    const folded = foldForMatch(action.operator ?? '');
    const known = action.operator === null ? undefined : operators.get(folded);
    const current = operatorWrites.get(folded) ?? known;
    const operator = current?.name ?? action.operator;
    const siretChanged = action.operatorSiret !== null && action.operatorSiret !== (current?.siret ?? null);
    const rnaChanged = action.operatorRna !== null && action.operatorRna !== (current?.rna ?? null);
    if (operator !== null && (!current || siretChanged || rnaChanged)) {
      operatorWrites.set(folded, {
        name: operator,
        siret: action.operatorSiret ?? current?.siret ?? null,
        rna: action.operatorRna ?? current?.rna ?? null,
      });
    }
    const fundings = action.fundings.map(({ line: _line, ...f }) => {
      const name = funders.get(foldForMatch(f.funder));
      if (!name) {
        funders.set(foldForMatch(f.funder), f.funder);
        plan.funders.push(f.funder);
      }
      return { ...f, funder: name ?? f.funder };
    });
    const planned: PlannedAction = {
      id: match?.id ?? randomUUID(),
      create: !match,
      reference: action.reference ?? match?.reference ?? null,
      title: action.title,
      operator,
      status: action.status,
      description: action.description,
      startDate: action.startDate,
      endDate: action.endDate,
      frameworkItemId:
        item?.id ?? (match && action.frameworkCode === match.frameworkCode ? match.frameworkItemId : null),
      frameworkCode: action.frameworkCode,
      communeIds,
      quartierIds,
      fundings,
    };
    const shown = { line, reference: planned.reference, title: planned.title, operator };
    if (!match) {
      summary.created.push({ ...shown, changes: [] });
      plan.actions.push(planned);
      continue;
    }
    const names = (ids: string[], of: Map<string, string>) =>
      ids
        .map((id) => of.get(id) ?? '')
        .sort((a, b) => a.localeCompare(b, 'fr'))
        .join(' ; ') || null;
    const changes: ImportChange[] = [];
    const compare = (field: string, was: string | null, now: string | null) => {
      if ((was ?? null) !== (now ?? null)) changes.push({ field, before: was ?? null, after: now ?? null });
    };
    compare('Action', match.title, planned.title);
    compare('Porteur', match.operator, operator);
    if (siretChanged) compare('SIRET du porteur', known?.siret ?? null, action.operatorSiret);
    if (rnaChanged) compare('RNA du porteur', known?.rna ?? null, action.operatorRna);
    compare('Axe', match.frameworkCode, planned.frameworkCode);
    compare('Communes', names(match.communeIds, communeName), names(communeIds, communeName));
    compare('Quartiers', names(match.quartierIds, quartierName), names(quartierIds, quartierName));
    compare('Statut', ACTION_STATUS_LABELS[match.status], ACTION_STATUS_LABELS[planned.status]);
    compare('Date de début', match.startDate, planned.startDate);
    compare('Date de fin', match.endDate, planned.endDate);
    compare('Description', match.description, planned.description);
    const fundingOf = (list: PlannedFunding[]) => new Map(list.map((f) => [foldForMatch(f.funder), f]));
    const was = fundingOf(match.fundings);
    const now = fundingOf(fundings);
    for (const key of new Set([...was.keys(), ...now.keys()])) {
      const [a, b] = [was.get(key), now.get(key)];
      compare(`Financeur « ${(b ?? a)!.funder} »`, a ? fundingText(a) : null, b ? fundingText(b) : null);
    }
    if (changes.length === 0) summary.unchanged++;
    else {
      summary.updated.push({ ...shown, changes });
      plan.actions.push(planned);
    }
  }
  plan.operators = [...operatorWrites.values()];
  problems.sort((a, b) => a.line - b.line);
  return { plan, summary };
}
