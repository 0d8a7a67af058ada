import { useEffect } from 'react';

/**
 * Whether the person has acted on this page yet. On a fresh load they have not, and focus stays where
 * the browser puts it; after a click or a key press (a navigation, a sign-in), it is moved for them.
 */
const hasActed = () =>
  (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation?.hasBeenActive ?? true;

/**
 * Focuses the main heading of the page, waiting for it while the page loads its chunk or its data.
 * Returns a function that stops waiting.
 */
export function focusMainHeading(timeoutMs = 5_000): () => void {
  const main = document.querySelector('main');
  if (!main) return () => undefined;
  const focus = () => {
    const heading = [...main.querySelectorAll('h1')].find(
      (h) => h.checkVisibility?.() ?? h.getClientRects().length > 0,
    );
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    // A heading React keeps hidden (the previous page, behind a loading fallback) takes no focus.
    return document.activeElement === heading;
  };
  if (focus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  const timer = setTimeout(stop, timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
  return stop;
}

/**
 * After each navigation (each new `key`: the location, the signed-in state), moves focus to the new
 * page's main heading, so that keyboard and screen reader users start there rather than on `<body>`.
 */
export function useFocusMainHeading(key: string) {
  useEffect(() => (hasActed() ? focusMainHeading() : undefined), [key]);
}
