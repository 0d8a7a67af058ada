import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { Field, FormError, Notice, ROLE_LABELS, Submit, formValues, heldRoleLabel, type Role } from '@quartiers/ui-kit';
import {
  AdminGrantRoleDocument,
  AdminInviteMemberDocument,
  AdminMembersDocument,
  AdminRevokeRoleDocument,
} from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { formatDate } from '../ui/format';

const PARTICIPATION_ROLES: Role[] = ['COUNCIL_MEMBER', 'COUNCIL_REFERENT', 'COMMUNE_REPRESENTATIVE', 'RESIDENT'];
const STAFF_ROLES: Role[] = ['STAFF', 'MODERATOR', 'ADMIN'];

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
  const canStaff = t.viewerPermissions.includes('STAFF_ROLES_MANAGE');
  const roles = canStaff ? [...PARTICIPATION_ROLES, ...STAFF_ROLES] : PARTICIPATION_ROLES;
  const scope: RoleScope = {
    roles,
    councils: t.citizenCouncils.edges.map((e) => e.node),
    communes: t.communes.edges.map((e) => e.node),
  };
  return (
    <section>
      <h1>{t.name} — membres et rôles</h1>
      <TerritoryTabs code={code} />
      <Invite territoryId={t.id} scope={scope} onDone={() => void refetch()} />

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
        <label>
          Rôle{' '}
          <select value={role} onChange={(e) => setRole(e.currentTarget.value as Role | '')}>
            <option value="">Tous</option>
            {[...PARTICIPATION_ROLES, ...STAFF_ROLES].map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
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
                {m.displayName && (
                  <Grant
                    territoryId={t.id}
                    userId={m.userId}
                    who={m.displayName}
                    scope={scope}
                    onDone={() => void refetch()}
                  />
                )}{' '}
                {roles.includes(m.role) && (
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

interface RoleScope {
  /** The roles the viewer may give. */
  roles: Role[];
  councils: { id: string; name: string }[];
  communes: { id: string; name: string }[];
}

/** A role, with the council or commune it is held for when it needs one. */
function RoleFields({ scope, role, onRole }: { scope: RoleScope; role: Role; onRole: (r: Role) => void }) {
  const idPrefix = useId();
  return (
    <>
      <p className="field">
        <label htmlFor={`${idPrefix}-role`}>Rôle</label>
        <select id={`${idPrefix}-role`} value={role} onChange={(e) => onRole(e.currentTarget.value as Role)}>
          {scope.roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </p>
      {needsCouncil(role) && scope.councils.length === 0 && (
        <p className="hint">
          Aucun conseil citoyen sur ce territoire : déclarez-le d’abord dans « Conseils citoyens ».
        </p>
      )}
      {needsCouncil(role) && scope.councils.length > 0 && (
        <p className="field">
          <label htmlFor={`${idPrefix}-council`}>Conseil citoyen</label>
          <select id={`${idPrefix}-council`} name="council" required>
            {scope.councils.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {needsCommune(role) && (
        <p className="field">
          <label htmlFor={`${idPrefix}-commune`}>Commune</label>
          <select id={`${idPrefix}-commune`} name="commune" required>
            {scope.communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </p>
      )}
    </>
  );
}

const needsCouncil = (role: Role) => role === 'COUNCIL_MEMBER' || role === 'COUNCIL_REFERENT';
const needsCommune = (role: Role) => role === 'COMMUNE_REPRESENTATIVE';
/** The council or commune fields of a submitted role form, for the role chosen. */
const roleTarget = (role: Role, v: Record<string, string | undefined>) => ({
  citizenCouncilId: needsCouncil(role) ? v.council || null : null,
  communeId: needsCommune(role) ? v.commune || null : null,
});

function Invite(props: { territoryId: string; scope: RoleScope; onDone: () => void }) {
  const [role, setRole] = useState<Role>('COUNCIL_REFERENT');
  const [invite, { loading, error, data }] = useMutation(AdminInviteMemberDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    void invite({
      variables: { input: { territoryId: props.territoryId, email: v.email!, role, ...roleTarget(role, v) } },
    }).then(
      () => {
        form.reset();
        props.onDone();
      },
      () => undefined,
    );
  };
  return (
    <section>
      <h2>Inviter une personne</h2>
      <form onSubmit={onSubmit} noValidate className="inline-form">
        <FormError error={error} />
        {data && <Notice>Invitation envoyée à {data.inviteMember.invitation.email}.</Notice>}
        <Field label="Adresse email" name="email" type="email" required />
        <RoleFields scope={props.scope} role={role} onRole={setRole} />
        <Submit busy={loading}>Envoyer l’invitation</Submit>
      </form>
    </section>
  );
}

/** Another role for a person who already has an account here, given at once (and written to the journal). */
function Grant(props: { territoryId: string; userId: string; who: string; scope: RoleScope; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<Role>(props.scope.roles[0]!);
  const [grant, { loading, error }] = useMutation(AdminGrantRoleDocument);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} aria-label={`Donner un rôle à ${props.who}`}>
        Donner un rôle…
      </button>
    );
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void grant({
      variables: {
        input: {
          territoryId: props.territoryId,
          userId: props.userId,
          role,
          ...roleTarget(role, v),
          reason: v.reason || null,
        },
      },
    }).then(
      () => {
        setOpen(false);
        props.onDone();
      },
      () => undefined,
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Rôle à donner à ${props.who}`}>
      <FormError error={error} />
      <RoleFields scope={props.scope} role={role} onRole={setRole} />
      <Field label="Motif (facultatif, inscrit au journal)" name="reason" />
      <Submit busy={loading}>Donner le rôle</Submit>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Annuler
      </button>
    </form>
  );
}

function Revoke({
  territoryId,
  membershipId,
  who,
  onDone,
}: {
  territoryId: string;
  membershipId: string;
  who: string;
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [revoke, { loading, error }] = useMutation(AdminRevokeRoleDocument);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} aria-label={`Retirer le rôle de ${who}`}>
        Retirer…
      </button>
    );
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void revoke({
      variables: { input: { territoryId, membershipId, reason: formValues(e.currentTarget).reason! } },
    }).then(onDone, () => undefined);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <Field label="Motif (visible par la personne et dans le journal)" name="reason" required autoFocus />
      <Submit busy={loading}>Confirmer le retrait</Submit>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Annuler
      </button>
    </form>
  );
}
