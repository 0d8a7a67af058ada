import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'wouter';
import { Field, FieldProblems, FormError, Notice, frenchDate, useFieldErrors, useSubmission } from '@quartiers/ui-kit';
import {
  AdminContractsDocument,
  AdminDraftAmendmentDocument,
  AdminPutAmendmentInForceDocument,
  type ContractVersionRowFragment,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ContractNav } from './ContractNav';
import { CONTRACT_STATUS_LABELS, theVersion, versionLabel } from './labels';
import { shareVersions } from './contract-cache';
import { NewContract } from './NewContract';

/** The territory's contracts, each with its versions (original and avenants), for staff. */
export function Contracts() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(AdminContractsDocument, { variables: { code } });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  // Every version lists all those of its contract: one group per original.
  const families = new Map<string, ContractVersionRowFragment[]>();
  for (const { node } of t.contracts.edges) families.set(node.versions[0]?.id ?? node.id, node.versions);
  return (
    <section>
      <h1>{t.name} — contrat et avenants</h1>
      <TerritoryTabs code={code} />
      <ContractNav code={code} />
      {families.size === 0 && <p>Aucun contrat de ville n’est enregistré pour ce territoire.</p>}
      {[...families].map(([id, versions]) => (
        <ContractCard key={id} code={code} territoryId={t.id} versions={versions} />
      ))}
      <NewContract code={code} territoryId={t.id} />
    </section>
  );
}

function ContractCard(props: { code: string; territoryId: string; versions: ContractVersionRowFragment[] }) {
  const { versions } = props;
  const latest = versions.at(-1)!;
  const draft = versions.find((v) => v.status === 'DRAFT');
  const inForce = versions.find((v) => v.status === 'IN_FORCE');
  const period = latest.startYear ? ` (${latest.startYear}–${latest.endYear ?? '…'})` : '';
  return (
    <article className="card">
      <h2>
        {latest.name}
        {period}
      </h2>
      <table>
        <caption className="visually-hidden">Versions de {latest.name}</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">État</th>
            <th scope="col">En vigueur à partir du</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <th scope="row">
                <Link to={`/${props.code}/contrat/${v.id}`}>{versionLabel(v.amendmentNumber)}</Link>
              </th>
              <td>{CONTRACT_STATUS_LABELS[v.status]}</td>
              <td>{v.inForceFrom ? frenchDate(v.inForceFrom, { weekday: false }) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft ? (
        <PutInForce territoryId={props.territoryId} draft={draft} replaces={inForce} />
      ) : (
        inForce && <DraftAmendment code={props.code} territoryId={props.territoryId} inForce={inForce} />
      )}
    </article>
  );
}

function DraftAmendment(props: { code: string; territoryId: string; inForce: ContractVersionRowFragment }) {
  const [asking, setAsking] = useState(false);
  const [, navigate] = useLocation();
  const draft = useSubmission(AdminDraftAmendmentDocument, {
    update: (cache, { data }) => data && shareVersions(cache, data.draftAmendment.contract.versions),
  });
  const next = theVersion(props.inForce.amendmentNumber + 1);
  return (
    <>
      <FormError error={draft.error} />
      <p>
        <button type="button" onClick={() => setAsking(true)}>
          Préparer un avenant
        </button>
      </p>
      <ConfirmDialog
        open={asking}
        title={`Préparer ${next} ?`}
        confirmLabel="Oui, préparer l’avenant"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          // Once drafted, its tree is what staff change next.
          void draft
            .run({ input: { territoryId: props.territoryId, contractId: props.inForce.id } })
            .then((done) => done && navigate(`/${props.code}/contrat/${done.draftAmendment.contract.id}`));
        }}
      >
        <p>
          Un projet d’avenant recopie l’arbre stratégique de la version en vigueur ; la version en vigueur reste
          inchangée jusqu’à la mise en vigueur de l’avenant.
        </p>
      </ConfirmDialog>
    </>
  );
}

function PutInForce(props: {
  territoryId: string;
  draft: ContractVersionRowFragment;
  replaces: ContractVersionRowFragment | undefined;
}) {
  const [date, setDate] = useState('');
  const [asking, setAsking] = useState(false);
  const [checked, setChecked] = useState<FieldProblems | null>(null);
  const put = useSubmission(AdminPutAmendmentInForceDocument, {
    update: (cache, { data }) => data && shareVersions(cache, data.putAmendmentInForce.contract.versions),
  });
  const label = versionLabel(props.draft.amendmentNumber);
  const the = theVersion(props.draft.amendmentNumber);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = checked ?? put.error;
  const fields = useFieldErrors(problem, formRef);
  return (
    <form
      ref={formRef}
      noValidate
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
          setChecked(new FieldProblems({ inForceFrom: 'Indiquez la date d’entrée en vigueur.' }));
          return;
        }
        setChecked(null);
        setAsking(true);
      }}
    >
      <h3>Mettre en vigueur {the}</h3>
      <FormError error={problem} />
      {put.data && <Notice>{label} en vigueur : la version précédente reste consultable.</Notice>}
      <Field
        label="En vigueur à partir du"
        name="inForceFrom"
        type="date"
        required
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fields.inForceFrom}
      />
      <button type="submit" disabled={put.pending}>
        Mettre en vigueur
      </button>
      <ConfirmDialog
        open={asking}
        title={`Mettre en vigueur ${the} ?`}
        confirmLabel="Oui, mettre en vigueur"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void put.run({
            input: {
              territoryId: props.territoryId,
              contractId: props.draft.id,
              expectedVersion: props.draft.version,
              inForceFrom: date,
            },
          });
        }}
      >
        <p>
          À partir du {date ? frenchDate(date) : '…'}, son arbre stratégique s’applique
          {props.replaces ? ` et remplace celui de la version « ${versionLabel(props.replaces.amendmentNumber)} »` : ''}
          . Les programmations déjà faites restent rattachées à leur version.
        </p>
      </ConfirmDialog>
    </form>
  );
}
