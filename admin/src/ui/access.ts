import { useQuery } from '@apollo/client/react';
import { AdminMeDocument, type AdminMeQuery } from '../__generated__/graphql';

/**
 * Which console sections a viewer is shown, from what the API says they may do in each territory
 * (`me.memberships.territory.viewerCan`, decided by the server's policies). The one place that maps
 * abilities to sections: the server still checks every field and mutation, this only keeps people off
 * pages they cannot use.
 */
export type Section =
  | 'data'
  | 'members'
  | 'councils'
  | 'reports'
  | 'moderation'
  | 'ideas'
  | 'events'
  | 'contract'
  | 'programmation'
  | 'outbox'
  | 'journal'
  | 'identity';

type HeldTerritory = NonNullable<AdminMeQuery['me']>['memberships'][number]['territory'];

/** The abilities that open a section, as session.graphql asks for them (contributing is the portal's). */
export type Abilities = HeldTerritory['viewerCan'];
type Ability = keyof Omit<Abilities, '__typename'>;

/** `also`: other first segments of the section's pages (`/CALL/porteurs` is in « Programmation »). */
export const SECTIONS: { section: Section; path: string; label: string; openTo: Ability[]; also?: string[] }[] = [
  { section: 'data', path: '', label: 'Données', openTo: [] },
  { section: 'members', path: 'membres', label: 'Membres et rôles', openTo: ['readMembers'] },
  { section: 'councils', path: 'conseils', label: 'Conseils citoyens', openTo: ['manageCouncils'] },
  { section: 'reports', path: 'rapports', label: 'Rapports annuels', openTo: ['manageReports', 'moderate'] },
  { section: 'moderation', path: 'moderation', label: 'Modération', openTo: ['moderate'] },
  { section: 'ideas', path: 'idees', label: 'Idées', openTo: ['manageIdeas'] },
  { section: 'events', path: 'evenements', label: 'Événements', openTo: ['manageEvents'] },
  {
    section: 'contract',
    path: 'contrat',
    also: ['indicateurs'],
    label: 'Contrat et indicateurs',
    openTo: ['manageContract'],
  },
  {
    section: 'programmation',
    path: 'programmation',
    label: 'Programmation',
    // The same permission as the contract's (PROGRAMMATION_MANAGE).
    openTo: ['manageContract'],
    also: ['porteurs', 'financeurs'],
  },
  { section: 'outbox', path: 'emails', label: 'Boîte d’envoi', openTo: ['readOutbox'] },
  { section: 'journal', path: 'journal', label: 'Journal des actions', openTo: ['readAudit'] },
  { section: 'identity', path: 'identite', label: 'Identité', openTo: ['manageSettings'] },
];

/** The abilities that open some section of the console; residents and consulted bodies hold none. */
const CONSOLE_ABILITIES = [...new Set(SECTIONS.flatMap((s) => s.openTo))];

type Me = NonNullable<ReturnType<typeof useViewer>['me']>;

export function useViewer() {
  const { data, loading } = useQuery(AdminMeDocument);
  return { me: data?.me ?? null, loading };
}

/** What the viewer may do in one territory (none when they hold no role there). */
export function abilitiesIn(me: Me | null, code: string): Abilities | null {
  const held = me?.memberships.find((m) => m.territory.code === code)?.territory;
  if (!held) return null;
  return held.viewerCan;
}

const opensConsole = (abilities: Abilities | null) => CONSOLE_ABILITIES.some((a) => abilities?.[a]);

/** Territories where the viewer may use the console, by code. */
export function consoleTerritories(me: Me | null): Set<string> {
  return new Set(
    me?.memberships.filter((m) => opensConsole(abilitiesIn(me, m.territory.code))).map((m) => m.territory.code) ?? [],
  );
}

export function canOpen(section: Section, abilities: Abilities | null): boolean {
  const openTo = SECTIONS.find((s) => s.section === section)!.openTo;
  return openTo.length === 0 ? opensConsole(abilities) : openTo.some((a) => abilities?.[a]);
}

/** The section a console path belongs to: `/CALL/rapports/2024` is in « Rapports annuels ». */
export function sectionOfPath(path: string): Section {
  const segment = path.split('/').filter(Boolean)[1] ?? '';
  return SECTIONS.find((s) => s.path === segment || s.also?.includes(segment))?.section ?? 'data';
}
