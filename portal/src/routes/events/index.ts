/** The events pages, one chunk: a person who opens the agenda often opens an event next. */
export { EventsPage } from './EventsPage';
export { PastEventsPage } from './PastEventsPage';
export { EventPage } from './EventPage';
export { ConfirmRegistrationPage, CancelRegistrationPage } from './RegistrationLinkPages';
