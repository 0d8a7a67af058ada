import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { SESSION_COOKIE } from '../../server/src/modules/identity/index.js';
import { writeSession } from '../../server/test/session.js';

/**
 * Debian's Chromium, never a downloaded one. As root it needs --no-sandbox; the other flags keep it
 * off the closed network.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A French browser context signed in as this user: the session of `writeSession` in its cookie jar. */
export async function signedInContext(
  browser: Browser,
  server: { url: string; db: { dataSource: Parameters<typeof writeSession>[0] } },
  userId: string,
  options: BrowserContextOptions & { session?: Parameters<typeof writeSession>[2] } = {},
): Promise<BrowserContext> {
  const { session, ...contextOptions } = options;
  const { token } = await writeSession(server.db.dataSource, userId, session);
  const context = await browser.newContext({ locale: 'fr-FR', ...contextOptions });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url }]);
  return context;
}

/**
 * WCAG 2.1 AA rules of axe-core: no violation of serious or critical impact may remain; and the page
 * reflows at 320 CSS px (WCAG 1.4.10), which axe does not check.
 */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `axe sur ${page.url()}`).toEqual([]);
  await expectReflow(page);
}

/** WCAG 1.4.10: 320 CSS px wide (a 1280 px screen zoomed to 400 %), content needs no horizontal scrolling. */
export const REFLOW_VIEWPORT = { width: 320, height: 640 };

/**
 * Narrows the page to 320 × 640, checks that the document is no wider than the window (the widest
 * offending elements are named in the failure), then gives the page its viewport back.
 */
export async function expectReflow(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize(REFLOW_VIEWPORT);
  try {
    // Charts and other ResizeObserver-driven content settle after a few frames: poll briefly.
    let offenders: string[] = [];
    const deadline = Date.now() + 2_000;
    do {
      offenders = await page.evaluate(overflowingElements);
      if (offenders.length === 0) return;
      await page.waitForTimeout(100);
    } while (Date.now() < deadline);
    expect.fail(`${page.url()} est plus large que l’écran à ${REFLOW_VIEWPORT.width} px :\n${offenders.join('\n')}`);
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}

/**
 * Runs in the page: nothing when the document fits the window; otherwise the widest and the
 * innermost elements that stick out of it, skipping those clipped by a scrolling (or hidden-overflow)
 * ancestor, which do not widen the page.
 */
async function overflowingElements(): Promise<string[]> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const limit = window.innerWidth;
  const total = document.documentElement.scrollWidth;
  if (total <= limit) return [];
  const clipped = (el: Element) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const classes = Array.from(el.classList)
      .map((c) => `.${c}`)
      .join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const { left, right, width } = el.getBoundingClientRect();
    return `  <${el.tagName.toLowerCase()}${id}${classes}> ${Math.round(width)} px (de ${Math.round(left)} à ${Math.round(right)}) « ${text} »`;
  };
  const offending = Array.from(document.body.querySelectorAll('*')).filter(
    (el) => el.getBoundingClientRect().right > limit + 0.5 && !clipped(el),
  );
  const widest = [...offending]
    .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)
    .slice(0, 5);
  // The innermost ones are usually the cause (a select, a long word), their ancestors only follow.
  const innermost = offending.filter((el) => !offending.some((other) => other !== el && el.contains(other)));
  return [
    `  document : ${total} px pour ${limit} px ; les plus larges :`,
    ...widest.map(describe),
    '  au plus profond :',
    ...innermost.slice(0, 5).map(describe),
  ];
}
