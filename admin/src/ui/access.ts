import { useQuery } from '@apollo/client/react';
import type { Permission } from '@quartiers/ui-kit';
import { AdminMeDocument } from '../__generated__/graphql';

/**
 * Which console sections a viewer is shown, from the permissions the API says each of their roles
 * holds (`me.memberships.permissions`). The one place that maps permissions to sections: the server
 * still checks every field and mutation, this only keeps people off pages they cannot use.
 */
export type Section = 'data' | 'members' | 'councils' | 'reports' | 'moderation' | 'outbox' | 'journal' | 'identity';

export const SECTIONS: { section: Section; path: string; label: string; openTo: Permission[] }[] = [
  { section: 'data', path: '', label: 'Données', openTo: [] },
  { section: 'members', path: 'membres', label: 'Membres et rôles', openTo: ['MEMBERS_READ'] },
  { section: 'councils', path: 'conseils', label: 'Conseils citoyens', openTo: ['COUNCILS_MANAGE'] },
  {
    section: 'reports',
    path: 'rapports',
    label: 'Rapports annuels',
    openTo: ['REPORTS_MANAGE', 'CONTRIBUTIONS_MODERATE'],
  },
  { section: 'moderation', path: 'moderation', label: 'Modération', openTo: ['CONTRIBUTIONS_MODERATE'] },
  { section: 'outbox', path: 'emails', label: 'Boîte d’envoi', openTo: ['OUTBOX_READ'] },
  { section: 'journal', path: 'journal', label: 'Journal des actions', openTo: ['AUDIT_READ'] },
  { section: 'identity', path: 'identite', label: 'Identité', openTo: ['TERRITORY_SETTINGS_MANAGE'] },
];

/** The permissions that open some section of the console; residents and consulted bodies hold none. */
const CONSOLE_PERMISSIONS = new Set(SECTIONS.flatMap((s) => s.openTo));

type Me = NonNullable<ReturnType<typeof useViewer>['me']>;

export function useViewer() {
  const { data, loading } = useQuery(AdminMeDocument);
  return { me: data?.me ?? null, loading };
}

/** The permissions the viewer holds in one territory, by any of their roles there. */
export function permissionsIn(me: Me | null, code: string): Set<Permission> {
  return new Set(me?.memberships.filter((m) => m.territory.code === code).flatMap((m) => m.permissions) ?? []);
}

const opensConsole = (permissions: Iterable<Permission>) => [...permissions].some((p) => CONSOLE_PERMISSIONS.has(p));

/** Territories where the viewer may use the console, by code. */
export function consoleTerritories(me: Me | null): Set<string> {
  return new Set(me?.memberships.filter((m) => opensConsole(m.permissions)).map((m) => m.territory.code) ?? []);
}

export function canOpen(section: Section, permissions: Set<Permission>): boolean {
  const openTo = SECTIONS.find((s) => s.section === section)!.openTo;
  return openTo.length === 0 ? opensConsole(permissions) : openTo.some((p) => permissions.has(p));
}

/** The section a console path belongs to: `/CALL/rapports/2024` is in « Rapports annuels ». */
export function sectionOfPath(path: string): Section {
  const segment = path.split('/').filter(Boolean)[1] ?? '';
  return SECTIONS.find((s) => s.path === segment)?.section ?? 'data';
}
