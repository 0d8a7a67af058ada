import type { ApolloCache, Reference } from '@apollo/client';

/**
 * A row created by a mutation joins the top of a list the cache already holds (the territory's
 * programmations, operators, funders; a year's unfiltered actions), counted: no list is fetched
 * again. Filtered variants of the list cannot tell whether it belongs: they are dropped, and asked
 * again only if opened.
 */
export function prependToList(
  cache: ApolloCache,
  owner: string | undefined,
  fieldName: string,
  node: { __typename?: string; id: string },
) {
  if (!owner) return;
  const ref = cache.identify(node);
  if (!ref) return;
  cache.modify<Record<string, unknown>>({
    id: owner,
    fields: {
      [fieldName]: (existing: unknown, { storeFieldName, DELETE, toReference }) => {
        if (hasFilterValue(storeFieldName)) return DELETE;
        const list = existing as { edges: { node: Reference }[]; totalCount?: number };
        const nodeRef = toReference(ref)!;
        if (list.edges.some((e) => e.node.__ref === nodeRef.__ref)) return list;
        const edgeType = `${node.__typename ?? ''}Edge`;
        return {
          ...list,
          edges: [{ __typename: edgeType, cursor: '', node: nodeRef }, ...list.edges],
          ...(typeof list.totalCount === 'number' ? { totalCount: list.totalCount + 1 } : {}),
        };
      },
    },
  });
}

/**
 * Whether a stored field's arguments hold a filter value: `actions:{"filter":{"status":"FUNDED"}}`
 * (a paginated field's key) or `funders({"first":100})`.
 */
function hasFilterValue(storeFieldName: string): boolean {
  const start = storeFieldName.indexOf('{');
  if (start < 0) return false;
  const args = storeFieldName.slice(start).replace(/\)$/, '');
  try {
    const { filter } = JSON.parse(args) as { filter?: Record<string, unknown> | null };
    return Object.values(filter ?? {}).some((v) => v != null && v !== '');
  } catch {
    return false;
  }
}
