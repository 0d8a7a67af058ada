import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isTerritoryCode, isUuid } from '../../shared/text.js';
import type { HttpDeps } from '../contract.js';
import type { ProgrammationSlice } from './programmation.context.js';
import type { TerritorySlice } from '../territory/index.js';
import { programmationCsv, programmationXlsx } from './programmation-export.js';

type Scope = ProgrammationSlice & TerritorySlice;
type Located = { Params: { code: string; year: string; file: string } };

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
const FILE_NOT_FOUND = { error: 'Fichier introuvable.' };
const PROGRAMMATION_FILE = /^(\d{4})\.(csv|xlsx)$/;
const YEAR = /^\d{4}$/;

/** A file name's safe form: « Région Hauts-de-France » → « region-hauts-de-france ». */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

const download = (reply: FastifyReply, type: string, filename: string, shared: boolean) =>
  reply
    .type(type)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', shared ? 'public, max-age=300' : 'private, no-store');

/**
 * GET /exports/:code/programmation/:year.(csv|xlsx): the programmation of a year, public once
 * published (funded actions only), drafts and every action for staff. GET
 * /exports/:code/scdl/:year/:funderId.csv: a funder's SCDL « Subventions » file of a published
 * programmation, or 409 listing the mandatory data still missing.
 */
export function programmationExportRoutes(app: FastifyInstance, http: HttpDeps<Scope>) {
  async function territoryOf(request: FastifyRequest<Located>) {
    const scope = await http.scopeOf(request);
    const { code } = request.params;
    const territory = isTerritoryCode(code) ? await scope.services.territory.territoryByCode(code) : null;
    return { scope, territory };
  }

  app.get<Located>('/exports/:code/programmation/:file', async (request, reply) => {
    const match = PROGRAMMATION_FILE.exec(request.params.file);
    if (!match) return reply.code(404).send(FILE_NOT_FOUND);
    const [, year, format] = match as unknown as [string, string, keyof typeof TYPES];
    const { scope, territory } = await territoryOf(request);
    if (!territory) return reply.code(404).send({ error: 'Territoire introuvable.' });
    const found = await scope.services.programmationExport.snapshot(territory.id, Number(year));
    if (!found) return reply.code(404).send({ error: `Aucune programmation ${year} publiée pour ce territoire.` });
    const body = format === 'xlsx' ? await programmationXlsx(found.snapshot) : programmationCsv(found.snapshot);
    const filename = `programmation-${territory.code.toLowerCase()}-${year}.${format}`;
    return download(reply, TYPES[format], filename, found.shared).send(body);
  });

  app.get<Located>('/exports/:code/scdl/:year/:file', async (request, reply) => {
    const { year, file } = request.params;
    const funderId = file.replace(/\.csv$/, '');
    if (!YEAR.test(year) || !file.endsWith('.csv') || !isUuid(funderId)) return reply.code(404).send(FILE_NOT_FOUND);
    const { scope, territory } = await territoryOf(request);
    if (!territory) return reply.code(404).send({ error: 'Territoire introuvable.' });
    const found = await scope.services.programmationExport.scdlFile(territory.id, Number(year), funderId);
    if (found.kind === 'none') {
      return reply
        .code(404)
        .send({ error: `Aucune subvention de ce financeur dans la programmation ${year} publiée.` });
    }
    if (found.kind === 'gaps') {
      const list = found.gaps.map((g) => `« ${g.actionTitle} » : ${g.message}`).join(' ; ');
      return reply.code(409).send({
        error: `Le fichier SCDL ne peut pas être produit, des données obligatoires manquent : ${list}.`,
        gaps: found.gaps.map(({ actionId, actionTitle, field, message }) => ({
          actionId,
          actionTitle,
          field,
          message,
        })),
      });
    }
    const filename = `subventions-${territory.code.toLowerCase()}-${year}-${slug(found.funderName) || 'financeur'}.csv`;
    return download(reply, TYPES.csv, filename, true).send(found.csv);
  });
}
