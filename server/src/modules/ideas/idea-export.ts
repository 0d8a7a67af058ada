import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../shared/spreadsheet.js';
import type { IdeasRequest } from './ideas.deps.js';
import { createIdeaStaffStore } from './idea-staff.store.js';
import { IDEA_STATUS_LABELS, NO_THEME, WHOLE_TERRITORY } from './idea-figures.js';
import { FORMER_PARTICIPANT } from './idea-participation.service.js';
import type { IdeaChannel, IdeaPublication } from './ideas.types.js';

const PUBLICATION_LABELS: Record<IdeaPublication, string> = {
  UNCONFIRMED: 'en attente de confirmation',
  PENDING: 'à modérer',
  PUBLISHED: 'publiée',
  REJECTED: 'refusée',
};
const CHANNEL_LABELS: Record<IdeaChannel, string> = {
  ONLINE: 'en ligne',
  MEETING: 'réunion',
  PAPER: 'papier',
  PHONE: 'téléphone',
};

const HEADER = [
  'Titre',
  'Texte',
  'Quartier',
  'Thème',
  'Statut',
  'Réponse',
  'Publication',
  'Soutiens',
  'Commentaires',
  'Canal',
  'Auteur',
  'Créée le',
  'Répondue le',
  'Actions liées',
] as const;

type Cell = string | number;

/** A calendar day in Paris, YYYY-MM-DD. */
const parisDay = (d: Date | null) =>
  d ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', dateStyle: 'short' }).format(d) : '';

const found = <T>(rows: (T | null | Error)[]) => rows.map((r) => (r instanceof Error ? null : r));

/**
 * The ideas of the staff queue, one row each, authors pseudonymous (a council's name, the name
 * given when recorded on someone's behalf, a pseudonym; never an email). The caller checked the right.
 */
export async function ideaExportTable(scope: IdeasRequest, territoryId: string): Promise<Cell[][]> {
  const rows = await createIdeaStaffStore(scope.ds).exportRows(territoryId);
  const { territory, identity, programmation } = scope.loaders;
  const ref = (id: string) => ({ territoryId, id });
  const ids = (pick: (r: (typeof rows)[number]) => string | null) => [
    ...new Set(rows.map(pick).filter((id): id is string => id !== null)),
  ];
  const [quartiers, themes, councils, authors, actions] = await Promise.all([
    territory.quartierById.loadMany(ids((r) => r.quartierId).map(ref)),
    territory.frameworkItemById.loadMany(ids((r) => r.themeId).map(ref)),
    territory.citizenCouncilById.loadMany(ids((r) => r.councilId).map(ref)),
    identity.userById.loadMany(ids((r) => r.authorId)),
    programmation.actionById.loadMany([...new Set(rows.flatMap((r) => r.actionIds))].map(ref)),
  ]);
  const byId = <T extends { id: string }>(list: (T | null | Error)[]) =>
    new Map(found(list).flatMap((r) => (r ? [[r.id, r] as const] : [])));
  const [quartier, theme, council, author, action] = [
    byId(quartiers),
    byId(themes),
    byId(councils),
    byId(authors),
    byId(actions),
  ];
  return [
    [...HEADER],
    ...rows.map((r) => [
      r.title,
      r.body,
      r.quartierId ? (quartier.get(r.quartierId)?.name ?? '') : WHOLE_TERRITORY,
      r.themeId ? (theme.get(r.themeId)?.title ?? '') : NO_THEME,
      IDEA_STATUS_LABELS[r.status],
      r.answer ?? '',
      r.hidden ? `${PUBLICATION_LABELS[r.publication]}, masquée après signalements` : PUBLICATION_LABELS[r.publication],
      r.supportCount,
      r.commentCount,
      CHANNEL_LABELS[r.channel],
      (r.councilId && council.get(r.councilId)?.name) ||
        r.onBehalfOf ||
        author.get(r.authorId)?.displayName ||
        FORMER_PARTICIPANT,
      parisDay(r.createdAt),
      parisDay(r.firstAnsweredAt),
      r.actionIds.map((id) => action.get(id)?.title ?? '').join(' ; '),
    ]),
  ];
}

const text = (cell: Cell) => (typeof cell === 'number' ? cell : neutraliseCell(cell));

/** UTF-8 with a BOM (Excel then reads the accents), every text cell neutralised. */
export const ideasCsv = (table: Cell[][]) => '\uFEFF' + stringify(table.map((row) => row.map(text)));

export async function ideasXlsx(table: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Idées');
  for (const row of table) sheet.addRow(row.map(text));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
