import { describe, expect, it } from 'vitest';
import { eventWhen, parisDay, parisMonthRange, parisTime, registrationStatusLabel } from './events';

describe('eventWhen', () => {
  it('reads exact times in Paris time, on either side of a DST change', () => {
    // 24 March 2026 is winter time (UTC+1), 31 March summer time (UTC+2).
    expect(eventWhen({ startsAt: '2026-03-24T17:00:00Z', endsAt: '2026-03-24T19:30:00Z', datePrecision: 'TIME' })).toBe(
      'mardi 24 mars 2026, de 18 h à 20 h 30',
    );
    expect(eventWhen({ startsAt: '2026-03-31T16:00:00Z', endsAt: '2026-03-31T18:00:00Z', datePrecision: 'TIME' })).toBe(
      'mardi 31 mars 2026, de 18 h à 20 h',
    );
  });

  it('says no more than the precision known', () => {
    const june = { startsAt: '2024-06-02T22:00:00Z', endsAt: '2024-06-04T22:00:00Z' };
    expect(eventWhen({ ...june, datePrecision: 'DAY' })).toBe('du lundi 3 juin 2024 au mardi 4 juin 2024');
    expect(eventWhen({ startsAt: '2024-06-02T22:00:00Z', endsAt: '2024-06-03T22:00:00Z', datePrecision: 'DAY' })).toBe(
      'lundi 3 juin 2024',
    );
    expect(
      eventWhen({ startsAt: '2024-05-31T22:00:00Z', endsAt: '2024-06-30T22:00:00Z', datePrecision: 'MONTH' }),
    ).toBe('juin 2024');
    expect(eventWhen({ startsAt: '2023-12-31T23:00:00Z', endsAt: '2024-12-31T23:00:00Z', datePrecision: 'YEAR' })).toBe(
      '2024',
    );
  });

  it('names the first of the month « 1er » and spans days', () => {
    expect(eventWhen({ startsAt: '2026-12-01T08:00:00Z', endsAt: '2026-12-02T16:15:00Z', datePrecision: 'TIME' })).toBe(
      'du mardi 1er décembre 2026 à 9 h au mercredi 2 décembre 2026 à 17 h 15',
    );
  });
});

describe('Paris calendar helpers', () => {
  it('finds the Paris day and time of an instant', () => {
    expect(parisDay('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(parisTime('2026-06-30T22:30:00Z')).toBe('0 h 30');
  });

  it('bounds a month at Paris midnights, across DST', () => {
    const march = parisMonthRange('2026-03');
    expect(march.from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(march.to.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(parisMonthRange('2026-12').to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('gives the waiting rank with the status', () => {
    expect(registrationStatusLabel({ status: 'WAITING', waitingRank: 3 })).toBe('Sur liste d’attente (rang 3)');
    expect(registrationStatusLabel({ status: 'CONFIRMED', waitingRank: null })).toBe('Inscription confirmée');
  });
});
