import { useId } from 'react';
import { ROLE_LABELS, type Role } from '@quartiers/ui-kit';

export interface RoleScope {
  /** The roles the viewer may give. */
  roles: Role[];
  councils: { id: string; name: string }[];
  communes: { id: string; name: string }[];
}

/** A role, with the council or commune it is held for when it needs one. */
export function RoleFields({ scope, role, onRole }: { scope: RoleScope; role: Role; onRole: (r: Role) => void }) {
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
export const roleTarget = (role: Role, v: Record<string, string | undefined>) => ({
  citizenCouncilId: needsCouncil(role) ? v.council || null : null,
  communeId: needsCommune(role) ? v.commune || null : null,
});
