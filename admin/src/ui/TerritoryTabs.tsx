import { useQuery } from '@apollo/client/react';
import { Link, useRoute } from 'wouter';
import type { Permission } from '@quartiers/ui-kit';
import { AdminMeDocument } from '../__generated__/graphql';

const TABS: { path: string; label: string; needs?: Permission }[] = [
  { path: '', label: 'Données' },
  { path: '/membres', label: 'Membres et rôles', needs: 'MEMBERS_READ' },
  { path: '/conseils', label: 'Conseils citoyens', needs: 'COUNCILS_MANAGE' },
  { path: '/rapports', label: 'Rapports annuels', needs: 'REPORTS_MANAGE' },
  { path: '/emails', label: 'Boîte d’envoi', needs: 'OUTBOX_READ' },
  { path: '/journal', label: 'Journal des actions', needs: 'AUDIT_READ' },
];

/**
 * The sections of one territory's console that the viewer may open (the server refuses the others
 * anyway); the current one is marked for assistive technologies.
 */
export function TerritoryTabs({ code }: { code: string }) {
  const [, params] = useRoute('/:code/:section?');
  const { data } = useQuery(AdminMeDocument);
  const held = new Set(
    data?.me?.memberships.filter((m) => m.territory.code === code).flatMap((m) => m.permissions as Permission[]),
  );
  const current = params?.section ? `/${params.section}` : '';
  return (
    <nav aria-label="Sections du territoire" className="tabs">
      <ul>
        {TABS.filter((t) => !t.needs || held.has(t.needs)).map((t) => (
          <li key={t.path}>
            <Link to={`/${code}${t.path}`} aria-current={t.path === current ? 'page' : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
