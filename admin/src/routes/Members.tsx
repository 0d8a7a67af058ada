import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, ROLES, ROLE_LABELS, heldRoleLabel, type Role } from '@quartiers/ui-kit';
import { AdminMembersDocument } from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { formatDate } from '../ui/format';
import { Grant, Invite, Revoke } from './MemberForms';
import type { RoleChoices } from './MemberRoleFields';
import { FilterSelect } from '../ui/FilterSelect';

const ROLE_CHOICES = ROLES.map((r) => [r, ROLE_LABELS[r]] as const);

export function Members() {
  const { code = '' } = useParams();
  const [role, setRole] = useState<Role | ''>('');
  const [search, setSearch] = useState('');
  const { data, loading, error, fetchMore, refetch } = useQuery(AdminMembersDocument, {
    variables: { code, filter: { role: role || null, search: search || null } },
  });
  const t = data?.territory;
  if (error) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  // The server decides which roles the viewer may give and whether each needs a council or a commune.
  const choices: RoleChoices = {
    roles: t.viewerCan.grantableRoles,
    councils: t.citizenCouncils.edges.map((e) => e.node),
    communes: t.communes.edges.map((e) => e.node),
  };
  return (
    <section>
      <h1>{t.name} — membres et rôles</h1>
      <TerritoryTabs code={code} />
      {choices.roles.length > 0 && <Invite territoryId={t.id} choices={choices} onDone={() => void refetch()} />}

      <h2>Invitations en attente</h2>
      {t.invitations.edges.length === 0 ? (
        <p>Aucune invitation en attente.</p>
      ) : (
        <ul>
          {t.invitations.edges.map(({ node: i }) => (
            <li key={i.id}>
              {i.email} — {heldRoleLabel(i.role, i)}, expire le {formatDate(i.expiresAt)}
            </li>
          ))}
        </ul>
      )}

      <h2>Personnes ayant un rôle ({t.members.totalCount})</h2>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="Rôle" all="Tous" value={role} choices={ROLE_CHOICES} onChange={setRole} />
        <label>
          Pseudonyme ou email <input type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        </label>
      </form>
      <table>
        <caption className="visually-hidden">Membres du territoire</caption>
        <thead>
          <tr>
            <th scope="col">Personne</th>
            <th scope="col">Rôle</th>
            <th scope="col">Depuis</th>
            <th scope="col">Gérer</th>
          </tr>
        </thead>
        <tbody>
          {t.members.edges.map(({ node: m }) => (
            <tr key={m.id}>
              <th scope="row">
                {m.displayName ?? 'Compte supprimé'} <span className="muted">{m.email}</span>
              </th>
              <td>{heldRoleLabel(m.role, m)}</td>
              <td>{formatDate(m.grantedAt)}</td>
              <td>
                {m.displayName && choices.roles.length > 0 && (
                  <Grant
                    territoryId={t.id}
                    userId={m.userId}
                    who={m.displayName}
                    choices={choices}
                    onDone={() => void refetch()}
                  />
                )}{' '}
                {m.viewerCanRevoke && (
                  <Revoke
                    territoryId={t.id}
                    membershipId={m.id}
                    who={m.displayName ?? ''}
                    onDone={() => void refetch()}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {t.members.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: t.members.pageInfo.endCursor } })}>
          Afficher plus
        </button>
      )}
    </section>
  );
}
