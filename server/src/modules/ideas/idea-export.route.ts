import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../contract.js';
import { isTerritoryCode } from '../../shared/text.js';
import type { IdeasRequest } from './ideas.deps.js';
import { mayExportIdeas } from './ideas.policy.js';
import { ideaExportTable, ideasCsv, ideasXlsx } from './idea-export.js';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** GET /api/ideas/export?territory=CODE&format=csv|xlsx: the ideas of the staff queue, for staff of the territory. */
export function ideaExportRoute(app: FastifyInstance, http: HttpDeps<Pick<IdeasRequest, 'loaders' | 'services'>>) {
  app.get<{ Querystring: { territory?: string; format?: string } }>('/api/ideas/export', async (request, reply) => {
    const { territory: code = '', format = 'csv' } = request.query;
    if (!(format in TYPES)) return reply.code(400).send({ error: 'Format inconnu : csv ou xlsx.' });
    const scope = await http.scopeOf(request);
    const territory = isTerritoryCode(code) ? await scope.services.territory.territoryByCode(code) : null;
    if (!territory) return reply.code(404).send({ error: 'Territoire introuvable.' });
    if (scope.viewer.kind !== 'user') return reply.code(401).send({ error: 'Connectez-vous pour continuer.' });
    if (!mayExportIdeas(scope.viewer, territory.id)) {
      return reply.code(403).send({ error: 'L’export des idées est réservé à l’équipe du contrat de ville.' });
    }
    const table = await ideaExportTable(scope, territory.id);
    const body = format === 'xlsx' ? await ideasXlsx(table) : ideasCsv(table);
    return reply
      .type(TYPES[format as keyof typeof TYPES])
      .header('content-disposition', `attachment; filename="idees-${territory.code.toLowerCase()}.${format}"`)
      .header('cache-control', 'private, no-store')
      .send(body);
  });
}
