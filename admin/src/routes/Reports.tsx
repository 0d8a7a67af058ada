import { type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'wouter';
import { Field, FormError, Submit, formValues } from '@quartiers/ui-kit';
import { AdminCreateReportDocument, AdminReportsDocument } from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { REPORT_STATUS } from '@quartiers/ui-kit';

export function Reports() {
  const { code = '' } = useParams();
  const [, navigate] = useLocation();
  const { data, loading, error } = useQuery(AdminReportsDocument, { variables: { code } });
  const [create, creating] = useMutation(AdminCreateReportDocument);
  const t = data?.territory;
  if (error) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const year = Number(formValues(e.currentTarget).year);
    void create({ variables: { input: { territoryId: t.id, referenceYear: year } } }).then(
      () => navigate(`/${code}/rapports/${year}`),
      () => undefined,
    );
  };
  return (
    <section>
      <h1>{t.name} — rapports annuels</h1>
      <TerritoryTabs code={code} />
      <ul>
        {t.reports.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/${code}/rapports/${node.referenceYear}`}>{node.title}</Link> — {REPORT_STATUS[node.status]}
          </li>
        ))}
      </ul>
      {t.reports.edges.length === 0 && <p>Aucun rapport : créez celui de l’année écoulée.</p>}
      <form onSubmit={onSubmit} noValidate className="inline-form">
        <h2>Nouveau rapport</h2>
        <FormError error={creating.error} />
        <Field
          label="Année de référence"
          name="year"
          type="number"
          required
          defaultValue={new Date().getFullYear() - 1}
        />
        <Submit busy={creating.loading}>Créer le projet de rapport</Submit>
      </form>
    </section>
  );
}
