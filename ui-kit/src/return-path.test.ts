import { describe, expect, it } from 'vitest';
import { returnPathFromUrl, safeReturnPath, signInHref } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeReturnPath('/CALL/rapports/2024')).toBe('/CALL/rapports/2024');
    expect(safeReturnPath('/admin/CALL/journal?x=1#haut')).toBe('/admin/CALL/journal?x=1#haut');
  });

  it('refuses anything that could lead to another site', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'CALL',
      '/\t/evil.example',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnPath(value), String(value)).toBeNull();
    }
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeReturnPath('/compte/connexion?retour=/x')).toBeNull();
  });
});

describe('signInHref', () => {
  it('carries the page of origin, encoded', () => {
    expect(signInHref('/CALL/rapports/2024')).toBe('/compte/connexion?retour=%2FCALL%2Frapports%2F2024');
    expect(returnPathFromUrl('?retour=%2FCALL%2Frapports%2F2024')).toBe('/CALL/rapports/2024');
  });

  it('carries nothing from the home page or an unsafe path', () => {
    expect(signInHref('/')).toBe('/compte/connexion');
    expect(signInHref('//evil.example')).toBe('/compte/connexion');
  });
});
