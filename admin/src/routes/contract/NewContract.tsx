import { useRef, useState } from 'react';
import type { Reference } from '@apollo/client';
import { useLocation } from 'wouter';
import { Field, FieldProblems, FormError, useFieldErrors, useSubmission } from '@quartiers/ui-kit';
import { AdminCreateContractDocument } from '../../__generated__/graphql';

const YEAR = /^\d{4}$/;

/**
 * A new contrat de ville (the next one, when the current one ends): its name, years and signature;
 * its strategy tree is then built on its own page. The list gains it from the mutation's answer.
 */
export function NewContract({ code, territoryId }: { code: string; territoryId: string }) {
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [startYear, setStartYear] = useState('');
  const [endYear, setEndYear] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [checked, setChecked] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useSubmission(AdminCreateContractDocument, {
    update: (cache, { data }) => {
      const contract = data?.createContract.contract;
      if (!contract) return;
      cache.modify<Record<string, unknown>>({
        id: cache.identify({ __typename: 'Territory', code }),
        fields: {
          contracts: (existing: unknown, { toReference, storeFieldName }) => {
            const list = existing as { edges: { node: Reference }[] };
            if (!storeFieldName.includes('"allVersions":true')) return list;
            const node = toReference(contract) as Reference;
            return { ...list, edges: [...list.edges, { __typename: 'ContractEdge', cursor: '', node }] };
          },
        },
      });
    },
  });
  const problem = checked ?? create.error;
  const fields = useFieldErrors(problem, formRef);
  return (
    <form
      ref={formRef}
      noValidate
      className="card"
      aria-labelledby="new-contract"
      onSubmit={(e) => {
        e.preventDefault();
        const problems: Record<string, string> = {};
        if (!name.trim()) problems.name = 'Indiquez le nom du contrat.';
        if (!YEAR.test(startYear)) problems.startYear = 'Indiquez l’année de début (4 chiffres).';
        if (!YEAR.test(endYear)) problems.endYear = 'Indiquez l’année de fin (4 chiffres).';
        else if (YEAR.test(startYear) && Number(endYear) < Number(startYear))
          problems.endYear = 'La fin vient après le début.';
        if (Object.keys(problems).length) return setChecked(new FieldProblems(problems));
        setChecked(null);
        void create
          .run({
            input: {
              territoryId,
              name: name.trim(),
              startYear: Number(startYear),
              endYear: Number(endYear),
              signedOn: signedOn || null,
            },
          })
          .then((data) => data && navigate(`/${code}/contrat/${data.createContract.contract.id}`));
      }}
    >
      <h2 id="new-contract">Nouveau contrat de ville</h2>
      <FormError error={problem} />
      <Field
        label="Nom"
        name="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fields.name}
      />
      <Field
        label="Année de début"
        name="startYear"
        inputMode="numeric"
        required
        value={startYear}
        onChange={(e) => setStartYear(e.target.value)}
        error={fields.startYear}
      />
      <Field
        label="Année de fin"
        name="endYear"
        inputMode="numeric"
        required
        value={endYear}
        onChange={(e) => setEndYear(e.target.value)}
        error={fields.endYear}
      />
      <Field
        label="Signé le"
        name="signedOn"
        type="date"
        value={signedOn}
        onChange={(e) => setSignedOn(e.target.value)}
        error={fields.signedOn}
      />
      <button type="submit" disabled={create.pending}>
        Créer le contrat
      </button>
    </form>
  );
}
