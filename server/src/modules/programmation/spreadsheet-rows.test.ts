import { describe, expect, it } from 'vitest';
import { SPREADSHEET_COLUMNS, type SpreadsheetRow } from './spreadsheet-columns.js';
import { checkRows } from './spreadsheet-rows.js';
import type { SheetLine } from './spreadsheet-read.js';

const EMPTY = Object.fromEntries(SPREADSHEET_COLUMNS.map((c) => [c.key, ''])) as SpreadsheetRow;
const row = (line: number, cells: Partial<SpreadsheetRow>): SheetLine => ({ line, cells: { ...EMPTY, ...cells } });
const atelier = { title: 'Atelier vélo', operator: 'Asso Roue Libre' };

/** The messages of the problems of one row. */
const messagesOf = (rows: SheetLine[]) => checkRows(rows).problems.map((p) => p.message);

describe('checkRows', () => {
  it('groups a clean file into actions, one funding per row, with nothing to report', () => {
    const { actions, problems } = checkRows([
      row(2, {
        ...atelier,
        operatorSiret: '732 829 320 00074',
        operatorRna: 'w622001234',
        communes: 'Béthune ; Bruay-La-Buissière;béthune',
        status: 'financee',
        startDate: '06/01/2025',
        endDate: '2025-12-19',
        funder: 'ANCT',
        amount: '12 500,5',
        creditType: 'crédits spécifiques',
        paymentConditions: 'Echelonne',
        paymentPeriod: '2025-04-01/2025-12-31',
      }),
      row(3, {
        ...atelier,
        title: 'ATELIER VELO',
        funder: 'Ville de Béthune',
        amount: '2000',
        conventionDate: '1/3/2025',
      }),
      row(4, { reference: 'A-7', title: 'Fête de quartier', operator: 'Ville', status: 'Déposée' }),
    ]);
    expect(problems).toEqual([]);
    expect(actions).toEqual([
      expect.objectContaining({
        lines: [2, 3],
        reference: null,
        title: 'Atelier vélo',
        operatorSiret: '73282932000074',
        operatorRna: 'W622001234',
        communes: ['Béthune', 'Bruay-La-Buissière'],
        status: 'FUNDED',
        startDate: '2025-01-06',
        endDate: '2025-12-19',
        fundings: [
          expect.objectContaining({
            line: 2,
            funder: 'ANCT',
            amount: '12500.50',
            creditType: 'SPECIFIC',
            paymentConditions: 'échelonné',
            paymentPeriod: '2025-04-01/2025-12-31',
          }),
          expect.objectContaining({ line: 3, amount: '2000.00', creditType: null, conventionDate: '2025-03-01' }),
        ],
      }),
      expect.objectContaining({ lines: [4], reference: 'A-7', status: 'SUBMITTED', fundings: [] }),
    ]);
  });

  it('names each unreadable cell by line and column, in French', () => {
    const problems = checkRows([
      row(2, { ...atelier, funder: 'ANCT', amount: '12,5,0' }),
      row(3, { ...atelier, title: 'Forum', funder: 'ANCT', amount: '12,345' }),
      row(4, { ...atelier, title: 'Fête', funder: 'ANCT', amount: '-5' }),
      row(5, { ...atelier, title: 'Jardin', operatorSiret: '73282932000075', operatorRna: 'W12' }),
      row(6, { ...atelier, title: 'Cinéma', operatorSiret: '1234', startDate: '31/02/2025', endDate: '2025-13-01' }),
      row(7, { ...atelier, title: 'Sport', startDate: '01/06/2025', endDate: '01/05/2025', status: 'Votée' }),
      row(8, { ...atelier, title: 'Théâtre', funder: 'ANCT', amount: '10', creditType: 'Autre' }),
      row(9, { title: '', operator: 'Asso' }),
    ]).problems;
    expect(problems.map((p) => p.message)).toEqual([
      'Ligne 2, colonne « Montant » : montant illisible (« 12,5,0 »)',
      'Ligne 3, colonne « Montant » : deux décimales au plus (« 12,345 »)',
      'Ligne 4, colonne « Montant » : montant négatif (« -5 »)',
      'Ligne 5, colonne « SIRET du porteur » : SIRET invalide, la clé de contrôle ne correspond pas (« 73282932000075 »)',
      'Ligne 5, colonne « RNA du porteur » : RNA attendu sous la forme W suivi de 9 chiffres (« W12 »)',
      'Ligne 6, colonne « SIRET du porteur » : SIRET attendu sur 14 chiffres (« 1234 »)',
      'Ligne 6, colonne « Date de début » : cette date n’existe pas (« 31/02/2025 »)',
      'Ligne 6, colonne « Date de fin » : cette date n’existe pas (« 2025-13-01 »)',
      'Ligne 7, colonne « Statut » : statut inconnu (« Votée ») ; attendu : Déposée, Financée, Refusée, Abandonnée',
      'Ligne 7, colonne « Date de fin » : la fin (« 01/05/2025 ») précède le début (« 01/06/2025 »)',
      'Ligne 8, colonne « Type de crédit » : type de crédit inconnu (« Autre ») ; attendu : Crédits spécifiques, Droit commun',
      'Ligne 9, colonne « Action » : valeur obligatoire',
    ]);
    expect(problems[0]).toMatchObject({ line: 2, column: 'Montant' });
  });

  it('refuses a funding without its funder or its amount, a funder twice on one action, a SIRET without porteur', () => {
    expect(
      messagesOf([
        row(2, { ...atelier, amount: '100' }),
        row(3, { ...atelier, funder: 'ANCT' }),
        row(4, { ...atelier, fund: 'FCS' }),
        row(5, { ...atelier, title: 'Fête', funder: 'ANCT', amount: '1' }),
        row(6, { ...atelier, title: 'Fête', funder: 'anct', amount: '2' }),
        row(7, { title: 'Sans porteur', operatorSiret: '73282932000074' }),
      ]),
    ).toEqual([
      'Ligne 2, colonne « Financeur » : financeur manquant pour le montant « 100 »',
      'Ligne 3, colonne « Montant » : montant manquant pour le financeur « ANCT »',
      'Ligne 4, colonne « Fonds » : renseigné sans financeur',
      'Ligne 6, colonne « Financeur » : le financeur « anct » figure déjà ligne 5 pour cette action',
      'Ligne 7, colonne « SIRET du porteur » : renseigné sans porteur',
    ]);
  });

  it('refuses rows of one action that disagree, and accepts a cell left empty on a later row', () => {
    const { actions, problems } = checkRows([
      row(2, {
        reference: 'A-1',
        ...atelier,
        status: 'Financée',
        communes: 'Béthune;Lens',
        funder: 'ANCT',
        amount: '1',
      }),
      row(3, { reference: 'a-1', ...atelier, communes: 'lens ; BETHUNE', funder: 'Ville', amount: '2' }),
      row(4, { reference: 'A-1', ...atelier, status: 'Refusée', funder: 'Région', amount: '3' }),
      row(5, { ...atelier, title: 'Fête', startDate: '2025-06-01' }),
      row(6, { ...atelier, title: 'Fête', endDate: '2025-05-01' }),
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Ligne 4, colonne « Statut » : « Refusée » diffère de la ligne 2 (« Financée ») pour la même action',
      'Ligne 6, colonne « Date de fin » : la fin précède le début donné ligne 5',
    ]);
    expect(actions).toEqual([]);
  });

  it('controls text: control characters, over-long names, one line for a name', () => {
    expect(
      messagesOf([
        row(2, { ...atelier, title: 'A\u0007' }),
        row(3, { ...atelier, operator: 'x'.repeat(201) }),
        row(4, { ...atelier, funder: 'Ville\nde Lens', amount: '1' }),
        row(5, { ...atelier, title: 'Jardin', description: 'Deux lignes\nc’est permis', communes: 'Lens;\u0001' }),
      ]),
    ).toEqual([
      'Ligne 2, colonne « Action » : caractère de contrôle interdit',
      'Ligne 3, colonne « Porteur » : texte trop long (200 caractères au plus)',
      'Ligne 4, colonne « Financeur » : une seule ligne attendue',
      'Ligne 5, colonne « Communes » : caractère de contrôle interdit',
    ]);
  });
});
