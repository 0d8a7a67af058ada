import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../contract.js';
import type { ConsultationScope } from './consultation.context.js';
import { mayDownloadAnnex } from './consultation.policy.js';
import { annexContributions, annexCsv, annexDocx, annexEntries, annexPdf } from './annex.js';
import { FILE_NOT_FOUND, reportOfRequest } from './report-request.js';

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
} as const;

/**
 * GET /exports/:code/rapports/:year/annexe.(pdf|docx|csv). The PDF and the CSV are public once the
 * report is published; before that, and for the editable DOCX, staff of the territory only. Before
 * publication, the annex does not exist for anyone else: the answer is that of a missing report.
 */
export function annexRoute(app: FastifyInstance, http: HttpDeps<ConsultationScope>) {
  const { ds } = http;
  app.get<{ Params: { code: string; year: string; format: string } }>(
    '/exports/:code/rapports/:year/annexe.:format',
    async (request, reply) => {
      const { code, year, format } = request.params;
      if (!(format in TYPES)) return reply.code(404).send(FILE_NOT_FOUND);
      const type = TYPES[format as keyof typeof TYPES];
      const found = await reportOfRequest(await http.scopeOf(request), { code, year });
      if (!found) return reply.code(404).send(FILE_NOT_FOUND);
      const { territory, report, viewer } = found;
      const isPublic = report.status === 'PUBLISHED' && format !== 'docx';
      if (!mayDownloadAnnex(viewer, report, format === 'docx')) {
        if (report.status !== 'PUBLISHED') return reply.code(404).send(FILE_NOT_FOUND);
        return reply.code(403).send('Ce document modifiable est réservé aux agents du territoire.');
      }
      const [entries, contributions] = await Promise.all([annexEntries(ds, report), annexContributions(ds, report)]);
      const body =
        format === 'pdf'
          ? await annexPdf(report, entries, contributions)
          : format === 'docx'
            ? await annexDocx(report, entries, contributions)
            : annexCsv(entries);
      return reply
        .type(type)
        .header(
          'content-disposition',
          `attachment; filename="annexe-avis-${territory.code.toLowerCase()}-${report.referenceYear}.${format}"`,
        )
        .header('cache-control', isPublic ? 'public, max-age=300' : 'private, no-store')
        .send(body);
    },
  );
}
