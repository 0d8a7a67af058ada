import { useState } from 'react';
import { FormError, Notice, useSubmission } from '@quartiers/ui-kit';
import {
  AdminPublishProgrammationDocument,
  AdminUnpublishProgrammationDocument,
  type AdminProgrammationYearFragment,
} from '../../__generated__/graphql';

type Publishable = Pick<AdminProgrammationYearFragment, 'id' | 'status' | 'version'>;
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/**
 * Publish a draft year (the portal shows its funded actions) or take it back to draft, asked again in
 * a dialog; the version the page shows is sent, so a year changed meanwhile is refused, not published unseen.
 */
export function PublishButton(props: { territoryId: string; programmation: Publishable; label: string }) {
  const { programmation: p, label } = props;
  const publish = useSubmission(AdminPublishProgrammationDocument);
  const unpublish = useSubmission(AdminUnpublishProgrammationDocument);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const published = p.status === 'PUBLISHED';
  const step = published ? unpublish : publish;
  const confirm = () => {
    setAsking(false);
    const input = { territoryId: props.territoryId, programmationId: p.id, expectedVersion: p.version };
    const sent = published
      ? unpublish.run({ input }).then((d) => d?.unpublishProgrammation.message)
      : publish.run({ input }).then((d) => d?.publishProgrammation.message);
    void sent.then((message) => message && setDone(message));
  };
  return (
    <>
      <FormError error={step.error} />
      {done && <Notice key={done}>{done}</Notice>}
      <p>
        <button type="button" disabled={step.pending} onClick={() => setAsking(true)}>
          {published ? `Repasser ${label} en brouillon` : `Publier la programmation ${label}`}
        </button>
      </p>
      <ConfirmDialog
        open={asking}
        reversible
        title={published ? `Repasser ${label} en brouillon ?` : `Publier la programmation ${label} ?`}
        confirmLabel={published ? 'Repasser en brouillon' : 'Publier sur le portail'}
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        <p>
          {published
            ? 'Ses actions disparaîtront du portail public jusqu’à une nouvelle publication.'
            : 'Les actions financées de cette année seront visibles de tous sur le portail public et dans les données ouvertes.'}
        </p>
        <p>Version envoyée : {p.version}.</p>
      </ConfirmDialog>
    </>
  );
}
