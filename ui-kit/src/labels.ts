import type { OperatorKind } from './__generated__/catalogue';

/** French labels of the data's codes, shown to staff and residents alike (enums of schema/programmation.graphql). */

export const OPERATOR_KIND_LABELS: Record<OperatorKind, string> = {
  ASSOCIATION: 'Association',
  COMMUNE: 'Commune',
  EPCI: 'Agglomération',
  CONSEIL_CITOYEN: 'Conseil citoyen',
  BAILLEUR: 'Bailleur',
  OTHER: 'Autre',
};

/**
 * A framework item as read: its code never alone (« P1 — Cohésion sociale »), its title alone when it
 * has no code. A code without an item (`frameworkCode` of an action) stays as published.
 */
export function frameworkItemLabel(item: { code?: string | null; title: string }): string {
  return item.code ? `${item.code} — ${item.title}` : item.title;
}
