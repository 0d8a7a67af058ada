import type { FormEvent } from 'react';
import { EVENT_KIND_LABELS } from '@quartiers/ui-kit';
import type { EventChoices_TerritoryFragment, EventFilter, EventKind } from '../../__generated__/graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The agenda's state as the address carries it (`?commune=…&quartier=…&type=LABO&vue=mois&mois=2026-12`),
 * so that a filtered agenda can be shared; unknown values are ignored.
 */
export function readEventSearch(search: string) {
  const params = new URLSearchParams(search);
  const commune = params.get('commune') ?? '';
  const quartier = params.get('quartier') ?? '';
  const kind = params.get('type') ?? '';
  const month = params.get('mois') ?? '';
  return {
    commune: UUID.test(commune) ? commune : '',
    quartier: UUID.test(quartier) ? quartier : '',
    kind: Object.hasOwn(EVENT_KIND_LABELS, kind) ? (kind as EventKind) : ('' as const),
    month: params.get('vue') === 'mois' ? (MONTH.test(month) ? month : 'courant') : null,
  };
}
export type EventSearch = ReturnType<typeof readEventSearch>;

export const isFiltered = (s: EventSearch) => Boolean(s.commune || s.quartier || s.kind);

/** The filter's part of the address, for links that keep it (month to month, list to month). */
export function filterQuery(s: EventSearch): Record<string, string> {
  const query: Record<string, string> = {};
  if (s.commune) query.commune = s.commune;
  if (s.quartier) query.quartier = s.quartier;
  if (s.kind) query.type = s.kind;
  return query;
}

export const toEventFilter = (s: EventSearch): EventFilter => ({
  kind: s.kind || null,
  communeId: s.commune || null,
  quartierId: s.quartier || null,
});

/** Commune, quartier and kind; « Afficher » writes them in the address (hidden fields keep the view). */
export function EventFilters({
  territory,
  state,
  keep,
  onApply,
}: {
  territory: EventChoices_TerritoryFragment;
  state: EventSearch;
  keep?: Record<string, string>;
  onApply: (query: Record<string, string>) => void;
}) {
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const query: Record<string, string> = {};
    for (const [name, value] of new FormData(e.currentTarget)) if (String(value)) query[name] = String(value);
    onApply(query);
  };
  return (
    <form className="event-filters" role="search" aria-label="Filtrer les rencontres" onSubmit={onSubmit}>
      {Object.entries(keep ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <PlaceChoice
        name="commune"
        label="Commune"
        all="Toutes les communes"
        value={state.commune}
        options={territory.communes.edges}
      />
      <PlaceChoice
        name="quartier"
        label="Quartier"
        all="Tous les quartiers"
        value={state.quartier}
        options={territory.quartiers.edges}
      />
      <p className="field">
        <label htmlFor="events-kind">Type de rencontre</label>
        <select id="events-kind" name="type" defaultValue={state.kind}>
          <option value="">Tous les types</option>
          {Object.entries(EVENT_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <button type="submit">Afficher les rencontres</button>
      </p>
    </form>
  );
}

/** A commune or quartier choice, « all » first. */
function PlaceChoice({
  name,
  label,
  all,
  value,
  options,
}: {
  name: string;
  label: string;
  all: string;
  value: string;
  options: readonly { node: { id: string; name: string } }[];
}) {
  return (
    <p className="field">
      <label htmlFor={`events-${name}`}>{label}</label>
      <select id={`events-${name}`} name={name} defaultValue={value}>
        <option value="">{all}</option>
        {options.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </select>
    </p>
  );
}
