import type { DataSource } from 'typeorm';
import { TZDate } from '@date-fns/tz';
import { PARIS, type Clock } from '../../shared/clock.js';
import { createDemoEventsStore, type DemoEventRow, type DemoRegistration } from './demo-events.store.js';

const DAY = 86_400_000;

export interface DemoEventsPlaces {
  staffId: string;
  /** The demo resident, registered online to the next Labo meeting. */
  resident: { id: string; name: string; email: string };
  /** The territory's communes and its councils' quartiers, in a stable order. */
  communes: { id: string }[];
  councils: { quartierId: string | null }[];
}

/** `days` from today at `hour` o'clock in Paris (so upcoming events stay upcoming whenever the demo starts). */
function parisAt(clock: Clock, days: number, hour: number) {
  const day = new TZDate(clock.now().getTime() + days * DAY, PARIS);
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, 0, 0, PARIS).getTime());
}

const FIRST_NAMES = ['Amina', 'Jean-Pierre', 'Fatou', 'Kevin', 'Nadia', 'Sylvie', 'Mehdi', 'Chantal', 'Yanis', 'Odile'];
const INITIALS = 'BDGLMPRSTV';
/** Registrations taken by phone at the centre social, as staff type them: a first name and an initial. */
const byPhone = (count: number, from: number, staffId: string, status: DemoRegistration['status'], checkedIn = false) =>
  Array.from({ length: count }, (_, k): DemoRegistration => {
    const n = from + k;
    return {
      userId: null,
      name: `${FIRST_NAMES[n % FIRST_NAMES.length]} ${INITIALS[Math.floor(n / FIRST_NAMES.length) % INITIALS.length]}.`,
      email: null,
      status,
      channel: 'STAFF',
      checkedIn,
      recordedBy: staffId,
    };
  });

const MINUTES_WORKSHOP = `## Ce qui a été dit

Une trentaine d’habitantes et d’habitants ont redessiné la **place du marché** en petits groupes :

- plus d’ombre et des bancs près de l’arrêt de bus ;
- un passage piéton sûr devant l’école ;
- un coin pour les jeux des plus petits.

Les plans dessinés sont exposés à la maison de quartier jusqu’à la fin du mois.`;

const MINUTES_LABO = `## Bilan à mi-parcours

Les participants ont passé en revue les actions du contrat : ce qui a changé dans les quartiers, ce qui reste à faire.
Les propositions retenues seront présentées au prochain comité de pilotage.`;

/**
 * Events of the fictional territory, relative to the clock: a held workshop with minutes, outcomes and
 * walk-ins, upcoming meetings (one with few places, one with a small capacity for a waiting list, one
 * closed to registration), a cancelled one; the latest imported Labo meeting gets minutes and outcomes.
 * Written once (skipped when console events exist). Registrations are the registrations part's.
 */
