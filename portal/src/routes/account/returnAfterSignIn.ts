import { RETURN_PARAM, returnPathFromUrl, safeReturnPath } from '@quartiers/ui-kit';

/** Kept while a person waits for their emailed sign-in link, which lands on /compte/lien. */
const PENDING_RETURN = `quartiers.${RETURN_PARAM}`;

export function rememberReturnForLink() {
  const path = returnPathFromUrl();
  if (path) localStorage.setItem(PENDING_RETURN, path);
  else localStorage.removeItem(PENDING_RETURN);
}

/** The page to go back to after a sign-in by link (read once), or after one on the sign-in page. */
export function takeReturnForLink(): string | null {
  const path = safeReturnPath(localStorage.getItem(PENDING_RETURN));
  localStorage.removeItem(PENDING_RETURN);
  return path;
}

/**
 * Goes to `path` once signed in: within the portal by its router, to the console (another
 * application under /admin/) by loading it.
 */
export function goBack(path: string | null, navigate: (to: string, options?: { replace?: boolean }) => void) {
  const to = path ?? '/compte';
  if (to === '/admin' || to.startsWith('/admin/')) window.location.assign(to);
  else navigate(to, { replace: true });
}
