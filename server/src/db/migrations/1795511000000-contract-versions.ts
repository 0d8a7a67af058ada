import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contract changes by avenant: each amendment is a new row (a version) of the contract, with its
 * own copy of the strategy tree, DRAFT while staff edit it, then IN_FORCE; the version it replaces
 * becomes SUPERSEDED and stays readable, as do the programmations made under it. `version_of` is the
 * original contract, shared by all its amendments. Contracts, items and indicators carry a version
 * for optimistic concurrency. Existing contracts are originals in force.
 */
export class ContractVersions1795511000000 implements MigrationInterface {
  name = 'ContractVersions1795511000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "contracts"
      ADD "version_of" uuid REFERENCES "contracts"("id") ON DELETE CASCADE,
      ADD "amendment_number" integer NOT NULL DEFAULT 0,
      ADD "contract_status" text NOT NULL DEFAULT 'IN_FORCE'
        CHECK ("contract_status" IN ('DRAFT', 'IN_FORCE', 'SUPERSEDED')),
      ADD "in_force_from" date,
      ADD "version" integer NOT NULL DEFAULT 1,
      ADD "updated_at" timestamptz NOT NULL DEFAULT now()`);
    // One version per amendment number, at most one draft and one version in force per contract.
    await q.query(`CREATE UNIQUE INDEX "contracts_territory_family_amendment_key"
      ON "contracts" ("territory_id", coalesce("version_of", "id"), "amendment_number")`);
    await q.query(`CREATE UNIQUE INDEX "contracts_territory_family_draft_key"
      ON "contracts" ("territory_id", coalesce("version_of", "id")) WHERE "contract_status" = 'DRAFT'`);
    await q.query(`CREATE UNIQUE INDEX "contracts_territory_family_in_force_key"
      ON "contracts" ("territory_id", coalesce("version_of", "id")) WHERE "contract_status" = 'IN_FORCE'`);
    await q.query('ALTER TABLE "framework_items" ADD "version" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "indicators" ADD "version" integer NOT NULL DEFAULT 1');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "indicators" DROP "version"');
    await q.query('ALTER TABLE "framework_items" DROP "version"');
    await q.query('DROP INDEX "contracts_territory_family_in_force_key"');
    await q.query('DROP INDEX "contracts_territory_family_draft_key"');
    await q.query('DROP INDEX "contracts_territory_family_amendment_key"');
    await q.query(`ALTER TABLE "contracts" DROP "version_of", DROP "amendment_number", DROP "contract_status",
      DROP "in_force_from", DROP "version", DROP "updated_at"`);
  }
}