export async function seedDemoEvents(ds: DataSource, territoryId: string, places: DemoEventsPlaces, clock: Clock) {
  return ds.transaction(async (tx) => {
    const store = createDemoEventsStore(tx);
    if (await store.hasConsoleEvents(territoryId)) return false;
    const commune = (i: number) => places.communes[i % places.communes.length]?.id ?? null;
    const quartiers = places.councils.flatMap((c) => (c.quartierId ? [c.quartierId] : []));
    const quartier = (i: number) => quartiers[i % Math.max(quartiers.length, 1)] ?? null;
    const event = (
      days: number,
      hours: [number, number],
      e: Partial<DemoEventRow> & Pick<DemoEventRow, 'kind' | 'title' | 'description' | 'place'>,
    ) =>
      store.insert({
        territoryId,
        startsAt: parisAt(clock, days, hours[0]),
        endsAt: parisAt(clock, days, hours[1]),
        communeId: null,
        quartierId: null,
        capacity: null,
        registrationOpen: false,
        status: 'PLANNED',
        cancelMessage: null,
        walkIns: 0,
        minutes: null,
        stepFreeAccess: true,
        childcare: false,
        createdBy: places.staffId,
        createdAt: parisAt(clock, Math.min(days, 0) - 30, 10),
        ...e,
      });

    const workshop = await event(-12, [14, 17], {
      kind: 'PARTICIPATORY_WORKSHOP',
      title: 'Atelier : redessinons la place du marché',
      description: 'Un après-midi pour imaginer ensemble la place du marché de demain.',
      place: 'Maison de quartier des Hauts-de-Brume',
      communeId: commune(0),
      quartierId: quartier(0),
      status: 'HELD',
      walkIns: 31,
      minutes: MINUTES_WORKSHOP,
      childcare: true,
    });
    // 14 of its 18 registrants came, with the 31 who had not registered: 45 participants.
    await store.registrations(
      territoryId,
      workshop,
      [...byPhone(14, 0, places.staffId, 'CONFIRMED', true), ...byPhone(4, 14, places.staffId, 'CONFIRMED')],
      parisAt(clock, -12, 14),
    );
    await store.outcomes(territoryId, workshop, [
      ['DECISION', 'Deux bancs et trois arbres seront installés près de l’arrêt de bus au printemps.'],
      ['WORKSHOP_OUTPUT', 'Plan de la place dessiné par les habitants (exposé à la maison de quartier).'],
    ]);
    const [imported] = await store.minutesOfLatestImported(territoryId, MINUTES_LABO);
    if (imported) {
      await store.outcomes(territoryId, imported.id, [
        ['DECISION', 'Une rencontre du Labo dans chaque quartier prioritaire d’ici la fin du contrat.'],
      ]);
    }
    const labo = await event(9, [18, 20], {
      kind: 'LABO',
      title: 'Rencontre du Labo : la sécurité routière devant les écoles',
      description: 'Venez partager vos idées pour des trajets plus sûrs vers l’école.',
      place: 'Salle des fêtes de Mirebois-les-Cités',
      communeId: commune(1),
      quartierId: quartier(1),
      capacity: 30,
      registrationOpen: true,
      childcare: true,
    });
    const now = clock.now();
    // Two places left: the resident and 27 people met by phone hold 28 of the 30.
    const { resident } = places;
    await store.registrations(
      territoryId,
      labo,
      [
        {
          userId: resident.id,
          name: resident.name,
          email: resident.email,
          status: 'CONFIRMED',
          channel: 'ONLINE',
          checkedIn: false,
          recordedBy: null,
        },
        ...byPhone(27, 20, places.staffId, 'CONFIRMED'),
      ],
      now,
    );
    const territorial = await event(23, [9, 12], {
      kind: 'TERRITORIAL_MEETING',
      title: 'Rencontre territoriale : l’emploi des jeunes',
      description: 'Une matinée avec les partenaires de l’emploi et de la formation.',
      place: 'Médiathèque d’Ormenville',
      communeId: commune(2),
      capacity: 12,
      registrationOpen: true,
    });
    // Full, with three people waiting in their order of arrival.
    await store.registrations(
      territoryId,
      territorial,
      [...byPhone(12, 50, places.staffId, 'CONFIRMED'), ...byPhone(3, 62, places.staffId, 'WAITING')],
      now,
    );
    await event(40, [14, 16], {
      kind: 'GOVERNANCE_MEETING',
      title: 'Comité de pilotage du contrat de ville',
      description: 'Les partenaires du contrat font le point sur la programmation.',
      place: 'Hôtel communautaire',
    });
    await event(5, [18, 20], {
      kind: 'THEMATIC_WORKING_GROUP',
      title: 'Groupe de travail : la santé dans les quartiers',
      description: 'Séance reportée.',
      place: 'Centre social des Tisserands',
      communeId: commune(3),
      status: 'CANCELLED',
      cancelMessage: 'La salle n’est pas disponible : une nouvelle date sera proposée.',
      capacity: 20,
      registrationOpen: true,
    });
    return true;
  });
}
