import { FieldProblems, missingFields } from '@quartiers/ui-kit';
import type { EventInput } from '../../__generated__/graphql';
import { KIND_CHOICES } from './labels';
import { parisInstant } from './paris-time';

const REQUIRED = {
  title: 'Donnez un titre à l’événement.',
  startsAt: 'Indiquez la date et l’heure du début (heure de Paris).',
  endsAt: 'Indiquez la date et l’heure de la fin (heure de Paris).',
};

/**
 * The event form's fields as the API's EventInput, or the French problem of each field the form can
 * check itself (the server checks them all again: its field messages show the same way).
 */
export function readEventForm(form: HTMLFormElement): EventInput | FieldProblems {
  const data = new FormData(form);
  const v = Object.fromEntries(data) as Record<string, string>;
  const problems: Record<string, string> = { ...(missingFields(v, REQUIRED)?.fields ?? {}) };
  const startsAt = parisInstant(v.startsAt ?? '');
  const endsAt = parisInstant(v.endsAt ?? '');
  if (v.startsAt && !startsAt) problems.startsAt = 'Date ou heure incomplète.';
  if (v.endsAt && !endsAt) problems.endsAt = 'Date ou heure incomplète.';
  if (startsAt && endsAt && endsAt <= startsAt) problems.endsAt = 'La fin doit venir après le début.';
  const capacityText = v.capacity?.trim() ?? '';
  const capacity = capacityText ? Number(capacityText) : null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) {
    problems.capacity = 'Indiquez un nombre entier de places (1 ou plus), ou laissez vide pour ne pas limiter.';
  }
  if (Object.keys(problems).length) return new FieldProblems(problems);
  const blank = (name: string) => v[name]?.trim() || null;
  return {
    kind: KIND_CHOICES.find(([k]) => k === v.kind)?.[0] ?? 'LABO',
    title: v.title!.trim(),
    description: blank('description'),
    startsAt: startsAt!,
    endsAt: endsAt!,
    place: blank('place'),
    communeId: blank('communeId'),
    quartierId: blank('quartierId'),
    themeIds: data.getAll('themeIds').map(String),
    organiser: blank('organiser'),
    capacity,
    registrationOpen: data.has('registrationOpen'),
    accessibility: {
      stepFreeAccess: data.has('stepFreeAccess'),
      childcare: data.has('childcare'),
      interpretation: data.has('interpretation'),
      hearingLoop: data.has('hearingLoop'),
      note: blank('note'),
    },
  };
}

/** The server names a field by its path in the input (`event.title`, `event.accessibility.note`): the form by its name. */
export const formFieldName = (path: string) => path.replace(/^(input\.)?(event\.)?(accessibility\.)?/, '');
