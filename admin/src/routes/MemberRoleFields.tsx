import { useId } from 'react';
import { ROLE_LABELS, type Role } from '@quartiers/ui-kit';
import type { RoleScope } from '../__generated__/graphql';

/** A role the viewer may give, and what it is held for: the territory, one council or one commune. */
export interface GrantableRole {
  role: Role;
  scope: RoleScope;
}

export interface RoleChoices {
  /** The roles the viewer may give, each with what it is held for (`Territory.viewerCan.grantableRoles`). */
  roles: GrantableRole[];
  councils: { id: string; name: string }[];
  communes: { id: string; name: string }[];
}

/** A role, with the council or commune it is held for when its scope says so. */
export function RoleFields({
  choices,
  role,
  onRole,
}: {
  choices: RoleChoices;
  role: GrantableRole;
  onRole: (r: GrantableRole) => void;
}) {
  const idPrefix = useId();
  return (
    <>
      <p className="field">
        <label htmlFor={`${idPrefix}-role`}>Rôle</label>
        <select
          id={`${idPrefix}-role`}
          value={role.role}
          onChange={(e) => onRole(choices.roles.find((r) => r.role === e.currentTarget.value)!)}
        >
          {choices.roles.map((r) => (
            <option key={r.role} value={r.role}>
              {ROLE_LABELS[r.role]}
            </option>
          ))}
        </select>
      </p>
      {role.scope === 'COUNCIL' && choices.councils.length === 0 && (
        <p className="hint">
          Aucun conseil citoyen sur ce territoire : déclarez-le d’abord dans « Conseils citoyens ».
        </p>
      )}
      {role.scope === 'COUNCIL' && choices.councils.length > 0 && (
        <p className="field">
          <label htmlFor={`${idPrefix}-council`}>Conseil citoyen</label>
          <select id={`${idPrefix}-council`} name="council" required>
            {choices.councils.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {role.scope === 'COMMUNE' && (
        <p className="field">
          <label htmlFor={`${idPrefix}-commune`}>Commune</label>
          <select id={`${idPrefix}-commune`} name="commune" required>
            {choices.communes.map((c) => (
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

/** The council or commune fields of a submitted role form, for the role chosen. */
export const roleTarget = (role: GrantableRole, v: Record<string, string | undefined>) => ({
  citizenCouncilId: role.scope === 'COUNCIL' ? v.council || null : null,
  communeId: role.scope === 'COMMUNE' ? v.commune || null : null,
});
