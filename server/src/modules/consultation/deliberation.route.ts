import express, { type Request, type Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { can, canForBody } from '../authz/index.js';
import { createConsultationStore } from './consultation.store.js';
import { acceptsOpinions } from './deadline.js';
import { reportOfRequest } from './report-request.js';

const MAX_BYTES = 5 * 1024 * 1024;
const PATH = '/:code/rapports/:year/instances/:bodyId/deliberation.pdf';

/**
 * PUT /uploads…/deliberation.pdf (Content-Type: application/pdf) and GET /exports…/deliberation.pdf.
 * The upload is not a « simple » cross-site request (PUT, PDF body): browsers preflight it, and no
 * CORS is granted, so another site cannot send one with the session cookie.
 */
export function deliberationRoutes(ds: DataSource, clock: Clock, sessionToken: (req: Request) => string | null) {
  async function locate(req: Request) {
    const found = await reportOfRequest(ds, clock, req, sessionToken);
    const bodyId = String(req.params.bodyId);
    if (!found || !/^[0-9a-f-]{36}$/.test(bodyId)) return null;
    const store = createConsultationStore(ds);
    const [body] = await store.bodiesByIds(found.report.territoryId, [bodyId]);
    if (!body || body.reportId !== found.report.id) return null;
    return { ...found, body, store };
  }

  const uploads: Router = express.Router();
  uploads.put(PATH, express.raw({ type: 'application/pdf', limit: MAX_BYTES }), async (req, res, next) => {
    try {
      const found = await locate(req);
      if (!found) return void res.status(404).json({ error: 'Instance consultée introuvable.' });
      const { report, body, viewer, store } = found;
      const staff = can(viewer, 'REPORTS_MANAGE', report.territoryId);
      const open = acceptsOpinions(report, clock.now());
      const allowed =
        body.kind === 'COMMUNE' &&
        ((open && canForBody(viewer, 'OPINIONS_SUBMIT', body)) || (staff && report.status !== 'PUBLISHED'));
      if (viewer.kind !== 'user') return void res.status(401).json({ error: 'Connectez-vous pour continuer.' });
      if (!allowed)
        return void res
          .status(403)
          .json({ error: 'Seul le représentant de la commune dépose sa délibération, avant l’échéance.' });
      const content = req.body as Buffer;
      if (!Buffer.isBuffer(content) || content.subarray(0, 5).toString('latin1') !== '%PDF-') {
        return void res.status(400).json({ error: 'Le fichier doit être un PDF.' });
      }
      const filename = String(req.get('x-filename') ?? 'deliberation.pdf')
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
      res.status(201).json({ filename, size: content.length });
    } catch (error) {
      next(error);
    }
  });

  const exports: Router = express.Router();
  exports.get(PATH, async (req, res, next) => {
    try {
      const found = await locate(req);
      if (!found) return void res.status(404).send('Introuvable');
      const { report, body, viewer, store } = found;
      const allowed =
        report.status === 'PUBLISHED' ||
        can(viewer, 'REPORTS_MANAGE', report.territoryId) ||
        canForBody(viewer, 'OPINIONS_PREPARE', body);
      if (!allowed) return void res.status(403).send('Publié avec le rapport approuvé');
      const file = await store.deliberationContent(report.territoryId, body.id);
      if (!file) return void res.status(404).send('Aucune délibération déposée');
      res.type('application/pdf').set('Content-Disposition', `inline; filename="${file.filename}"`).send(file.content);
    } catch (error) {
      next(error);
    }
  });
  return { uploads, exports };
}
