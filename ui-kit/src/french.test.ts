import { describe, expect, it } from 'vitest';
import { deOf, frenchDate, plural } from './french';

describe('plural', () => {
  it('agrees the noun with the count, 0 and 1 in the singular', () => {
    expect(plural(0, 'jour', 'jours')).toBe('0 jour');
    expect(plural(1, 'jour', 'jours')).toBe('1 jour');
    expect(plural(2, 'jour', 'jours')).toBe('2 jours');
    expect(plural(36, 'jour', 'jours')).toBe('36 jours');
    expect(plural(1.5, 'jour', 'jours')).toBe('1,5 jour');
    expect(plural(22, 'instance sans avis', 'instances sans avis')).toBe('22 instances sans avis');
  });

  it('groups thousands as in French', () => {
    expect(plural(1234, 'email', 'emails')).toBe('1\u202f234 emails');
  });
});

describe('frenchDate', () => {
  it('writes the first of the month « 1er »', () => {
    expect(frenchDate('2025-12-01')).toBe('lundi 1er décembre 2025');
    expect(frenchDate('2026-12-01')).toBe('mardi 1er décembre 2026');
  });

  it('writes other days as numbers', () => {
    expect(frenchDate('2025-10-30')).toBe('jeudi 30 octobre 2025');
    expect(frenchDate('2025-10-11')).toBe('samedi 11 octobre 2025');
    expect(frenchDate('2025-10-21')).toBe('mardi 21 octobre 2025');
  });

  it('can leave out the weekday and the year', () => {
    expect(frenchDate('2026-12-01', { weekday: false, year: false })).toBe('1er décembre');
    expect(frenchDate('2026-12-01', { year: false })).toBe('mardi 1er décembre');
  });

  it('reads an instant in Paris time', () => {
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(frenchDate(new Date('2026-11-30T23:30:00Z'))).toBe('mardi 1er décembre 2026');
    expect(frenchDate('2026-11-30T23:30:00Z')).toBe('mardi 1er décembre 2026');
  });
});

describe('deOf', () => {
  it('keeps « de » before a consonant', () => {
    expect(deOf('Béthune')).toBe('de Béthune');
    expect(deOf('Lens')).toBe('de Lens');
  });

  it('elides before a vowel, accented or not, and before y', () => {
    expect(deOf('Auchel')).toBe('d’Auchel');
    expect(deOf('Éleu-dit-Leauwette')).toBe('d’Éleu-dit-Leauwette');
    expect(deOf('Isbergues')).toBe('d’Isbergues');
    expect(deOf('Ostricourt')).toBe('d’Ostricourt');
    expect(deOf('Ypres')).toBe('d’Ypres');
  });

  it('elides before a mute h, not before an aspirated one', () => {
    expect(deOf('Hénin-Beaumont')).toBe('d’Hénin-Beaumont');
    expect(deOf('Haillicourt')).toBe('d’Haillicourt');
    for (const name of ['Hem', 'Haisnes', 'Hulluch', 'Harnes', 'Hersin-Coupigny', 'Houdain', 'Hesdin']) {
      expect(deOf(name)).toBe(`de ${name}`);
    }
  });

  it('contracts the articles le and les', () => {
    expect(deOf('Le Portel')).toBe('du Portel');
    expect(deOf('Les Attaques')).toBe('des Attaques');
    expect(deOf('La Bassée')).toBe('de La Bassée');
  });
});
