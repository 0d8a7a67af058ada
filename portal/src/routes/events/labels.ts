/** The events pages' addresses. */
export const eventPath = (code: string, id: string) => `/${code}/evenements/${id}`;
export const eventsPath = (code: string, query?: Record<string, string>) => {
  const search = new URLSearchParams(query).toString();
  return `/${code}/evenements${search ? `?${search}` : ''}`;
};
export const pastEventsPath = (code: string) => `/${code}/evenements/passes`;
export const figuresPath = (code: string, year?: number | null) =>
  `/${code}/participation${year ? `?annee=${year}` : ''}`;
/** The territory's iCalendar feed (served by the API): calendar apps subscribe to it. */
export const feedUrl = (code: string) => `/api/events/feed.ics?territory=${encodeURIComponent(code)}`;
