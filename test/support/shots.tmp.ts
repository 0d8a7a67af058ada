import { chromium } from 'playwright-core';

const base = process.argv[2]!;
const out = process.argv[3]!;
const pages: [string, string][] = [
  ['accueil-territoire', '/DEMO'],
  ['quartier', '/DEMO/quartiers/'],
  ['programmation', '/DEMO/programmation/2025'],
  ['rapport', '/DEMO/rapports/2025'],
];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'fr-FR' });
  for (const [name, path] of pages) {
    let url = base + path;
    if (path.endsWith('/quartiers/')) {
      await page.goto(base + '/DEMO');
      const href = await page.locator('a[href*="/quartiers/"]').first().getAttribute('href');
      url = base + href;
    }
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
