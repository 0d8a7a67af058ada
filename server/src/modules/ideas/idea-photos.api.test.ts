import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import type { SeededTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import { moderateIdea, submitIdea, SUBMIT_IDEA } from '../../../test/seed-ideas.js';
import { routesApp } from '../../../test/http-routes.js';
import { SESSION_COOKIE } from '../identity/index.js';

let h: Harness;
let app: FastifyInstance;
let territory: SeededTerritory;
let resident: { client: Client; token: string };
let staff: Client;
beforeAll(async () => {
  h = await createHarness();
  const seeded = await seed(h).territory().resident().staff();
  ({ territory } = seeded);
  resident = seeded.resident;
  staff = seeded.staff.client;
  app = await routesApp(h);
});
afterAll(async () => {
  await app.close();
  await h.close();
});

const put = (body: Buffer, type: string, cookie?: string) =>
  app.inject({
    method: 'PUT',
    url: `/api/ideas/photos?territory=${territory.code}`,
    headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
    payload: body,
  });
const get = (path: string, cookie?: string) =>
  app.inject({ method: 'GET', url: path, headers: cookie ? { cookie } : {} });
const photos = async () =>
  Number(
    (
      (await h.dataSource.query('SELECT count(*) AS n FROM idea_photos WHERE territory_id = $1', [territory.id])) as {
        n: string;
      }[]
    )[0]!.n,
  );

/** A photo as a phone takes it: a large JPEG whose EXIF says where it was taken. */
const photoWithGps = () =>
  sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'Quartiers', Make: 'Téléphone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 30/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 38/1 0/1' },
    })
    .toBuffer();

const IDEA_PHOTO = graphql(`
  query IdeaPhotosIdea($c: String!, $id: ID!) {
    territory(code: $c) {
      idea(id: $id) {
        photoUrl
      }
    }
  }
`);

describe('idea photos', () => {
  it('re-encodes a JPEG without its EXIF and GPS, at most 1600 px, and serves it with the idea', async () => {
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const cookie = `${SESSION_COOKIE}=${resident.token}`;
    const uploaded = await put(original, 'image/jpeg', cookie);
    expect(uploaded.statusCode).toBe(201);
    const { id } = uploaded.json<{ id: string }>();

    // Unattached, the uploader's form shows it for the hour.
    const preview = await get(`/api/ideas/photos/${id}?territory=${territory.code}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/webp');
    const served = await sharp(preview.rawPayload).metadata();
    expect(served).toMatchObject({ format: 'webp', width: 1600, height: 800 });
    expect(served.exif).toBeUndefined();
    expect(served.xmp).toBeUndefined();
    expect(served.icc).toBeUndefined();
    expect(preview.rawPayload.includes(Buffer.from('GPS'))).toBe(false);

    const sent = await submitIdea(resident.client, { territoryId: territory.id, photoId: id });
    const ideaId = sent.idea!.id;
    const url = (await resident.client.execute(IDEA_PHOTO, { c: territory.code, id: ideaId })).data!.territory!.idea!
      .photoUrl!;
    expect(url).toBe(`/api/ideas/photos/${id}?territory=${territory.code}`);
    // Pending: its author sees it, nobody else; once published, everyone, cacheable for good.
    expect((await get(url, cookie)).statusCode).toBe(200);
    expect((await get(url)).statusCode).toBe(404);
    await moderateIdea(h, staff, territory.id, ideaId, { decision: 'PUBLISH' });
    const open = await get(url);
    expect(open.statusCode).toBe(200);
    expect(open.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    // A photo illustrates one idea.
    const twice = await resident.client.execute(
      graphql(`
        mutation IdeaPhotosTwice($i: SubmitIdeaInput!) {
          submitIdea(input: $i) {
            awaitingConfirmation
          }
        }
      `),
      { i: { territoryId: territory.id, title: 'Encore', text: 'La même photo une autre fois.', photoId: id } },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { photoId: 'indisponible' },
    });
  });

  it('refuses over-size, non-image and disguised uploads with a French message, storing nothing', async () => {
    const before = await photos();
    const big = Buffer.alloc(6 * 1024 * 1024, 1);
    const tooLarge = await put(big, 'image/jpeg');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toEqual({ error: 'Photo trop volumineuse (5 Mo au plus).' });
    const text = await put(Buffer.from('bonjour'), 'text/plain');
    expect(text.statusCode).toBe(415);
    expect(text.json()).toEqual({ error: 'La photo doit être une image JPEG, PNG ou WebP.' });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await put(svg, 'image/svg+xml')).statusCode).toBe(415);
    const disguised = await put(svg, 'image/png');
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json()).toEqual({ error: 'La photo doit être une image JPEG, PNG ou WebP.' });
    const elsewhere = await app.inject({
      method: 'PUT',
      url: '/api/ideas/photos?territory=NULLEPART',
      headers: { 'content-type': 'image/jpeg' },
      payload: await photoWithGps(),
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(await photos()).toBe(before);
  });

  it('does not serve an unattached photo after the hour, nor an unknown one', async () => {
    const { id } = (await put(await photoWithGps(), 'image/jpeg')).json<{ id: string }>();
    h.clock.advance(61 * 60_000);
    expect((await get(`/api/ideas/photos/${id}?territory=${territory.code}`)).statusCode).toBe(404);
    expect((await get(`/api/ideas/photos/pas-un-id?territory=${territory.code}`)).statusCode).toBe(404);
    const late = await resident.client.execute(SUBMIT_IDEA, {
      i: { territoryId: territory.id, title: 'Trop tard', text: 'Une photo déposée hier.', photoId: id },
    });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { photoId: 'indisponible' } });
  });
});
