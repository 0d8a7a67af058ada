import { describe, expect, it } from 'vitest';
import { formatEuros, parseEuros, subtractEuros, sumEuros } from './money';

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('euros in the front ends', () => {
  it('shows whole euros without cents and cents when there are some', () => {
    expect(spaces(formatEuros('6286281.00'))).toBe('6 286 281 €');
    expect(spaces(formatEuros('1250.50'))).toBe('1 250,50 €');
    expect(formatEuros(null)).toBe('—');
  });

  it('reads what people type and adds exactly', () => {
    expect(parseEuros('12 500,5 €')).toBe('12500.50');
    expect(parseEuros('12,345')).toBeNull();
    expect(sumEuros(['0.10', '0.20', '0.05'])).toBe('0.35');
    expect(sumEuros(['-1.00', '0.99'])).toBe('-0.01');
    expect(subtractEuros('0.30', '0.10')).toBe('0.20');
    expect(subtractEuros('0.10', '-0.20')).toBe('0.30');
  });
});
