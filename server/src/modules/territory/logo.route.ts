import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { isTerritoryCode } from '../../shared/text.js';
import { actorOf } from '../../authz/index.js';
import { mayManageSettings } from './territory.policy.js';
import { recordAudit } from '../audit/index.js';
import type { HttpDeps } from '../contract.js';
import { createTerritoryStore } from './territory.store.js';
import type { TerritoryInternals } from './territory-internals.js';
import type { TerritorySlice } from './territory.context.js';
import { logoUrl } from './logo-url.js';
import { UPLOAD_BODY_TIMEOUT_MS } from '../../http-timeouts.js';

const MAX_BYTES = 1024 * 1024;
/** The header shows it at 40 px at most: 256 px is enough on any screen density. */
const LOGO_SIZE = 256;
/** Large enough for any logo, small enough that a decompression bomb is refused before it is decoded. */
const MAX_INPUT_PIXELS = 6000 * 6000;
const ACCEPTED_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
/** What sharp reads in the bytes themselves: the declared content type is not trusted. */
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp']);
const NOT_AN_IMAGE = 'Le logo doit être une image PNG, JPEG ou WebP (le SVG n’est pas accepté).';
const LOGO_NOT_FOUND = 'Ce territoire n’a pas de logo.';
/** A new logo gets a new URL (its version in it), so a short cache only delays a page that kept the old one. */
const CACHE_CONTROL = 'public, max-age=300';

type Located = { Params: { code: string } };

/**
 * Decoded and re-encoded here, whatever was sent: the stored PNG holds pixels only (no EXIF, GPS or
 * ICC metadata, no script as an SVG could carry), fitted into 256×256 and turned upright.
 */
async function normalisedLogo(content: Buffer): Promise<Buffer | null> {
  try {
    const image = sharp(content, { limitInputPixels: MAX_INPUT_PIXELS });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) return null;
    return await image
      .rotate()
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer();
  } catch {
    return null;
  }
}

/**
 * PUT /uploads/<code>/logo (an image body, admins of the territory) and GET /exports/<code>/logo.png
 * (public). As for deliberations, the upload is a preflighted cross-site request that no CORS grants.
 */
export function territoryLogoRoutes(
  app: FastifyInstance,
  http: HttpDeps<TerritorySlice>,
  { store }: TerritoryInternals,
) {
  const { ds, clock } = http;
  const territoryOf = (code: string) => (isTerritoryCode(code) ? store.territoryByCode(code.toUpperCase()) : null);

  // The image parsers and the 1 MB limit hold for this route only.
  void app.register(async (uploads) => {
    uploads.addContentTypeParser(ACCEPTED_TYPES, { parseAs: 'buffer', bodyLimit: MAX_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    uploads.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
      if (error.statusCode === 413) return reply.code(413).send({ error: 'Image trop volumineuse (1 Mo au plus).' });
      if (error.statusCode === 415) return reply.code(415).send({ error: NOT_AN_IMAGE });
      throw error;
    });
    uploads.put<Located>(
      '/uploads/:code/logo',
      { bodyLimit: MAX_BYTES, config: { bodyTimeout: UPLOAD_BODY_TIMEOUT_MS } },
      async (request, reply) => {
        const territory = await territoryOf(request.params.code);
        if (!territory) return reply.code(404).send({ error: 'Territoire introuvable.' });
        const { viewer } = await http.scopeOf(request);
        if (viewer.kind !== 'user') return reply.code(401).send({ error: 'Connectez-vous pour continuer.' });
        if (!mayManageSettings(viewer, territory.id)) {
          return reply.code(403).send({ error: 'Seuls les administrateurs du territoire changent son logo.' });
        }
        // A JSON or text body reaches here through the API's own parsers.
        if (!Buffer.isBuffer(request.body)) return reply.code(415).send({ error: NOT_AN_IMAGE });
        const content = await normalisedLogo(request.body);
        if (!content) return reply.code(400).send({ error: NOT_AN_IMAGE });
        const at = clock.now();
        await ds.transaction(async (tx) => {
          const [saved] = await createTerritoryStore(tx).saveLogo({
            territoryId: territory.id,
            content,
            uploadedBy: viewer.user.id,
            at,
          });
          await recordAudit(tx, clock, actorOf(viewer), request.id, {
            territoryId: territory.id,
            action: 'territory.logo',
            targetType: 'Territory',
            targetId: territory.id,
            before: saved!.previousSize === null ? null : { size: saved!.previousSize },
            after: { size: saved!.size },
          });
        });
        return reply.code(201).send({ logoUrl: logoUrl(territory.code, at), size: content.length });
      },
    );
  });

  app.get<Located>('/exports/:code/logo.png', async (request, reply) => {
    const territory = await territoryOf(request.params.code);
    const logo = territory ? await store.logoContent(territory.id) : null;
    if (!logo) return reply.code(404).send(LOGO_NOT_FOUND);
    const etag = `"${logo.uploadedAt.getTime()}"`;
    reply.header('cache-control', CACHE_CONTROL).header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('image/png').send(logo.content);
  });
}
