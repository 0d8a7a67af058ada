import type { Request, RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { can } from '../authz/index.js';
import { annexContributions, annexCsv, annexDocx, annexEntries, annexPdf } from './annex.js';
import { reportOfRequest } from './report-request.js';

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
} as const;

/**
 * GET /exports/:code/rapports/:year/annexe.(pdf|docx|csv). The PDF and the CSV are public once the
 * report is published; before that, and for the editable DOCX, staff of the territory only.
 */
export function annexHandler(
  ds: DataSource,
  clock: Clock,
  sessionToken: (req: Request) => string | null,
): RequestHandler {
  return async (req, res, next) => {
    try {
      const format = req.params.format as keyof typeof TYPES;
      if (!(format in TYPES)) return void res.status(404).send('Introuvable');
      const found = await reportOfRequest(ds, clock, req, sessionToken);
      if (!found) return void res.status(404).send('Rapport introuvable');
      const { territory, report, viewer } = found;
      const staff = can(viewer, 'REPORTS_MANAGE', territory.id);
      const isPublic = report.status === 'PUBLISHED' && format !== 'docx';
      if (!isPublic && !staff) return void res.status(403).send('Réservé aux agents du territoire');
      const [entries, contributions] = await Promise.all([annexEntries(ds, report), annexContributions(ds, report)]);
      const body =
        format === 'pdf'
          ? await annexPdf(report, entries, contributions)
          : format === 'docx'
            ? await annexDocx(report, entries, contributions)
            : annexCsv(entries);
      res
        .status(200)
        .type(TYPES[format])
        .set(
          'Content-Disposition',
          `attachment; filename="annexe-avis-${territory.code.toLowerCase()}-${report.referenceYear}.${format}"`,
        )
        .set('Cache-Control', isPublic ? 'public, max-age=300' : 'private, no-store')
        .send(body);
    } catch (error) {
      next(error);
    }
  };
}
