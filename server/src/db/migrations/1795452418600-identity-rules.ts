import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What entities cannot say: an append-only audit log, one active grant of a role per scope, one
 * référent per council, and the table the rate limiter (rate-limiter-flexible) counts in.
 */
export class IdentityRules1795452418600 implements MigrationInterface {
  name = 'IdentityRules1795452418600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
    await q.query(`CREATE UNIQUE INDEX memberships_active_key ON memberships
      (territory_id, user_id, role, citizen_council_id, commune_id) NULLS NOT DISTINCT WHERE revoked_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX memberships_one_referent_key ON memberships (territory_id, citizen_council_id)
      WHERE role = 'COUNCIL_REFERENT' AND revoked_at IS NULL`);
    await q.query(
      'CREATE TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limits');
    await q.query('DROP INDEX memberships_one_referent_key');
    await q.query('DROP INDEX memberships_active_key');
    await q.query('DROP TRIGGER audit_log_append_only ON audit_log');
    await q.query('DROP FUNCTION audit_log_is_append_only');
  }
}
