import { stringify } from 'csv-stringify/sync';
import { DomainError } from '../../shared/errors.js';
import { normaliseDecimal } from '../../shared/money.js';
import { neutraliseCell } from '../../shared/spreadsheet.js';
import { SCDL_COLUMNS, scdlCellProblem, type ScdlColumn } from './scdl-schema.js';

export { SCDL_COLUMNS, SCDL_SCHEMA, validateScdlCsv, type ScdlColumn } from './scdl-schema.js';

/**
 * One grant of the SCDL « Subventions » file: a funder (the attribuant) of an action, paid to the
 * action's operator (the bénéficiaire). Values come as stored; missing ones are null and listed by
 * scdlGaps instead of producing an invalid file.
 */
export interface ScdlGrant {
  actionId: string;
  funderId?: string;
  funderName: string;
  funderSiret: string | null;
  /** YYYY-MM-DD */
  conventionDate: string | null;
  decisionReference: string | null;
  beneficiaryName: string;
  beneficiarySiret: string | null;
  beneficiaryRna: string | null;
  /** The action's title. */
  object: string;
  /** Decimal string, "1250.50". */
  amount: string;
  /** 'aide en numéraire' when not given. */
  nature?: string | null;
  /** 'unique', 'échelonné' or free text (written « autre »). */
  paymentConditions: string | null;
  /** YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD */
  paymentPeriod: string | null;
  notificationUE?: boolean;
  /** Share of the grant going to this beneficiary, '1.00' when not given. */
  percentage?: string | null;
}

export interface ScdlGap {
  actionId: string;
  funderId?: string;
  field: ScdlColumn;
  message: string;
}

/** How staff read each column in a gap, and the agreement of « manquant » with it. */
const GAP_LABELS: Partial<Record<ScdlColumn, [label: string, agreement: '' | 'e' | 'es']>> = {
  nomAttribuant: ['Nom du financeur', ''],
  idAttribuant: ['SIRET du financeur', ''],
  dateConvention: ['Date de convention', 'e'],
  nomBeneficiaire: ['Nom du bénéficiaire', ''],
  idBeneficiaire: ['SIRET du bénéficiaire', ''],
  rnaBeneficiaire: ['RNA du bénéficiaire', ''],
  objet: ['Intitulé de l’action', ''],
  montant: ['Montant', ''],
  nature: ['Nature de l’aide', 'e'],
  conditionsVersement: ['Conditions de versement', 'es'],
  datesPeriodeVersement: ['Période de versement', 'e'],
  pourcentageSubvention: ['Pourcentage de la subvention', ''],
};

const compact = (value: string | null) => value?.replace(/\s/g, '') ?? '';

/** « unique » and « échelonné » whatever their case or accents; any other condition is « autre ». */
function paymentConditionsCell(value: string | null): string {
  const plain = (value ?? '').trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (plain === '') return '';
  if (plain === 'unique') return 'unique';
  return plain === 'echelonne' ? 'échelonné' : 'autre';
}

function cellsOf(grant: ScdlGrant): Record<ScdlColumn, string> {
  const siret = compact(grant.beneficiarySiret);
  const rna = compact(grant.beneficiaryRna);
  return {
    nomAttribuant: grant.funderName.trim(),
    idAttribuant: compact(grant.funderSiret),
    dateConvention: grant.conventionDate ?? '',
    referenceDecision: grant.decisionReference?.trim() ?? '',
    nomBeneficiaire: grant.beneficiaryName.trim(),
    // An association without SIRET is identified by its RNA.
    idBeneficiaire: siret || rna,
    rnaBeneficiaire: rna,
    objet: grant.object.trim(),
    montant: normaliseDecimal(grant.amount) ?? grant.amount,
    nature: grant.nature?.trim() || 'aide en numéraire',
    conditionsVersement: paymentConditionsCell(grant.paymentConditions),
    datesPeriodeVersement: compact(grant.paymentPeriod),
    idRAE: '',
    notificationUE: grant.notificationUE ? 'oui' : 'non',
    pourcentageSubvention: grant.percentage ?? '1.00',
    dispositifAide: '',
  };
}

const neutralisedCellsOf = (grant: ScdlGrant) => {
  const cells = cellsOf(grant);
  return SCDL_COLUMNS.map((column) => neutraliseCell(cells[column]));
};

/** The rows of the file, in SCDL_COLUMNS order, every cell neutralised. */
export const scdlRows = (grants: readonly ScdlGrant[]): string[][] => grants.map(neutralisedCellsOf);

function gapMessage(column: ScdlColumn, problem: string): string {
  const [label, agreement] = GAP_LABELS[column] ?? [column, ''];
  if (problem === 'valeur obligatoire manquante') return `${label} manquant${agreement}`;
  return `${label} invalide${agreement === 'es' ? 's' : ''} : ${problem}`;
}

/** Every mandatory value missing or invalid, grant by grant, for staff to complete before publication. */
export function scdlGaps(grants: readonly ScdlGrant[]): ScdlGap[] {
  return grants.flatMap((grant) => {
    const row = neutralisedCellsOf(grant);
    const at = (field: ScdlColumn, message: string): ScdlGap => ({
      actionId: grant.actionId,
      ...(grant.funderId !== undefined && { funderId: grant.funderId }),
      field,
      message,
    });
    const gaps: ScdlGap[] = [];
    const identifiedByRna = !compact(grant.beneficiarySiret) && !!compact(grant.beneficiaryRna);
    SCDL_COLUMNS.forEach((column, i) => {
      // An RNA standing in for the SIRET is checked once, as the RNA.
      if (column === 'idBeneficiaire' && identifiedByRna) return;
      const problem = scdlCellProblem(column, row[i] ?? '');
      if (problem) gaps.push(at(column, gapMessage(column, problem)));
    });
    if (row[SCDL_COLUMNS.indexOf('idBeneficiaire')] === '')
      gaps.push(at('idBeneficiaire', 'SIRET du bénéficiaire manquant (ou, pour une association, son RNA)'));
    return gaps;
  });
}

/** Refusal to write an SCDL file with missing or invalid mandatory data; the gaps say which. */
export class ScdlGapsError extends DomainError {
  constructor(readonly gaps: ScdlGap[]) {
    super(
      'BAD_USER_INPUT',
      `Le fichier SCDL ne peut pas être produit : ${gaps.length} ${gaps.length > 1 ? 'données obligatoires manquantes ou invalides' : 'donnée obligatoire manquante ou invalide'} (${gaps
        .slice(0, 3)
        .map((g) => g.message)
        .join(' ; ')}${gaps.length > 3 ? ' ; …' : ''}).`,
      { field: gaps[0]?.field ?? 'grants' },
    );
  }
}

/** The SCDL CSV: UTF-8 without BOM, comma, header row; refused while any gap remains. */
export function scdlCsv(grants: readonly ScdlGrant[]): string {
  const gaps = scdlGaps(grants);
  if (gaps.length > 0) throw new ScdlGapsError(gaps);
  return stringify([[...SCDL_COLUMNS], ...scdlRows(grants)]);
}
