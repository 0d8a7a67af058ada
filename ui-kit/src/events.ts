import type {
  EventDatePrecision,
  EventKind,
  EventOutcomeKind,
  EventRegistrationChannel,
  EventRegistrationStatus,
  EventStatus,
} from './__generated__/catalogue';

/** French labels of the events module (enums of schema/events.graphql), shared by the portal and the console. */

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  LABO: 'Rencontre du Labo de la participation',
  TERRITORIAL_MEETING: 'Rencontre territoriale',
  PARTICIPATORY_WORKSHOP: 'Atelier participatif',
  THEMATIC_WORKING_GROUP: 'Groupe de travail thématique',
  GOVERNANCE_MEETING: 'Réunion d’instance de gouvernance',
  OTHER: 'Autre rencontre',
};

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  PLANNED: 'Prévue',
  HELD: 'Tenue',
  CANCELLED: 'Annulée',
};

export const EVENT_REGISTRATION_STATUS_LABELS: Record<EventRegistrationStatus, string> = {
  UNCONFIRMED: 'En attente de confirmation par email',
  CONFIRMED: 'Inscription confirmée',
  WAITING: 'Sur liste d’attente',
  CANCELLED: 'Inscription annulée',
};

export const EVENT_REGISTRATION_CHANNEL_LABELS: Record<EventRegistrationChannel, string> = {
  ONLINE: 'En ligne',
  STAFF: 'Par l’équipe (téléphone, accueil)',
};

export const EVENT_OUTCOME_KIND_LABELS: Record<EventOutcomeKind, string> = {
  DECISION: 'Décision',
  WORKSHOP_OUTPUT: 'Production d’atelier',
};

/** A registration's state in a sentence: « Sur liste d’attente (rang 3) ». */
export function registrationStatusLabel(r: { status: EventRegistrationStatus; waitingRank?: number | null }): string {
  const label = EVENT_REGISTRATION_STATUS_LABELS[r.status];
  return r.status === 'WAITING' && r.waitingRank ? `${label} (rang ${r.waitingRank})` : label;
}

/** The accessibility features of an event's venue, in the order they are shown (EventAccessibility). */
export const EVENT_ACCESSIBILITY_LABELS = {
  stepFreeAccess: 'Accès de plain-pied ou adapté aux fauteuils roulants',
  childcare: 'Garde d’enfants sur place',
  interpretation: 'Interprétariat',
  hearingLoop: 'Boucle magnétique pour les personnes malentendantes',
} as const;
export type EventAccessibilityFeature = keyof typeof EVENT_ACCESSIBILITY_LABELS;

/** The features an event offers, as labels (the note is shown apart). */
export function accessibilityFeatures(a: Record<EventAccessibilityFeature, boolean>): EventAccessibilityFeature[] {
  return (Object.keys(EVENT_ACCESSIBILITY_LABELS) as EventAccessibilityFeature[]).filter((k) => a[k]);
}

const PARIS = 'Europe/Paris';

/** The calendar fields of an instant in Paris time. */
export function parisParts(value: Date | string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Paris calendar day of an instant, as `YYYY-MM-DD` (to group a month's events by day). */
export function parisDay(value: Date | string): string {
  const p = parisParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Midnight in Paris at the start of a calendar day, as an instant (DST-proof: the offset is read back). */
export function parisMidnight(year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const p = parisParts(new Date(instant));
    const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - instant;
    instant = wall - offset;
  }
  return new Date(instant);
}

/** A month (`2026-12`) as the instants [from, to) of the events filter, in Paris time. */
export function parisMonthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: parisMidnight(y, m, 1), to: m === 12 ? parisMidnight(y + 1, 1, 1) : parisMidnight(y, m + 1, 1) };
}

/** A time of day the French way: « 18 h », « 18 h 30 ». */
export function parisTime(value: Date | string): string {
  const { hour, minute } = parisParts(value);
  return minute ? `${hour} h ${pad(minute)}` : `${hour} h`;
}

const dayFormat = (weekday: boolean, year: boolean) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: PARIS,
    weekday: weekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: year ? 'numeric' : undefined,
  });

/** « mardi 1er décembre 2026 » in Paris time (the first of the month is « 1er »). */
export function parisDate(value: Date | string, { weekday = true, year = true } = {}): string {
  return dayFormat(weekday, year)
    .formatToParts(new Date(value))
    .map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
}

/** « juin 2024 » in Paris time. */
export function parisMonth(value: Date | string): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, month: 'long', year: 'numeric' }).format(new Date(value));
}

export interface EventDates {
  startsAt: Date | string;
  endsAt: Date | string;
  datePrecision: EventDatePrecision;
}

/**
 * When an event takes place, in Paris time and no more precisely than known: « mardi 1er décembre 2026,
 * de 18 h à 20 h 30 », « du 3 au 4 juin 2024 », « juin 2024 », « 2024 ». The end of a day, month or
 * year is the end of that period, so its last instant (one millisecond before) names the last day.
 */
export function eventWhen({ startsAt, endsAt, datePrecision }: EventDates): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (datePrecision === 'YEAR') return String(parisParts(start).year);
  if (datePrecision === 'MONTH') return parisMonth(start);
  const lastDay = datePrecision === 'DAY' ? new Date(Math.max(start.getTime(), end.getTime() - 1)) : end;
  const sameDay = parisDay(start) === parisDay(lastDay);
  if (datePrecision === 'DAY') {
    return sameDay ? parisDate(start) : `du ${parisDate(start)} au ${parisDate(lastDay)}`;
  }
  if (sameDay) return `${parisDate(start)}, de ${parisTime(start)} à ${parisTime(end)}`;
  return `du ${parisDate(start)} à ${parisTime(start)} au ${parisDate(end)} à ${parisTime(end)}`;
}

/** The Paris year of an event (figures, past events). */
export const eventYear = (e: { startsAt: Date | string }) => parisParts(e.startsAt).year;
