import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { FormError, Notice, Submit, formatEuros, plural, useSubmission } from '@quartiers/ui-kit';
import {
  AdminCreateProgrammationDocument,
  AdminProgrammationYearsDocument,
  type AdminProgrammationYearFragment,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { formatDateTime } from '../../ui/format';
import { ProgrammationNav } from './ProgrammationNav';
import { PublishButton } from './PublishButton';
import { prependToList } from './cache';
import { PROGRAMMATION_STATUS_LABELS } from './labels';

/** The territory's programmations, most recent year first: draft or published, counts, totals; and next year's draft. */
export function ProgrammationYears() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(AdminProgrammationYearsDocument, { variables: { code } });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const years = t.programmations.edges.map((e) => e.node);
  return (
    <section>
      <h1>{t.name} — programmation</h1>
      <TerritoryTabs code={code} />
      <ProgrammationNav code={code} />
      <p>
        Une année reste en brouillon, visible de l’équipe seule, jusqu’à sa publication : le portail montre alors ses
        actions financées.
      </p>
      <NextYearForm territoryId={t.id} code={code} years={years} contracts={t.contracts.edges.map((e) => e.node)} />
      <h2>Années ({t.programmations.totalCount})</h2>
      {years.length === 0 && <p>Aucune programmation pour l’instant.</p>}
      <ul className="idea-queue">
        {years.map((p) => (
          <li key={p.id}>
            <YearCard code={code} territoryId={t.id} programmation={p} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function YearCard(props: { code: string; territoryId: string; programmation: AdminProgrammationYearFragment }) {
  const { code, programmation: p } = props;
  const label = p.year != null ? String(p.year) : (p.period ?? 'Période');
  return (
    <article className="card" aria-labelledby={`year-${p.id}`}>
      <h3 id={`year-${p.id}`}>
        {p.year != null ? <Link to={`/${code}/programmation/${p.year}`}>Programmation {label}</Link> : label}{' '}
        <span className="tag">{PROGRAMMATION_STATUS_LABELS[p.status]}</span>
      </h3>
      <p>
        {plural(p.recordedActionCount, 'action enregistrée', 'actions enregistrées')}
        {p.projectsSubmitted != null && (
          <> ; {plural(p.projectsSubmitted, 'projet déposé', 'projets déposés')} selon la source</>
        )}
        . Coût total : {formatEuros(p.totalCost.printed ?? p.totalCost.computed)} ; crédits spécifiques :{' '}
        {formatEuros(p.specificCredits.printed ?? p.specificCredits.computed)}.
      </p>
      <p className="muted">
        {p.status === 'PUBLISHED' && p.publishedAt ? `Publiée le ${formatDateTime(p.publishedAt)} — ` : ''}version{' '}
        {p.version}, modifiée le {formatDateTime(p.updatedAt)}
      </p>
      {p.year != null && <PublishButton territoryId={props.territoryId} programmation={p} label={label} />}
    </article>
  );
}

/** « Préparer l’année N+1 »: a draft for the year after the latest, under the contract that covers it. */
function NextYearForm(props: {
  territoryId: string;
  code: string;
  years: AdminProgrammationYearFragment[];
  contracts: { id: string; name: string; startYear?: number | null; endYear?: number | null }[];
}) {
  const latest = Math.max(0, ...props.years.map((p) => p.year ?? 0));
  const next = latest ? latest + 1 : new Date().getFullYear();
  const covering = props.contracts.find((c) => (c.startYear ?? -Infinity) <= next && next <= (c.endYear ?? Infinity));
  const [contractId, setContractId] = useState(covering?.id ?? '');
  const create = useSubmission(AdminCreateProgrammationDocument, {
    update: (cache, { data }) => {
      const created = data?.createProgrammation.programmation;
      if (created)
        prependToList(cache, cache.identify({ __typename: 'Territory', code: props.code }), 'programmations', created);
    },
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void create.run({ input: { territoryId: props.territoryId, year: next, contractId: contractId || null } });
  };
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="next-year" noValidate>
      <h2 id="next-year">Préparer l’année {next}</h2>
      <FormError error={create.error} />
      {create.data && !create.error && <Notice>{create.data.createProgrammation.message}</Notice>}
      <p className="field">
        <label htmlFor="next-year-contract">Contrat</label>
        <select id="next-year-contract" value={contractId} onChange={(e) => setContractId(e.currentTarget.value)}>
          <option value="">Hors contrat</option>
          {props.contracts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </p>
      <Submit busy={create.pending}>Préparer l’année {next}</Submit>
    </form>
  );
}
