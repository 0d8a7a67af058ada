import type { FrameworkItemRow } from './territory.types.js';

type TreeItem = Pick<FrameworkItemRow, 'id' | 'parentId' | 'position'>;
export interface Place {
  id: string;
  depth: number;
  position: number;
}

/** Each parent's children (roots under ''), in their current order. */
function childrenOf(items: readonly TreeItem[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const key = item.parentId ?? '';
    children.set(key, [...(children.get(key) ?? []), item.id]);
  }
  return children;
}

/** Depth and position of every item in depth-first order, siblings kept in their order. */
function placesOf(children: Map<string, string[]>): Place[] {
  const places: Place[] = [];
  const walk = (parent: string, depth: number) => {
    for (const id of children.get(parent) ?? []) {
      places.push({ id, depth, position: places.length + 1 });
      walk(id, depth + 1);
    }
  };
  walk('', 0);
  return places;
}

/** The tree numbered again, e.g. after an item was added last of all under its parent. */
export const renumbered = (items: readonly TreeItem[]) => placesOf(childrenOf(items));

/** The tree with `id` swapped with its previous (UP) or next (DOWN) sibling; null when it has none there. */
export function movedAmongSiblings(items: readonly TreeItem[], id: string, direction: 'UP' | 'DOWN'): Place[] | null {
  const item = items.find((i) => i.id === id);
  if (!item) return null;
  const children = childrenOf(items);
  const siblings = children.get(item.parentId ?? '')!;
  const from = siblings.indexOf(id);
  const to = direction === 'UP' ? from - 1 : from + 1;
  if (to < 0 || to >= siblings.length) return null;
  [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
  return placesOf(children);
}

/** The item and all its descendants. */
export function subtreeIds(items: readonly TreeItem[], id: string): string[] {
  const children = childrenOf(items);
  const ids: string[] = [];
  const walk = (at: string) => {
    ids.push(at);
    for (const child of children.get(at) ?? []) walk(child);
  };
  walk(id);
  return ids;
}

/** The item's rank among its siblings, from 1 (what the journal says of a move). */
export function rankOf(items: readonly TreeItem[], id: string): number {
  const item = items.find((i) => i.id === id)!;
  return (
    childrenOf(items)
      .get(item.parentId ?? '')!
      .indexOf(id) + 1
  );
}
