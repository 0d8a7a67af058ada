import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { HttpDeps } from '../contract.js';
import type { ConsultationScope } from './consultation.context.js';
import { mayReadOpinion, mayUploadDeliberation } from './consultation.policy.js';
import { createConsultationStore } from './consultation.store.js';
import { acceptsOpinions } from './deadline.js';
import { isUuid } from '../../shared/text.js';
import { FILE_NOT_FOUND, reportOfRequest } from './report-request.js';
import { UPLOAD_BODY_TIMEOUT_MS } from '../../http-timeouts.js';

const MAX_BYTES = 5 * 1024 * 1024;
const PATH = '/:code/rapports/:year/instances/:bodyId/deliberation.pdf';
type Located = { Params: { code: string; year: string; bodyId: string } };

/**
 * PUT /uploads…/deliberation.pdf (Content-Type: application/pdf) and GET /exports…/deliberation.pdf.
 * The upload is not a « simple » cross-site request (PUT, PDF body): browsers preflight it, and no
 * CORS is granted, so another site cannot send one with the session cookie.
 */
export function deliberationRoutes(app: FastifyInstance, http: HttpDeps<ConsultationScope>) {
  const { ds, clock } = http;
  async function locate(request: FastifyRequest<Located>) {
    const { code, year, bodyId } = request.params;
    if (!isUuid(bodyId)) return null;
    const found = await reportOfRequest(await http.scopeOf(request), { code, year });
    if (!found) return null;
    const store = createConsultationStore(ds);
    const [body] = await store.bodiesByIds(found.report.territoryId, [bodyId]);
    if (!body || body.reportId !== found.report.id) return null;
    return { ...found, body, store };
  }

  // The PDF parser and the 5 MB limit hold for this route only: the API keeps JSON and 100 KB.
  void app.register(async (uploads) => {
    uploads.addContentTypeParser('application/pdf', { parseAs: 'buffer', bodyLimit: MAX_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    uploads.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
      if (error.statusCode === 413) return reply.code(413).send({ error: 'Fichier trop volumineux (5 Mo au plus).' });
      if (error.statusCode === 415) return reply.code(415).send({ error: 'Le fichier doit être un PDF.' });
      throw error;
    });
    // A 5 MB body may take longer to arrive than an API request's.
    const upload = { bodyLimit: MAX_BYTES, config: { bodyTimeout: UPLOAD_BODY_TIMEOUT_MS } };
    uploads.put<Located>(`/uploads${PATH}`, upload, async (request, reply) => {
      const found = await locate(request);
      if (!found) return reply.code(404).send({ error: 'Instance consultée introuvable.' });
      const { report, body, viewer, store } = found;
      const allowed = mayUploadDeliberation(viewer, body, report, acceptsOpinions(report, clock.now()));
      if (viewer.kind !== 'user') return reply.code(401).send({ error: 'Connectez-vous pour continuer.' });
      if (!allowed) {
        return reply
          .code(403)
          .send({ error: 'Seul le représentant de la commune dépose sa délibération, avant l’échéance.' });
      }
      const content = request.body;
      if (!Buffer.isBuffer(content) || content.subarray(0, 5).toString('latin1') !== '%PDF-') {
        return reply.code(400).send({ error: 'Le fichier doit être un PDF.' });
      }
      const filename = String(request.headers['x-filename'] ?? 'deliberation.pdf')
        .replace(/[^\w.\- ]+/g, '_')
        .slice(0, 120);
      await store.saveDeliberation({
        territoryId: report.territoryId,
        bodyId: body.id,
        filename,
        content,
        uploadedBy: viewer.user.id,
        at: clock.now(),
      });
      return reply.code(201).send({ filename, size: content.length });
    });
  });

  app.get<Located>(`/exports${PATH}`, async (request, reply) => {
    const found = await locate(request);
    if (!found) return reply.code(404).send(FILE_NOT_FOUND);
    const { report, body, viewer, store } = found;
    // Published with the approved report; before that, it does not exist for the public.
    if (!mayReadOpinion(viewer, body, report)) return reply.code(404).send(FILE_NOT_FOUND);
    const file = await store.deliberationContent(report.territoryId, body.id);
    if (!file) return reply.code(404).send('Aucune délibération n’a encore été déposée pour cette instance.');
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${file.filename}"`)
      .send(file.content);
  });
}
