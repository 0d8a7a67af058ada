import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by `pnpm db:generate initial-schema`, then reviewed. */
export class InitialSchema1795449663880 implements MigrationInterface {
  name = 'InitialSchema1795449663880';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "territories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "short_name" text, "kind" text NOT NULL, "epci_type" text, "department" text, "region" text, "population" integer, "qpv_population" integer, "primary_color" text NOT NULL DEFAULT \'#1d4f91\', "accent_color" text NOT NULL DEFAULT \'#a3461a\', "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fd98f342e49509ee461d86f54f" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "territories_code_key" ON "territories"  ("code") ');
    await q.query(
      'CREATE TABLE "communes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" text NOT NULL, "alt_names" text array NOT NULL DEFAULT \'{}\'::text[], "has_qpv" boolean, "in_contract" boolean, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_53a9285bb669dd2298c4de525bb" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "communes_territory_name_key" ON "communes"  ("territory_id", "name") ');
    await q.query(
      'CREATE TABLE "quartiers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL DEFAULT \'UNKNOWN\', "kind_basis" text, "population" integer, "note" text, "external_communes" text array NOT NULL DEFAULT \'{}\'::text[], "shared_with_epci" text array NOT NULL DEFAULT \'{}\'::text[], "indicators" jsonb NOT NULL DEFAULT \'{}\'::jsonb, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_0a0991cf012588e884bc4ecbde0" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "quartiers_territory_name_key" ON "quartiers"  ("territory_id", "name") ');
    await q.query(
      'CREATE TABLE "quartier_communes" ("territory_id" uuid NOT NULL, "quartier_id" uuid NOT NULL, "commune_id" uuid NOT NULL, CONSTRAINT "PK_a87148236018327a15ae49f48c2" PRIMARY KEY ("territory_id", "quartier_id", "commune_id"))',
    );
    await q.query(
      'CREATE INDEX "quartier_communes_territory_commune_idx" ON "quartier_communes"  ("territory_id", "commune_id") ',
    );
    await q.query(
      'CREATE TABLE "contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" text NOT NULL, "local_name" text, "start_year" integer, "end_year" integer, "signed_on" date, "status" text, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "contracts_territory_idx" ON "contracts"  ("territory_id", "start_year") ');
    await q.query(
      'CREATE TABLE "framework_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "parent_id" uuid, "kind" text NOT NULL, "code" text, "title" text NOT NULL, "title_is_paraphrase" boolean NOT NULL DEFAULT false, "depth" integer NOT NULL, "position" integer NOT NULL, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_6ecb1838216f0740424565f5aaf" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "framework_items_territory_contract_idx" ON "framework_items"  ("territory_id", "contract_id", "position") ',
    );
    await q.query(
      'CREATE TABLE "indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "quartier_id" uuid, "quartier_label" text, "name" text NOT NULL, "scope" text NOT NULL, "value" double precision, "value_text" text, "unit" text, "year" integer, "source" text, "approximate" boolean NOT NULL DEFAULT false, "note" text, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "indicators_territory_quartier_idx" ON "indicators"  ("territory_id", "quartier_id") ');
    await q.query('CREATE INDEX "indicators_territory_scope_idx" ON "indicators"  ("territory_id", "scope", "year") ');
    await q.query(
      'CREATE TABLE "governance_bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" text NOT NULL, "role" text, "members" text, "frequency" text, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_d05965c222fff3a0b83a60e55b5" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "governance_bodies_territory_idx" ON "governance_bodies"  ("territory_id", "name") ');
    await q.query(
      'CREATE TABLE "citizen_councils" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" text NOT NULL, "commune_id" uuid, "quartier_id" uuid, "quartier_label" text, "active" boolean NOT NULL DEFAULT true, "note" text, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_81322454e98ef6191450f33f0ef" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "citizen_councils_territory_quartier_idx" ON "citizen_councils"  ("territory_id", "quartier_id") ',
    );
    await q.query(
      'CREATE TABLE "operators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "sub_kind" text, "commune_id" uuid, "note" text, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_3d02b3692836893720335a79d1b" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "operators_territory_name_key" ON "operators"  ("territory_id", "name") ');
    await q.query(
      'CREATE TABLE "funders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_4b1e7daa1634d11d894d391b136" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "funders_territory_name_key" ON "funders"  ("territory_id", "name") ');
    await q.query(
      'CREATE TABLE "programmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "contract_id" uuid, "contract_label" text, "year" integer, "period" text, "total_cost" numeric(14,2), "specific_credits_total" numeric(14,2), "projects_submitted" integer, "actions_funded" integer, "associative_projects" integer, "notes" text array NOT NULL DEFAULT \'{}\'::text[], "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_885eebae77feb9de8508c262a74" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "programmations_territory_year_idx" ON "programmations"  ("territory_id", "year") ');
    await q.query(
      'CREATE TABLE "programmation_totals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "programmation_id" uuid NOT NULL, "parent_id" uuid, "framework_item_id" uuid, "code" text, "title" text NOT NULL, "amount" numeric(14,2), "amount_droit_commun" numeric(14,2), "amount_specific" numeric(14,2), "share" double precision, "projects" integer, "operators" integer, "note" text, "position" integer NOT NULL, CONSTRAINT "PK_af65b7f9ab74b23e24105f9e8f7" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "programmation_totals_territory_programmation_idx" ON "programmation_totals"  ("territory_id", "programmation_id", "position") ',
    );
    await q.query(
      'CREATE TABLE "funder_totals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "programmation_id" uuid NOT NULL, "funder_id" uuid NOT NULL, "amount" numeric(14,2), "share" double precision, "attribution_certain" boolean, "note" text, "position" integer NOT NULL, CONSTRAINT "PK_3a695a946b07b5b45168cd83b97" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "funder_totals_territory_programmation_idx" ON "funder_totals"  ("territory_id", "programmation_id", "position") ',
    );
    await q.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      ['public', 'actions', 'GENERATED_COLUMN', 'search_vector', "to_tsvector('public.fr_unaccent'::regconfig, title)"],
    );
    await q.query(
      'CREATE TABLE "actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "programmation_id" uuid, "year" integer NOT NULL, "title" text NOT NULL, "operator_id" uuid, "framework_item_id" uuid, "framework_code" text, "pillar" text, "intercommunal" boolean, "note" text, "source" text, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector(\'public.fr_unaccent\'::regconfig, title)) STORED NOT NULL, CONSTRAINT "PK_7bfb822f56be449c0b8adbf83cf" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "actions_territory_framework_item_idx" ON "actions"  ("territory_id", "framework_item_id") ',
    );
    await q.query('CREATE INDEX "actions_territory_operator_idx" ON "actions"  ("territory_id", "operator_id") ');
    await q.query(
      'CREATE INDEX "actions_territory_programmation_idx" ON "actions"  ("territory_id", "programmation_id") ',
    );
    await q.query('CREATE INDEX "actions_territory_title_idx" ON "actions"  ("territory_id", "title", "id") ');
    await q.query(
      'CREATE INDEX "actions_territory_year_title_idx" ON "actions"  ("territory_id", "year", "title", "id") ',
    );
    await q.query(
      'CREATE TABLE "action_communes" ("territory_id" uuid NOT NULL, "action_id" uuid NOT NULL, "commune_id" uuid NOT NULL, CONSTRAINT "PK_0ffbf7f95457ee7e1808d8cbdd2" PRIMARY KEY ("territory_id", "action_id", "commune_id"))',
    );
    await q.query(
      'CREATE INDEX "action_communes_territory_commune_idx" ON "action_communes"  ("territory_id", "commune_id") ',
    );
    await q.query(
      'CREATE TABLE "action_quartiers" ("territory_id" uuid NOT NULL, "action_id" uuid NOT NULL, "quartier_id" uuid NOT NULL, CONSTRAINT "PK_dff1700300e3d66f5b8fcd2ca23" PRIMARY KEY ("territory_id", "action_id", "quartier_id"))',
    );
    await q.query(
      'CREATE INDEX "action_quartiers_territory_quartier_idx" ON "action_quartiers"  ("territory_id", "quartier_id") ',
    );
    await q.query(
      'CREATE TABLE "fundings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "action_id" uuid NOT NULL, "funder_id" uuid NOT NULL, "amount" numeric(14,2) NOT NULL, CONSTRAINT "PK_9810270c14b02f5d6c4d47bafe4" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "fundings_territory_funder_idx" ON "fundings"  ("territory_id", "funder_id") ');
    await q.query(
      'CREATE UNIQUE INDEX "fundings_territory_action_funder_key" ON "fundings"  ("territory_id", "action_id", "funder_id") ',
    );
    await q.query(
      'CREATE TABLE "funds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "program" text NOT NULL, "year" integer, "commune_id" uuid, "quartier_id" uuid, "project" text, "amount" numeric(14,2), "operation_cost" numeric(14,2), "aggregate" boolean NOT NULL DEFAULT false, "note" text, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_d785f4bb8f680f3febd40718f68" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "funds_territory_year_idx" ON "funds"  ("territory_id", "year", "program") ');
    await q.query(
      'CREATE TABLE "urban_renewal_operations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "program" text NOT NULL, "quartier_id" uuid, "commune_id" uuid, "operation" text NOT NULL, "status" text, "year" integer, "date" date, "amount" numeric(14,2), "contracting_authority" text, "note" text, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_0ad16ee05dafac4e0571076e23a" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "urban_renewal_operations_territory_quartier_idx" ON "urban_renewal_operations"  ("territory_id", "quartier_id", "year") ',
    );
    await q.query(
      'ALTER TABLE "communes" ADD CONSTRAINT "FK_96468b1b4744507d66357d6833e" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "quartiers" ADD CONSTRAINT "FK_a2b44e9ddd4a42e5c1245249440" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "quartier_communes" ADD CONSTRAINT "FK_1b021daa412888c2be7aca8fcbf" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "quartier_communes" ADD CONSTRAINT "FK_46dec53966ad6d742c4479121d0" FOREIGN KEY ("quartier_id") REFERENCES "quartiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "quartier_communes" ADD CONSTRAINT "FK_8a10fd5dc09dcd944fce625651f" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD CONSTRAINT "FK_18f4d74c662450901e00af19b75" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "framework_items" ADD CONSTRAINT "FK_fd0a6854d15ef046430584613db" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "framework_items" ADD CONSTRAINT "FK_6987a6f7032a5e29b2ad9e3a561" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "framework_items" ADD CONSTRAINT "FK_182a2bec65f7e8ba0873bba4022" FOREIGN KEY ("parent_id") REFERENCES "framework_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "indicators" ADD CONSTRAINT "FK_205110cb2cedf28686e44cca586" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "indicators" ADD CONSTRAINT "FK_db99f1db1979b521a130bef62e9" FOREIGN KEY ("quartier_id") REFERENCES "quartiers"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "governance_bodies" ADD CONSTRAINT "FK_e96f212153747dc07f8f033e625" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "citizen_councils" ADD CONSTRAINT "FK_01ae4e3f4a698e991bb8e99cf7c" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "citizen_councils" ADD CONSTRAINT "FK_7562db879ace5b1c89e52c7119a" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "citizen_councils" ADD CONSTRAINT "FK_c1ad763e74521d449e595ecc4c9" FOREIGN KEY ("quartier_id") REFERENCES "quartiers"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "operators" ADD CONSTRAINT "FK_e002c74cbf432bc4578ab58d145" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "operators" ADD CONSTRAINT "FK_f7d5befb2736b6052dcf0a1f496" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "funders" ADD CONSTRAINT "FK_eb9e547a2aa6235e40131ea14a6" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "programmations" ADD CONSTRAINT "FK_c470b04602cb84fdf50024512b0" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "programmations" ADD CONSTRAINT "FK_6d2c3d65873557791a2c659cba6" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "programmation_totals" ADD CONSTRAINT "FK_ebf43228878c8c2c9de38b76a76" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "programmation_totals" ADD CONSTRAINT "FK_8063ac56f431d8d09acb72d4106" FOREIGN KEY ("programmation_id") REFERENCES "programmations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "programmation_totals" ADD CONSTRAINT "FK_d19fe8d61e0aaf303e3a8bf1582" FOREIGN KEY ("parent_id") REFERENCES "programmation_totals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "funder_totals" ADD CONSTRAINT "FK_b6a8eae142008eec1cb257ce385" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "funder_totals" ADD CONSTRAINT "FK_cccabdd4ae8ce5ce2311b31cd53" FOREIGN KEY ("programmation_id") REFERENCES "programmations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "funder_totals" ADD CONSTRAINT "FK_fdcdadafffb5d36a8d0772e2dfd" FOREIGN KEY ("funder_id") REFERENCES "funders"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "actions" ADD CONSTRAINT "FK_820f5f5e3a506bd7debc5ed1a22" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "actions" ADD CONSTRAINT "FK_230e35683ca6bfc125cc5a9723b" FOREIGN KEY ("programmation_id") REFERENCES "programmations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "actions" ADD CONSTRAINT "FK_571d65a795d35042346fd699f3b" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "actions" ADD CONSTRAINT "FK_7d53058c5b0fbd212573fc00277" FOREIGN KEY ("framework_item_id") REFERENCES "framework_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_communes" ADD CONSTRAINT "FK_be44d3f35c7f3288c39330d5384" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_communes" ADD CONSTRAINT "FK_4b9e47baeed0e96175f87b64ca6" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_communes" ADD CONSTRAINT "FK_64cbc9bb7618fd82b7ab412ecfd" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_quartiers" ADD CONSTRAINT "FK_b5e86397692eed7a9fb931e2e55" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_quartiers" ADD CONSTRAINT "FK_8c87d48acd5acda7a9d321f5807" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_quartiers" ADD CONSTRAINT "FK_cafaa3b83c9bddf3ff6b90b3c18" FOREIGN KEY ("quartier_id") REFERENCES "quartiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "fundings" ADD CONSTRAINT "FK_efd9fd165de6d9137d9f7d09a61" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "fundings" ADD CONSTRAINT "FK_5a182bc45ced66b9a0ad3ce8baa" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "fundings" ADD CONSTRAINT "FK_999fa0b4a152369aa9b437cc2c3" FOREIGN KEY ("funder_id") REFERENCES "funders"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "funds" ADD CONSTRAINT "FK_a04e788c5bba4272ca91546fade" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "funds" ADD CONSTRAINT "FK_1a097baebe656b34a5bdbaf8088" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "funds" ADD CONSTRAINT "FK_d095d64243c0e9abe5a4874675e" FOREIGN KEY ("quartier_id") REFERENCES "quartiers"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "urban_renewal_operations" ADD CONSTRAINT "FK_89926f7c72e7888258682cad362" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "urban_renewal_operations" ADD CONSTRAINT "FK_54b770659c16207a5e7dfb1341b" FOREIGN KEY ("quartier_id") REFERENCES "quartiers"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "urban_renewal_operations" ADD CONSTRAINT "FK_5054ec536af35135e241c8d2bcd" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "urban_renewal_operations" DROP CONSTRAINT "FK_5054ec536af35135e241c8d2bcd"');
    await q.query('ALTER TABLE "urban_renewal_operations" DROP CONSTRAINT "FK_54b770659c16207a5e7dfb1341b"');
    await q.query('ALTER TABLE "urban_renewal_operations" DROP CONSTRAINT "FK_89926f7c72e7888258682cad362"');
    await q.query('ALTER TABLE "funds" DROP CONSTRAINT "FK_d095d64243c0e9abe5a4874675e"');
    await q.query('ALTER TABLE "funds" DROP CONSTRAINT "FK_1a097baebe656b34a5bdbaf8088"');
    await q.query('ALTER TABLE "funds" DROP CONSTRAINT "FK_a04e788c5bba4272ca91546fade"');
    await q.query('ALTER TABLE "fundings" DROP CONSTRAINT "FK_999fa0b4a152369aa9b437cc2c3"');
    await q.query('ALTER TABLE "fundings" DROP CONSTRAINT "FK_5a182bc45ced66b9a0ad3ce8baa"');
    await q.query('ALTER TABLE "fundings" DROP CONSTRAINT "FK_efd9fd165de6d9137d9f7d09a61"');
    await q.query('ALTER TABLE "action_quartiers" DROP CONSTRAINT "FK_cafaa3b83c9bddf3ff6b90b3c18"');
    await q.query('ALTER TABLE "action_quartiers" DROP CONSTRAINT "FK_8c87d48acd5acda7a9d321f5807"');
    await q.query('ALTER TABLE "action_quartiers" DROP CONSTRAINT "FK_b5e86397692eed7a9fb931e2e55"');
    await q.query('ALTER TABLE "action_communes" DROP CONSTRAINT "FK_64cbc9bb7618fd82b7ab412ecfd"');
    await q.query('ALTER TABLE "action_communes" DROP CONSTRAINT "FK_4b9e47baeed0e96175f87b64ca6"');
    await q.query('ALTER TABLE "action_communes" DROP CONSTRAINT "FK_be44d3f35c7f3288c39330d5384"');
    await q.query('ALTER TABLE "actions" DROP CONSTRAINT "FK_7d53058c5b0fbd212573fc00277"');
    await q.query('ALTER TABLE "actions" DROP CONSTRAINT "FK_571d65a795d35042346fd699f3b"');
    await q.query('ALTER TABLE "actions" DROP CONSTRAINT "FK_230e35683ca6bfc125cc5a9723b"');
    await q.query('ALTER TABLE "actions" DROP CONSTRAINT "FK_820f5f5e3a506bd7debc5ed1a22"');
    await q.query('ALTER TABLE "funder_totals" DROP CONSTRAINT "FK_fdcdadafffb5d36a8d0772e2dfd"');
    await q.query('ALTER TABLE "funder_totals" DROP CONSTRAINT "FK_cccabdd4ae8ce5ce2311b31cd53"');
    await q.query('ALTER TABLE "funder_totals" DROP CONSTRAINT "FK_b6a8eae142008eec1cb257ce385"');
    await q.query('ALTER TABLE "programmation_totals" DROP CONSTRAINT "FK_d19fe8d61e0aaf303e3a8bf1582"');
    await q.query('ALTER TABLE "programmation_totals" DROP CONSTRAINT "FK_8063ac56f431d8d09acb72d4106"');
    await q.query('ALTER TABLE "programmation_totals" DROP CONSTRAINT "FK_ebf43228878c8c2c9de38b76a76"');
    await q.query('ALTER TABLE "programmations" DROP CONSTRAINT "FK_6d2c3d65873557791a2c659cba6"');
    await q.query('ALTER TABLE "programmations" DROP CONSTRAINT "FK_c470b04602cb84fdf50024512b0"');
    await q.query('ALTER TABLE "funders" DROP CONSTRAINT "FK_eb9e547a2aa6235e40131ea14a6"');
    await q.query('ALTER TABLE "operators" DROP CONSTRAINT "FK_f7d5befb2736b6052dcf0a1f496"');
    await q.query('ALTER TABLE "operators" DROP CONSTRAINT "FK_e002c74cbf432bc4578ab58d145"');
    await q.query('ALTER TABLE "citizen_councils" DROP CONSTRAINT "FK_c1ad763e74521d449e595ecc4c9"');
    await q.query('ALTER TABLE "citizen_councils" DROP CONSTRAINT "FK_7562db879ace5b1c89e52c7119a"');
    await q.query('ALTER TABLE "citizen_councils" DROP CONSTRAINT "FK_01ae4e3f4a698e991bb8e99cf7c"');
    await q.query('ALTER TABLE "governance_bodies" DROP CONSTRAINT "FK_e96f212153747dc07f8f033e625"');
    await q.query('ALTER TABLE "indicators" DROP CONSTRAINT "FK_db99f1db1979b521a130bef62e9"');
    await q.query('ALTER TABLE "indicators" DROP CONSTRAINT "FK_205110cb2cedf28686e44cca586"');
    await q.query('ALTER TABLE "framework_items" DROP CONSTRAINT "FK_182a2bec65f7e8ba0873bba4022"');
    await q.query('ALTER TABLE "framework_items" DROP CONSTRAINT "FK_6987a6f7032a5e29b2ad9e3a561"');
    await q.query('ALTER TABLE "framework_items" DROP CONSTRAINT "FK_fd0a6854d15ef046430584613db"');
    await q.query('ALTER TABLE "contracts" DROP CONSTRAINT "FK_18f4d74c662450901e00af19b75"');
    await q.query('ALTER TABLE "quartier_communes" DROP CONSTRAINT "FK_8a10fd5dc09dcd944fce625651f"');
    await q.query('ALTER TABLE "quartier_communes" DROP CONSTRAINT "FK_46dec53966ad6d742c4479121d0"');
    await q.query('ALTER TABLE "quartier_communes" DROP CONSTRAINT "FK_1b021daa412888c2be7aca8fcbf"');
    await q.query('ALTER TABLE "quartiers" DROP CONSTRAINT "FK_a2b44e9ddd4a42e5c1245249440"');
    await q.query('ALTER TABLE "communes" DROP CONSTRAINT "FK_96468b1b4744507d66357d6833e"');
    await q.query('DROP INDEX "public"."urban_renewal_operations_territory_quartier_idx"');
    await q.query('DROP TABLE "urban_renewal_operations"');
    await q.query('DROP INDEX "public"."funds_territory_year_idx"');
    await q.query('DROP TABLE "funds"');
    await q.query('DROP INDEX "public"."fundings_territory_action_funder_key"');
    await q.query('DROP INDEX "public"."fundings_territory_funder_idx"');
    await q.query('DROP TABLE "fundings"');
    await q.query('DROP INDEX "public"."action_quartiers_territory_quartier_idx"');
    await q.query('DROP TABLE "action_quartiers"');
    await q.query('DROP INDEX "public"."action_communes_territory_commune_idx"');
    await q.query('DROP TABLE "action_communes"');
    await q.query('DROP INDEX "public"."actions_territory_year_title_idx"');
    await q.query('DROP INDEX "public"."actions_territory_title_idx"');
    await q.query('DROP INDEX "public"."actions_territory_programmation_idx"');
    await q.query('DROP INDEX "public"."actions_territory_operator_idx"');
    await q.query('DROP INDEX "public"."actions_territory_framework_item_idx"');
    await q.query('DROP TABLE "actions"');
    await q.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search_vector', 'public', 'actions'],
    );
    await q.query('DROP INDEX "public"."funder_totals_territory_programmation_idx"');
    await q.query('DROP TABLE "funder_totals"');
    await q.query('DROP INDEX "public"."programmation_totals_territory_programmation_idx"');
    await q.query('DROP TABLE "programmation_totals"');
    await q.query('DROP INDEX "public"."programmations_territory_year_idx"');
    await q.query('DROP TABLE "programmations"');
    await q.query('DROP INDEX "public"."funders_territory_name_key"');
    await q.query('DROP TABLE "funders"');
    await q.query('DROP INDEX "public"."operators_territory_name_key"');
    await q.query('DROP TABLE "operators"');
    await q.query('DROP INDEX "public"."citizen_councils_territory_quartier_idx"');
    await q.query('DROP TABLE "citizen_councils"');
    await q.query('DROP INDEX "public"."governance_bodies_territory_idx"');
    await q.query('DROP TABLE "governance_bodies"');
    await q.query('DROP INDEX "public"."indicators_territory_scope_idx"');
    await q.query('DROP INDEX "public"."indicators_territory_quartier_idx"');
    await q.query('DROP TABLE "indicators"');
    await q.query('DROP INDEX "public"."framework_items_territory_contract_idx"');
    await q.query('DROP TABLE "framework_items"');
    await q.query('DROP INDEX "public"."contracts_territory_idx"');
    await q.query('DROP TABLE "contracts"');
    await q.query('DROP INDEX "public"."quartier_communes_territory_commune_idx"');
    await q.query('DROP TABLE "quartier_communes"');
    await q.query('DROP INDEX "public"."quartiers_territory_name_key"');
    await q.query('DROP TABLE "quartiers"');
    await q.query('DROP INDEX "public"."communes_territory_name_key"');
    await q.query('DROP TABLE "communes"');
    await q.query('DROP INDEX "public"."territories_code_key"');
    await q.query('DROP TABLE "territories"');
  }
}
