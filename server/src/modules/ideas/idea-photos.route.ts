import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import sharp from 'sharp';
import { isTerritoryCode, isUuid } from '../../shared/text.js';
import { DomainError } from '../../shared/errors.js';
import type { HttpDeps } from '../contract.js';
import type { TerritorySlice } from '../territory/index.js';
import { UPLOAD_BODY_TIMEOUT_MS } from '../../http-timeouts.js';
import { createIdeaPhotosStore } from './idea-photos.store.js';
import { isPublicIdea, maySeeIdea } from './ideas.policy.js';

const MAX_BYTES = 5 * 1024 * 1024;
/** Sharp on a phone screen, and a tenth of a phone photo's bytes. */
const MAX_SIDE = 1600;
/** Refused before decoding: a small file that would decode to hundreds of megabytes of pixels. */
const MAX_INPUT_PIXELS = 12_000 * 12_000;
const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
/** What sharp reads in the bytes themselves: the declared content type is not trusted. */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
/** An unattached photo is served to whoever uploaded it (the form's preview) within the hour. */
const FRESH_MS = 60 * 60_000;
const NOT_AN_IMAGE = 'La photo doit être une image JPEG, PNG ou WebP.';
const TOO_LARGE = 'Photo trop volumineuse (5 Mo au plus).';
const NOT_FOUND = 'Photo introuvable.';

/** What the routes read of a request: its viewer, and territories by code. */
type RouteSlice = { loaders: object; services: Pick<TerritorySlice['services'], 'territory'> };
type WithTerritory = { Querystring: { territory?: string } };

/**
 * Decoded and re-encoded here, whatever was sent: turned upright, at most 1600 px, WebP holding
 * pixels only (sharp writes no EXIF, GPS, XMP or ICC metadata unless asked to).
 */
async function reencoded(content: Buffer) {
  try {
    const image = sharp(content, { limitInputPixels: MAX_INPUT_PIXELS });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) return null;
    const { data, info } = await image
      .rotate()
      .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    return null;
  }
}

/**
 * PUT /api/ideas/photos?territory=CODE (an image body; anyone, as submission is: rate-limited per IP)
 * answers `{ id }` for submitIdea's photoId; GET /api/ideas/photos/:id?territory=CODE serves it.
 */
export function ideaPhotoRoutes(app: FastifyInstance, http: HttpDeps<RouteSlice>) {
  const { ds, clock, limits } = http;
  const territoryOf = async (scope: Awaited<ReturnType<typeof http.scopeOf>>, code: string | undefined) =>
    code && isTerritoryCode(code) ? scope.services.territory.territoryByCode(code) : null;
  const refuse = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ error });

  void app.register(async (uploads) => {
    uploads.addContentTypeParser(ACCEPTED_TYPES, { parseAs: 'buffer', bodyLimit: MAX_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    uploads.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
      if (error instanceof DomainError && error.code === 'RATE_LIMITED') return refuse(reply, 429, error.message);
      if (error.statusCode === 413) return refuse(reply, 413, TOO_LARGE);
      if (error.statusCode === 415) return refuse(reply, 415, NOT_AN_IMAGE);
      throw error;
    });
    // Counted before the body is read: a flood of uploads costs no decoding.
    uploads.addHook('onRequest', async (request: FastifyRequest) => limits.consume('submissionsByIp', request.ip));
    uploads.put<WithTerritory>(
      '/api/ideas/photos',
      { bodyLimit: MAX_BYTES, config: { bodyTimeout: UPLOAD_BODY_TIMEOUT_MS } },
      async (request, reply) => {
        const scope = await http.scopeOf(request);
        const territory = await territoryOf(scope, request.query.territory);
        if (!territory) return refuse(reply, 404, 'Territoire introuvable.');
        // A JSON or text body reaches here through the API's own parsers.
        if (!Buffer.isBuffer(request.body)) return refuse(reply, 415, NOT_AN_IMAGE);
        const photo = await reencoded(request.body);
        if (!photo) return refuse(reply, 400, NOT_AN_IMAGE);
        const id = await createIdeaPhotosStore(ds).insertPhoto({
          territoryId: territory.id,
          uploaderId: scope.viewer.kind === 'user' ? scope.viewer.user.id : null,
          contentType: 'image/webp',
          ...photo,
          createdAt: clock.now(),
        });
        return reply.code(201).send({ id });
      },
    );
  });

  app.get<WithTerritory & { Params: { id: string } }>('/api/ideas/photos/:id', async (request, reply) => {
    if (!isUuid(request.params.id)) return refuse(reply, 404, NOT_FOUND);
    const scope = await http.scopeOf(request);
    const territory = await territoryOf(scope, request.query.territory);
    const photo = territory ? await createIdeaPhotosStore(ds).photoContent(territory.id, request.params.id) : null;
    if (!photo) return refuse(reply, 404, NOT_FOUND);
    const visible = photo.idea
      ? maySeeIdea(scope.viewer, photo.idea)
      : clock.now().getTime() - photo.createdAt.getTime() < FRESH_MS;
    if (!visible) return refuse(reply, 404, NOT_FOUND);
    // A photo never changes under its id; only a public idea's may sit in shared caches.
    const shared = photo.idea !== null && isPublicIdea(photo.idea);
    reply.header('cache-control', `${shared ? 'public' : 'private'}, max-age=31536000, immutable`);
    return reply.type(photo.contentType).send(photo.bytes);
  });
}
