import { useState, type FormEvent } from 'react';
import { Field, FormError, Notice, Submit, formValues, useSubmission } from '@quartiers/ui-kit';
import { AdminGrantRoleDocument, AdminInviteMemberDocument, AdminRevokeRoleDocument } from '../__generated__/graphql';
import { RoleFields, roleTarget, type GrantableRole, type RoleChoices } from './MemberRoleFields';

/** An invitation most often names a council's référent; otherwise the first role the viewer may give. */
const firstRole = (choices: RoleChoices) =>
  choices.roles.find((r) => r.role === 'COUNCIL_REFERENT') ?? choices.roles[0]!;

// Each form tells the page when it succeeded: the page asks again for its list, which is paged and
// filtered (a person's new role may move them in or out of the current filter and page).

export function Invite(props: { territoryId: string; choices: RoleChoices; onDone: () => void }) {
  const [role, setRole] = useState<GrantableRole>(firstRole(props.choices));
  const { run: invite, pending: loading, error, data } = useSubmission(AdminInviteMemberDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    void invite({
      input: { territoryId: props.territoryId, email: v.email!, role: role.role, ...roleTarget(role, v) },
    }).then((answer) => {
      if (!answer) return;
      form.reset();
      props.onDone();
    });
  };
  return (
    <section>
      <h2>Inviter une personne</h2>
      <form onSubmit={onSubmit} noValidate className="inline-form">
        <FormError error={error} />
        {data && <Notice>Invitation envoyée à {data.inviteMember.invitation.email}.</Notice>}
        <Field label="Adresse email" name="email" type="email" required />
        <RoleFields choices={props.choices} role={role} onRole={setRole} />
        <Submit busy={loading}>Envoyer l’invitation</Submit>
      </form>
    </section>
  );
}

/** Another role for a person who already has an account here, given at once (and written to the journal). */
export function Grant(props: {
  territoryId: string;
  userId: string;
  who: string;
  choices: RoleChoices;
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<GrantableRole>(props.choices.roles[0]!);
  const { run: grant, pending: loading, error } = useSubmission(AdminGrantRoleDocument);
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
      input: {
        territoryId: props.territoryId,
        userId: props.userId,
        role: role.role,
        ...roleTarget(role, v),
        reason: v.reason || null,
      },
    }).then((answer) => {
      if (!answer) return;
      setOpen(false);
      props.onDone();
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Rôle à donner à ${props.who}`}>
      <FormError error={error} />
      <RoleFields choices={props.choices} role={role} onRole={setRole} />
      <Field label="Motif (facultatif, inscrit au journal)" name="reason" />
      <Submit busy={loading}>Donner le rôle</Submit>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Annuler
      </button>
    </form>
  );
}

export function Revoke({
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
  const { run: revoke, pending: loading, error } = useSubmission(AdminRevokeRoleDocument);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} aria-label={`Retirer le rôle de ${who}`}>
        Retirer…
      </button>
    );
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void revoke({ input: { territoryId, membershipId, reason: formValues(e.currentTarget).reason! } }).then(
      (answer) => answer && onDone(),
    );
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
