import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programmation figures of an approved report, frozen with the version the assembly approves
 * (JSON, amounts as decimal strings): a later edit of the programmation changes the live figures of
 * the next reports, never those of an approved one. Null for versions that froze none.
 */
export class ReportProgrammationFigures1795510500000 implements MigrationInterface {
  name = 'ReportProgrammationFigures1795510500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "report_versions" ADD "programmation_figures" jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "report_versions" DROP COLUMN "programmation_figures"');
  }
}
