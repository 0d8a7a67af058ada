import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** information_schema's name for the types the entities declare. */
const PG_TYPE: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  integer: 'integer',
  boolean: 'boolean',
  jsonb: 'jsonb',
  timestamptz: 'timestamp with time zone',
  date: 'date',
  numeric: 'numeric',
  'double precision': 'double precision',
  tsvector: 'tsvector',
  bytea: 'bytea',
  bigint: 'bigint',
};

/**
 * TypeORM's own schema diff reports changes that are not there (foreign keys, uuid defaults, index
 * column order), so this compares what matters most: every entity column exists after the committed
 * migrations, with its type and nullability, and no table of an entity has a column the entity lacks.
 */
describe('committed migrations match the entities', () => {
  it('has every column of every entity, and no other', async () => {
    const rows: {
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: string;
    }[] = await h.dataSource.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
         WHERE table_schema = 'public'`,
    );
    const inDatabase = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
    const expected: string[] = [];
    const actual: string[] = [];
    for (const entity of h.dataSource.entityMetadatas) {
      for (const column of entity.columns) {
        const type = String(column.type);
        expected.push(
          `${entity.tableName}.${column.databaseName} ${column.isArray ? `${PG_TYPE[type]}[]` : PG_TYPE[type]}${column.isNullable ? ' null' : ''}`,
        );
        const row = inDatabase.get(`${entity.tableName}.${column.databaseName}`);
        actual.push(
          row
            ? `${entity.tableName}.${column.databaseName} ${row.data_type === 'ARRAY' ? `${PG_TYPE[row.udt_name.slice(1)] ?? row.udt_name}[]` : row.data_type}${row.is_nullable === 'YES' ? ' null' : ''}`
            : `${entity.tableName}.${column.databaseName} (absent)`,
        );
      }
      const declared = new Set(entity.columns.map((c) => c.databaseName));
      for (const r of rows) {
        if (r.table_name === entity.tableName && !declared.has(r.column_name))
          actual.push(`${r.table_name}.${r.column_name} (not in the entity)`);
      }
    }
    expect(actual).toEqual(expected);
  });
});
