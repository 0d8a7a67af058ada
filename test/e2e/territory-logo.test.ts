import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { writeSession } from '../../server/test/session.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let territory: SeededTerritory;
beforeAll(async () => {
  server = await startTestServer();
  territory = await seedTerritory(server.db);
});
afterAll(() => server.close());

const cookieOf = async (userId: string) => (await writeSession(server.db.dataSource, userId)).cookie;

const put = (cookie: string | null, body: Buffer, type: string) =>
  fetch(`${server.url}/uploads/${territory.code}/logo`, {
    method: 'PUT',
    headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
    body: new Uint8Array(body),
  });

const THEME_LOGO = graphql(`
  query LogoOfTheme($code: String!) {
    territory(code: $code) {
      theme {
        logoUrl
      }
    }
  }
`);
async function themeLogoUrl() {
  const { body } = await postGraphQL(server.url, THEME_LOGO, { code: territory.code });
  return body.data!.territory!.theme.logoUrl;
}

const storedLogos = async () =>
  Number(
    (
      (await server.db.dataSource.query('SELECT count(*) AS n FROM territory_logos WHERE territory_id = $1', [
        territory.id,
      ])) as { n: string }[]
    )[0]!.n,
  );

/** A photo as a phone takes it: a JPEG whose EXIF says where it was taken. */
const photoWithGps = () =>
  sharp({ create: { width: 600, height: 300, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'Quartiers' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 30/1 0/1' } })
    .toBuffer();

describe('the territory’s logo', () => {
  it('refuses anything but an image from an admin of the territory, with a French message, storing nothing', async () => {
    const admin = await cookieOf((await seedUser(server.db, { territory, role: 'ADMIN' })).id);
    const staff = await cookieOf((await seedUser(server.db, { territory, role: 'STAFF' })).id);
    const photo = await photoWithGps();

    expect((await put(null, photo, 'image/jpeg')).status).toBe(401);
    const notAdmin = await put(staff, photo, 'image/jpeg');
    expect(notAdmin.status).toBe(403);
    expect(await notAdmin.json()).toEqual({ error: 'Seuls les administrateurs du territoire changent son logo.' });

    const pdf = await put(admin, Buffer.from('%PDF-1.4\n%%EOF\n'), 'application/pdf');
    expect(pdf.status).toBe(415);
    expect((await pdf.json()).error).toMatch(/^Le logo doit être une image PNG, JPEG ou WebP/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await put(admin, svg, 'image/svg+xml')).status).toBe(415);
    // Declared as PNG, an SVG or a text is still not one: the bytes decide.
    const disguised = await put(admin, svg, 'image/png');
    expect(disguised.status).toBe(400);
    expect((await disguised.json()).error).toMatch(/^Le logo doit être une image PNG, JPEG ou WebP/);
    expect((await put(admin, Buffer.from('bonjour'), 'text/plain')).status).toBe(415);
    // 200 KB that would decode to 192 MB of pixels: refused before decoding.
    const bomb = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect((await put(admin, bomb, 'image/png')).status).toBe(400);
    const tooLarge = await put(admin, Buffer.alloc(1024 * 1024 + 1, 0xff), 'image/jpeg');
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: 'Image trop volumineuse (1 Mo au plus).' });
    const elsewhere = await fetch(`${server.url}/uploads/AUTRE%2F..%2Flogo/logo`, {
      method: 'PUT',
      headers: { 'content-type': 'image/jpeg', cookie: admin },
      body: new Uint8Array(photo),
    });
    expect(elsewhere.status).toBe(404);

    expect(await storedLogos()).toBe(0);
    expect(await themeLogoUrl()).toBeNull();
    expect((await fetch(`${server.url}/exports/${territory.code}/logo.png`)).status).toBe(404);
  });

  it('stores what an admin uploads as a PNG of 256 px at most, without its EXIF, served publicly and journaled', async () => {
    const admin = await cookieOf((await seedUser(server.db, { territory, role: 'ADMIN' })).id);
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined(); // the test's own premise

    const uploaded = await put(admin, photo, 'image/jpeg');
    expect(uploaded.status).toBe(201);
    const { logoUrl } = (await uploaded.json()) as { logoUrl: string };
    expect(logoUrl).toMatch(new RegExp(`^/exports/${territory.code}/logo\\.png\\?v=\\d+$`));
    expect(await themeLogoUrl()).toBe(logoUrl);

    const served = await fetch(`${server.url}${logoUrl}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=300');
    const png = Buffer.from(await served.arrayBuffer());
    const metadata = await sharp(png).metadata();
    expect(metadata).toMatchObject({ format: 'png', width: 256, height: 128 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(png.includes(Buffer.from('Quartiers'))).toBe(false);

    const etag = served.headers.get('etag')!;
    const again = await fetch(`${server.url}${logoUrl}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    const [entry] = (await server.db.dataSource.query(
      `SELECT action, after FROM audit_log WHERE territory_id = $1 AND action = 'territory.logo'`,
      [territory.id],
    )) as { action: string; after: { size: number } }[];
    expect(entry).toEqual({ action: 'territory.logo', after: { size: png.length } });
  });
});
