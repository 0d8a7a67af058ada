import { listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { ContractRow, FrameworkItemRow } from './territory.types.js';

/** A version of a contract; `family_id` is the original's id, shared by all its versions. */
const CONTRACT = `c.id, c.territory_id, c.name, c.local_name, c.start_year, c.end_year,
  to_char(c.signed_on, 'YYYY-MM-DD') AS signed_on, c.contract_status AS status, c.status AS published_status, c.details,
  c.version_of, coalesce(c.version_of, c.id) AS family_id, c.amendment_number,
  to_char(c.in_force_from, 'YYYY-MM-DD') AS in_force_from, c.version, c.updated_at`;
const FRAMEWORK_ITEM = `fi.id, fi.territory_id, fi.contract_id, fi.parent_id, fi.kind, fi.code, fi.title,
  fi.title_is_paraphrase, fi.depth, fi.position, fi.details, fi.version`;

export interface NewContract {
  name: string;
  startYear: number;
  endYear: number;
  signedOn: string | null;
}
export type FrameworkItemFields = Pick<FrameworkItemRow, 'kind' | 'code' | 'title'>;

/** The territory module's SQL on contracts, their versions and strategy trees; territory_id first. */
export function createContractStore(ds: Queryable) {
  return {
    listContracts: (territoryId: string, page: Page, allVersions: boolean) =>
      listPage<ContractRow>(ds, page, {
        name: allVersions ? 'territory.listContractVersions' : 'territory.listContracts',
        select: CONTRACT,
        from: 'contracts c',
        where: ['c.territory_id = $1', ...(allVersions ? [] : [`c.contract_status = 'IN_FORCE'`])],
        params: [territoryId],
        sortExpr: 'coalesce(c.start_year, 0)',
        idExpr: 'c.id',
        direction: 'DESC',
        sortKeyOf: (r: ContractRow) => r.startYear ?? 0,
      }),

    contractsByIds: (territoryId: string, ids: string[]) =>
      query<ContractRow>(
        ds,
        'territory.contractsByIds',
        `SELECT ${CONTRACT} FROM contracts c WHERE c.territory_id = $1 AND c.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    contractVersionsByFamilyIds: (territoryId: string, familyIds: string[]) =>
      query<ContractRow>(
        ds,
        'territory.contractVersionsByFamilyIds',
        `SELECT ${CONTRACT} FROM contracts c
         WHERE c.territory_id = $1 AND coalesce(c.version_of, c.id) = ANY($2::uuid[]) ORDER BY c.amendment_number`,
        [territoryId, familyIds],
      ),

    /** The version, locked until the transaction ends: changes of one version and its tree run one at a time. */
    lockContract: (territoryId: string, id: string) =>
      one(
        query<ContractRow>(
          ds,
          'territory.lockContract',
          `SELECT ${CONTRACT} FROM contracts c WHERE c.territory_id = $1 AND c.id = $2 FOR UPDATE`,
          [territoryId, id],
        ),
      ),

    insertContract: (territoryId: string, c: NewContract, at: Date) =>
      one(
        query<ContractRow>(
          ds,
          'territory.insertContract',
          `INSERT INTO contracts AS c (territory_id, name, start_year, end_year, signed_on, contract_status, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'DRAFT', $6) RETURNING ${CONTRACT}`,
          [territoryId, c.name, c.startYear, c.endYear, c.signedOn, at],
        ),
      ),

    /**
     * An avenant of the version in force `id`: a DRAFT copy of the version and of its whole tree, in
     * one statement whatever the tree's size. Each item gets a new id, mapped from its old one, so
     * that parents point into the copy. Null when `id` is not in force.
     */
    draftAmendment: (territoryId: string, id: string, at: Date) =>
      one(
        query<ContractRow & { itemCount: number }>(
          ds,
          'territory.draftAmendment',
          `WITH src AS (
             SELECT * FROM contracts WHERE territory_id = $1 AND id = $2 AND contract_status = 'IN_FORCE'
           ), copy AS (
             INSERT INTO contracts (territory_id, name, local_name, start_year, end_year, signed_on, status, details,
               version_of, amendment_number, contract_status, updated_at)
             SELECT src.territory_id, src.name, src.local_name, src.start_year, src.end_year, src.signed_on, src.status,
               src.details, coalesce(src.version_of, src.id),
               (SELECT max(f.amendment_number) + 1 FROM contracts f
                WHERE f.territory_id = $1 AND coalesce(f.version_of, f.id) = coalesce(src.version_of, src.id)),
               'DRAFT', $3
             FROM src RETURNING *
           ), ids AS (
             SELECT id AS old_id, gen_random_uuid() AS new_id FROM framework_items WHERE territory_id = $1 AND contract_id = $2
           ), items AS (
             INSERT INTO framework_items (id, territory_id, contract_id, parent_id, kind, code, title,
               title_is_paraphrase, depth, position, details)
             SELECT ids.new_id, fi.territory_id, copy.id, parent.new_id, fi.kind, fi.code, fi.title,
               fi.title_is_paraphrase, fi.depth, fi.position, fi.details
             FROM framework_items fi JOIN ids ON ids.old_id = fi.id LEFT JOIN ids parent ON parent.old_id = fi.parent_id
               CROSS JOIN copy
             WHERE fi.territory_id = $1 AND fi.contract_id = $2
             RETURNING 1
           )
           SELECT ${CONTRACT}, (SELECT count(*) FROM items)::int AS item_count FROM copy c`,
          [territoryId, id, at],
        ),
      ),

    /** The version in force of a contract becomes SUPERSEDED; returns it (null if there was none). */
    supersede: (territoryId: string, familyId: string, at: Date) =>
      one(
        query<ContractRow>(
          ds,
          'territory.supersedeContract',
          `UPDATE contracts c SET contract_status = 'SUPERSEDED', version = version + 1, updated_at = $3
           WHERE c.territory_id = $1 AND coalesce(c.version_of, c.id) = $2 AND c.contract_status = 'IN_FORCE'
           RETURNING ${CONTRACT}`,
          [territoryId, familyId, at],
        ),
      ),

    putInForce: (territoryId: string, id: string, inForceFrom: string, at: Date) =>
      one(
        query<ContractRow>(
          ds,
          'territory.putContractInForce',
          `UPDATE contracts c SET contract_status = 'IN_FORCE', in_force_from = $3, version = version + 1, updated_at = $4
           WHERE c.territory_id = $1 AND c.id = $2 AND c.contract_status = 'DRAFT' RETURNING ${CONTRACT}`,
          [territoryId, id, inForceFrom, at],
        ),
      ),

    /** A change of the version's tree is a change of the version: its number moves on. */
    touchContract: (territoryId: string, id: string, at: Date) =>
      one(
        query<ContractRow>(
          ds,
          'territory.touchContract',
          `UPDATE contracts c SET version = version + 1, updated_at = $3 WHERE c.territory_id = $1 AND c.id = $2
           RETURNING ${CONTRACT}`,
          [territoryId, id, at],
        ),
      ),

    frameworkItemsByContractIds: (territoryId: string, contractIds: string[]) =>
      query<FrameworkItemRow>(
        ds,
        'territory.frameworkItemsByContractIds',
        `SELECT ${FRAMEWORK_ITEM}
         FROM framework_items fi WHERE fi.territory_id = $1 AND fi.contract_id = ANY($2::uuid[]) ORDER BY fi.position`,
        [territoryId, contractIds],
      ),

    frameworkItemsByIds: (territoryId: string, ids: string[]) =>
      query<FrameworkItemRow>(
        ds,
        'territory.frameworkItemsByIds',
        `SELECT ${FRAMEWORK_ITEM} FROM framework_items fi WHERE fi.territory_id = $1 AND fi.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    /** Added last; `rewriteTree` then gives it its place in the depth-first order. */
    insertFrameworkItem: (territoryId: string, contractId: string, parentId: string | null, f: FrameworkItemFields) =>
      one(
        query<FrameworkItemRow>(
          ds,
          'territory.insertFrameworkItem',
          `INSERT INTO framework_items AS fi (territory_id, contract_id, parent_id, kind, code, title, depth, position)
           VALUES ($1, $2, $3, $4, $5, $6, 0,
             (SELECT coalesce(max(position), 0) + 1 FROM framework_items WHERE territory_id = $1 AND contract_id = $2))
           RETURNING ${FRAMEWORK_ITEM}`,
          [territoryId, contractId, parentId, f.kind, f.code, f.title],
        ),
      ),

    /** Null when the item is gone or was changed since `expectedVersion`. */
    updateFrameworkItem: (territoryId: string, id: string, expectedVersion: number, f: FrameworkItemFields) =>
      one(
        query<FrameworkItemRow>(
          ds,
          'territory.updateFrameworkItem',
          `UPDATE framework_items fi SET kind = $4, code = $5, title = $6, title_is_paraphrase = false,
             version = fi.version + 1
           WHERE fi.territory_id = $1 AND fi.id = $2 AND fi.version = $3 RETURNING ${FRAMEWORK_ITEM}`,
          [territoryId, id, expectedVersion, f.kind, f.code, f.title],
        ),
      ),

    /** Every item's depth and place in one statement; the item `changedId` moves to its next version. */
    rewriteTree: (
      territoryId: string,
      contractId: string,
      places: { id: string; depth: number; position: number }[],
      changedId: string | null,
    ) =>
      query<FrameworkItemRow>(
        ds,
        'territory.rewriteTree',
        `UPDATE framework_items fi SET depth = p.depth, position = p.position,
           version = fi.version + (fi.id IS NOT DISTINCT FROM $6::uuid)::int
         FROM unnest($3::uuid[], $4::int[], $5::int[]) AS p(id, depth, position)
         WHERE fi.territory_id = $1 AND fi.contract_id = $2 AND fi.id = p.id
         RETURNING ${FRAMEWORK_ITEM}`,
        [
          territoryId,
          contractId,
          places.map((p) => p.id),
          places.map((p) => p.depth),
          places.map((p) => p.position),
          changedId,
        ],
      ),

    /** Removes the item and, by cascade, its children; null when it was changed since `expectedVersion`. */
    deleteFrameworkItem: (territoryId: string, id: string, expectedVersion: number) =>
      one(
        query<{ id: string }>(
          ds,
          'territory.deleteFrameworkItem',
          `DELETE FROM framework_items WHERE territory_id = $1 AND id = $2 AND version = $3 RETURNING id`,
          [territoryId, id, expectedVersion],
        ),
      ),
  };
}
