import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { subMonths } from 'date-fns';
import { isTerritoryCode, isUuid } from '../../shared/text.js';
import type { HttpDeps } from '../contract.js';
import type { TerritoryRow } from '../territory/index.js';
import type { EventsRequest } from './events.deps.js';
import { createEventIcsStore } from './event-ics.store.js';
import { eventIcs, eventPageUrl } from './event-ics.js';
import type { EventRow } from './events.types.js';

type WithTerritory = { Querystring: { territory?: string } };
const CALENDAR = 'text/calendar; charset=utf-8';

const send = (reply: FastifyReply, filename: string, body: string) =>
  reply
    .type(CALENDAR)
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('cache-control', 'public, max-age=300')
    .send(body);

/**
 * GET /api/events/feed.ics?territory=CODE: the territory's agenda for calendar apps (upcoming events
 * and those of the last 12 months); GET /api/events/<id>.ics?territory=CODE: one event. Events are public.
 */
export function eventIcsRoutes(app: FastifyInstance, http: HttpDeps<Pick<EventsRequest, 'loaders' | 'services'>>) {
  const territoryOf = async (request: FastifyRequest<WithTerritory>) => {
    const code = request.query.territory ?? '';
    const scope = await http.scopeOf(request);
    const territory = isTerritoryCode(code) ? await scope.services.territory.territoryByCode(code) : null;
    return { scope, territory };
  };
  const ics = (territory: TerritoryRow, events: EventRow[]) =>
    eventIcs(events, {
      calendarName: `Agenda de la participation — ${territory.shortName ?? territory.name}`,
      eventUrl: (e) => eventPageUrl(http.publicUrl, territory.code, e.id),
    });

  app.get<WithTerritory>('/api/events/feed.ics', async (request, reply) => {
    const { territory } = await territoryOf(request);
    if (!territory) return reply.code(404).send({ error: 'Territoire introuvable.' });
    const events = await createEventIcsStore(http.ds).feedEvents(territory.id, subMonths(http.clock.now(), 12));
    return send(reply, `agenda-${territory.code.toLowerCase()}.ics`, ics(territory, events));
  });

  app.get<WithTerritory & { Params: { file: string } }>('/api/events/:file', async (request, reply) => {
    const id = request.params.file.replace(/\.ics$/, '');
    if (!request.params.file.endsWith('.ics') || !isUuid(id))
      return reply.code(404).send({ error: 'Fichier introuvable.' });
    const { scope, territory } = await territoryOf(request);
    if (!territory) return reply.code(404).send({ error: 'Territoire introuvable.' });
    const event = await scope.loaders.events.eventById.load({ territoryId: territory.id, id });
    if (!event) return reply.code(404).send({ error: 'Événement introuvable.' });
    return send(reply, `evenement-${id}.ics`, ics(territory, [event]));
  });
}
