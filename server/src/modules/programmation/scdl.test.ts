import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.js';
import { SCDL_COLUMNS, scdlCsv, scdlGaps, ScdlGapsError, scdlRows, validateScdlCsv, type ScdlGrant } from './scdl.js';

const grant = (overrides: Partial<ScdlGrant> = {}): ScdlGrant => ({
  actionId: 'action-1',
  funderId: 'funder-1',
  funderName: 'Communauté d’agglomération Béthune-Bruay Artois Lys Romane',
  funderSiret: '20004168900015',
  conventionDate: '2024-06-24',
  decisionReference: 'DEL-2024-112',
  beneficiaryName: 'Association Les Jardins du Quartier',
  beneficiarySiret: '12345678900011',
  beneficiaryRna: 'W623001234',
  object: 'Atelier d’écriture, cité des Brebis',
  amount: '1250.5',
  paymentConditions: 'unique',
  paymentPeriod: '2024-07-01',
  ...overrides,
});

/** A file whose rows are the writer's, with one cell replaced: what a careless hand or tool would produce. */
function fileWith(column: (typeof SCDL_COLUMNS)[number], value: string): string {
  const [row = []] = scdlRows([grant()]);
  row[SCDL_COLUMNS.indexOf(column)] = value;
  return stringify([[...SCDL_COLUMNS], row]);
}

