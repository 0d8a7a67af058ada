/**
 * Where sign-in sends a person back: the page they came from, carried as `?retour=`. Only a path of
 * this site is accepted (`/CALL/rapports/2024`), never another origin (`//evil.example`,
 * `https://…`, `/\\evil.example`), so the parameter cannot be used to send someone elsewhere.
 */
export const RETURN_PARAM = 'retour';
const SIGN_IN_PATH = '/compte/connexion';

export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  // Browsers drop tabs and newlines from URLs: « /\t/evil.example » would become « //evil.example ».
  if ([...value].some((c) => c.charCodeAt(0) < 0x20)) return null;
  const base = 'http://quartiers.invalid';
  const url = new URL(value, base);
  if (url.origin !== base) return null;
  const path = url.pathname + url.search + url.hash;
  // Coming back to the sign-in page itself would be a loop.
  return url.pathname.startsWith(SIGN_IN_PATH) ? null : path;
}

/** The sign-in page's address, carrying the page to return to (the current one by default). */
export function signInHref(returnTo: string = currentPath()): string {
  const path = safeReturnPath(returnTo);
  return path && path !== '/' ? `${SIGN_IN_PATH}?${RETURN_PARAM}=${encodeURIComponent(path)}` : SIGN_IN_PATH;
}

/** The return path given to the current page, if it is one of this site's. */
export const returnPathFromUrl = (search: string = window.location.search) =>
  safeReturnPath(new URLSearchParams(search).get(RETURN_PARAM));

const currentPath = () => window.location.pathname + window.location.search;
