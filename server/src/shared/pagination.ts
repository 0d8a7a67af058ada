import { DomainError } from './errors.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T = unknown> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** A thunk, called only when the client selects totalCount (see countTotalsOnDemand). */
  totalCount: () => Promise<number>;
}

/** A position in a list ordered by (sort key, id): opaque to clients. */
export type Cursor = [sortKey: string | number | null, id: string];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decode(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[1] === 'string' &&
      ['string', 'number'].includes(typeof parsed[0])
    ) {
      return parsed as Cursor;
    }
  } catch {
    // fall through to the user-facing error
  }
  throw new DomainError('BAD_USER_INPUT', 'Curseur de pagination invalide.', { after: 'invalide' });
}

export interface Page {
  /** Rows to fetch: one more than asked, to know whether a next page exists. */
  limit: number;
  after: Cursor | null;
}

export function toPage({ first, after }: PageArgs): Page {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new DomainError('BAD_USER_INPUT', `« first » doit être compris entre 0 et ${MAX_PAGE_SIZE}.`, {
      first: 'hors limites',
    });
  }
  return { limit: size + 1, after: after ? decode(after) : null };
}

/** An edge: its cursor is encoded only if a client selects it (lists of 100 rarely do). */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (row: T) => Cursor,
  ) {}
  get cursor(): string {
    return encode(this.cursorOf(this.node));
  }
}

export function toConnection<T>(
  rows: T[],
  page: Page,
  cursorOf: (row: T) => Cursor,
  totalCount: () => Promise<number>,
): Connection<T> {
  const hasNextPage = rows.length === page.limit;
  const nodes = hasNextPage ? rows.slice(0, -1) : rows;
  const edges = nodes.map((node) => new Edge(node, cursorOf));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/**
 * SQL for keyset pagination on (sortExpr, id). Appends its parameters to `params` and returns the
 * WHERE fragment (or TRUE) and the LIMIT placeholder.
 */
export function keyset(
  page: Page,
  sortExpr: string,
  idExpr: string,
  params: unknown[],
  direction: 'ASC' | 'DESC' = 'ASC',
): { where: string; orderBy: string; limit: string } {
  let where = 'TRUE';
  if (page.after) {
    params.push(page.after[0], page.after[1]);
    const op = direction === 'ASC' ? '>' : '<';
    where = `(${sortExpr}, ${idExpr}) ${op} ($${params.length - 1}, $${params.length}::uuid)`;
  }
  params.push(page.limit);
  return { where, orderBy: `${sortExpr} ${direction}, ${idExpr} ${direction}`, limit: `$${params.length}` };
}