describe('SCDL « Subventions » 2.1.1', () => {
  it('has the 16 columns of the schema, in its order', () => {
    expect(SCDL_COLUMNS).toEqual([
      'nomAttribuant',
      'idAttribuant',
      'dateConvention',
      'referenceDecision',
      'nomBeneficiaire',
      'idBeneficiaire',
      'rnaBeneficiaire',
      'objet',
      'montant',
      'nature',
      'conditionsVersement',
      'datesPeriodeVersement',
      'idRAE',
      'notificationUE',
      'pourcentageSubvention',
      'dispositifAide',
    ]);
  });

  it('writes a file that validates, with the defaults and the RNA of an association without SIRET', () => {
    const grants = [
      grant(),
      grant({
        actionId: 'action-2',
        beneficiarySiret: null,
        amount: '0.10',
        paymentConditions: 'Échelonné',
        paymentPeriod: '2024-07-01/2024-12-31',
      }),
      grant({
        actionId: 'action-3',
        beneficiaryRna: null,
        paymentConditions: '50 % à la signature, le solde au bilan',
      }),
    ];
    const csv = scdlCsv(grants);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(validateScdlCsv(csv)).toEqual([]);
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toEqual([...SCDL_COLUMNS]);
    expect(rows[0]).toEqual([
      'Communauté d’agglomération Béthune-Bruay Artois Lys Romane',
      '20004168900015',
      '2024-06-24',
      'DEL-2024-112',
      'Association Les Jardins du Quartier',
      '12345678900011',
      'W623001234',
      'Atelier d’écriture, cité des Brebis',
      '1250.50',
      'aide en numéraire',
      'unique',
      '2024-07-01',
      '',
      'non',
      '1.00',
      '',
    ]);
    const at = (row: string[] | undefined, column: (typeof SCDL_COLUMNS)[number]) =>
      row?.[SCDL_COLUMNS.indexOf(column)];
    expect(at(rows[1], 'idBeneficiaire')).toBe('W623001234');
    expect(at(rows[1], 'conditionsVersement')).toBe('échelonné');
    expect(at(rows[1], 'datesPeriodeVersement')).toBe('2024-07-01/2024-12-31');
    expect(at(rows[2], 'conditionsVersement')).toBe('autre');
  });

  it('keeps a title that a spreadsheet would run as a formula as text, and the file stays valid', () => {
    const csv = scdlCsv([grant({ object: '=HYPERLINK("http://evil.example","Voir")' })]);
    const [, row] = parse(csv) as string[][];
    expect(row?.[SCDL_COLUMNS.indexOf('objet')]).toBe(`'=HYPERLINK("http://evil.example","Voir")`);
    expect(validateScdlCsv(csv)).toEqual([]);
  });

  it.each([
    ['idAttribuant', '2000416890001', 'SIRET de 14 chiffres attendu'],
    ['idAttribuant', '', 'valeur obligatoire manquante'],
    ['dateConvention', '', 'valeur obligatoire manquante'],
    ['dateConvention', '24/06/2024', 'date attendue au format AAAA-MM-JJ'],
    ['dateConvention', '2024-02-30', 'date attendue au format AAAA-MM-JJ'],
    ['idBeneficiaire', '123 456 789 00011', 'SIRET de 14 chiffres'],
    ['rnaBeneficiaire', 'W12345', 'RNA attendu'],
    ['nature', 'subvention', '« aide en numéraire »'],
    ['nature', 'aide en nature;aide en nature', '« aide en numéraire »'],
    ['montant', '1250,50', 'montant décimal avec un point'],
    ['montant', '-3.00', 'montant décimal avec un point'],
    ['conditionsVersement', '50 % à la signature', 'valeur non autorisée'],
    ['datesPeriodeVersement', '2024-12-31/2024-07-01', 'la période finit avant de commencer'],
    ['notificationUE', 'false', 'valeur non autorisée'],
    ['pourcentageSubvention', '0.005', 'pourcentage entre 0.01 et 1'],
    ['pourcentageSubvention', '1.0001', 'pourcentage entre 0.01 et 1'],
    ['pourcentageSubvention', '1,00', 'nombre décimal avec un point'],
    ['objet', 'x'.repeat(256), 'texte trop long'],
    ['idRAE', '12345', 'texte trop long'],
  ] as const)('refuses %s = « %s »', (column, value, problem) => {
    const problems = validateScdlCsv(fileWith(column, value));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`Ligne 2, ${column} : ${problem}`);
  });

  it('accepts both natures joined by « ; » and a percentage of 0.01', () => {
    expect(validateScdlCsv(fileWith('nature', 'aide en numéraire;aide en nature'))).toEqual([]);
    expect(validateScdlCsv(fileWith('pourcentageSubvention', '0.01'))).toEqual([]);
  });

  it('refuses columns out of order, missing or added, and rows of the wrong length', () => {
    const rows = scdlRows([grant()]);
    const swapped = SCDL_COLUMNS.map((c, i) => (i === 2 ? SCDL_COLUMNS[3] : i === 3 ? SCDL_COLUMNS[2] : c));
    expect(validateScdlCsv(stringify([swapped, ...rows]))).toEqual([
      'En-tête : colonne 3 « dateConvention » attendue, « referenceDecision » trouvée.',
      'En-tête : colonne 4 « referenceDecision » attendue, « dateConvention » trouvée.',
    ]);
    expect(validateScdlCsv(stringify([SCDL_COLUMNS.slice(0, 15), ...rows]))).toEqual([
      'En-tête : colonne 16 « dispositifAide » absente.',
    ]);
    expect(validateScdlCsv(stringify([[...SCDL_COLUMNS, 'commentaire'], ...rows]))).toEqual([
      'En-tête : colonne « commentaire » en trop.',
    ]);
    const withBlankLine = stringify([[...SCDL_COLUMNS], ...rows]) + '\n' + stringify(rows);
    expect(validateScdlCsv(withBlankLine)).toEqual(['Ligne 3 : 16 valeurs attendues, 1 trouvées.']);
    expect(validateScdlCsv('')).toEqual(['Fichier vide : la ligne d’en-tête manque.']);
    expect(validateScdlCsv('"nomAttribuant')[0]).toMatch(/^Fichier CSV illisible/);
  });

  it('lists the missing mandatory data to staff and refuses to write the file', () => {
    const grants = [
      grant(),
      grant({ actionId: 'a2', funderSiret: null, conventionDate: null, beneficiarySiret: null, beneficiaryRna: null }),
      grant({ actionId: 'a3', beneficiarySiret: '1234', paymentConditions: null, paymentPeriod: null }),
      grant({ actionId: 'a4', beneficiarySiret: null, beneficiaryRna: 'W12', amount: 'beaucoup' }),
    ];
    const gaps = scdlGaps(grants);
    expect(gaps.map((g) => [g.actionId, g.field, g.message])).toEqual([
      ['a2', 'idAttribuant', 'SIRET du financeur manquant'],
      ['a2', 'dateConvention', 'Date de convention manquante'],
      ['a2', 'idBeneficiaire', 'SIRET du bénéficiaire manquant (ou, pour une association, son RNA)'],
      [
        'a3',
        'idBeneficiaire',
        'SIRET du bénéficiaire invalide : SIRET de 14 chiffres (ou RNA pour une association) attendu',
      ],
      ['a3', 'conditionsVersement', 'Conditions de versement manquantes'],
      ['a3', 'datesPeriodeVersement', 'Période de versement manquante'],
      ['a4', 'rnaBeneficiaire', 'RNA du bénéficiaire invalide : RNA attendu (W suivi de 9 chiffres)'],
      ['a4', 'montant', 'Montant invalide : montant décimal avec un point attendu (ex. 47800.20)'],
    ]);
    expect(gaps.every((g) => g.funderId === 'funder-1')).toBe(true);

    let refusal: unknown;
    try {
      scdlCsv(grants);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ScdlGapsError);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as ScdlGapsError).code).toBe('BAD_USER_INPUT');
    expect((refusal as ScdlGapsError).gaps).toEqual(gaps);
    expect((refusal as ScdlGapsError).message).toMatch(
      /^Le fichier SCDL ne peut pas être produit : 8 données obligatoires manquantes/,
    );
  });
});
