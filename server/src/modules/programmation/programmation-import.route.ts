import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HttpDeps } from '../contract.js';
import { DomainError } from '../../shared/errors.js';
import { isTerritoryCode } from '../../shared/text.js';
import { UPLOAD_BODY_TIMEOUT_MS } from '../../http-timeouts.js';
import type { TerritorySlice } from '../territory/index.js';
import type { ProgrammationSlice } from './programmation.context.js';
import { mayManageProgrammation } from './programmation.policy.js';
import { MAX_FILE_BYTES } from './spreadsheet-read.js';
import { templateXlsx } from './spreadsheet-template.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What browsers send for a spreadsheet or a CSV: the bytes themselves decide the format. */
const UPLOAD_TYPES = [XLSX_TYPE, 'application/octet-stream', 'text/csv', 'application/vnd.ms-excel'];
const STATUS_OF = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

type Scope = ProgrammationSlice & TerritorySlice;

/** The name the browser gives (URI-encoded, as a header carries ASCII only), kept short and printable. */
function fileNameOf(header: string | string[] | undefined): string {
  const raw = String(header ?? '') || 'import.csv';
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // Not encoded after all: the raw header is the name.
  }
  // eslint-disable-next-line no-control-regex -- control characters have no place in a file name
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 200) || 'import.csv';
}
type Located = { Querystring: { territory?: string; year?: string } };

/**
 * POST /api/programmation/import?territory=CODE&year=2024 (the file as the body, its name in
 * `x-filename`): the preview of what the file would change, kept for staff's confirmation (the
 * `applyProgrammationImport` mutation). `x-requested-with` is required: a cross-site form cannot set
 * it, and no CORS is granted, so another site cannot send a file with the session cookie.
 * GET /api/programmation/import-template.xlsx?territory=CODE: the file to fill in, for staff.
 */
export function programmationImportRoutes(app: FastifyInstance, http: HttpDeps<Scope>) {
  /** The territory and scope of a staff request, or the reply already sent. */
  async function staffOf(request: FastifyRequest<Located>, reply: FastifyReply) {
    const code = request.query.territory ?? '';
    const scope = await http.scopeOf(request);
    const territory = isTerritoryCode(code) ? await scope.services.territory.territoryByCode(code) : null;
    if (!territory) return void reply.code(404).send({ error: 'Territoire introuvable.' });
    if (scope.viewer.kind !== 'user') return void reply.code(401).send({ error: 'Connectez-vous pour continuer.' });
    if (!mayManageProgrammation(scope.viewer, territory.id)) {
      return void reply
        .code(403)
        .send({ error: 'L’import de la programmation est réservé à l’équipe du contrat de ville.' });
    }
    return { scope, territory };
  }

  // The spreadsheet parsers and the 5 MB limit hold for this route only.
  void app.register(async (uploads) => {
    uploads.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    uploads.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
      if (error.statusCode === 413) return reply.code(413).send({ error: 'Le fichier dépasse 5 Mo.' });
      if (error.statusCode === 415) return reply.code(415).send({ error: 'Envoyez un fichier .xlsx ou .csv.' });
      throw error;
    });
    uploads.post<Located>(
      '/api/programmation/import',
      { bodyLimit: MAX_FILE_BYTES, config: { bodyTimeout: UPLOAD_BODY_TIMEOUT_MS } },
      async (request, reply) => {
        if (!request.headers['x-requested-with']) {
          return reply.code(403).send({ error: 'En-tête X-Requested-With manquant.' });
        }
        const staff = await staffOf(request, reply);
        if (!staff) return reply;
        if (!Buffer.isBuffer(request.body)) return reply.code(415).send({ error: 'Envoyez un fichier .xlsx ou .csv.' });
        const filename = fileNameOf(request.headers['x-filename']);
        try {
          const preview = await staff.scope.services.programmationImport.previewImport(
            staff.territory.id,
            request.query.year,
            { content: request.body, filename },
          );
          return reply.code(201).header('cache-control', 'private, no-store').send(preview);
        } catch (error) {
          if (!(error instanceof DomainError) || !(error.code in STATUS_OF)) throw error;
          return reply.code(STATUS_OF[error.code as keyof typeof STATUS_OF]).send({ error: error.message });
        }
      },
    );
  });

  app.get<Located>('/api/programmation/import-template.xlsx', async (request, reply) => {
    const staff = await staffOf(request, reply);
    if (!staff) return reply;
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', 'attachment; filename="modele-programmation.xlsx"')
      .header('cache-control', 'private, no-store')
      .send(await templateXlsx());
  });
}
