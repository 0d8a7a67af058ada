import {
  EventOutcomeEntity,
  EventRegistrationEntity,
  EventSettingsEntity,
  EventThemeEntity,
  ParticipationEventEntity,
} from './event.entity.js';

export { EventOutcomeEntity, EventRegistrationEntity, EventSettingsEntity, EventThemeEntity, ParticipationEventEntity };
export const eventsEntities = [
  ParticipationEventEntity,
  EventThemeEntity,
  EventOutcomeEntity,
  EventRegistrationEntity,
  EventSettingsEntity,
];
