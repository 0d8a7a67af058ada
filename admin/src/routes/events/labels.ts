import { EVENT_KIND_LABELS } from '@quartiers/ui-kit';
import type { EventKind } from '../../__generated__/graphql';

/** The events' kinds as list filters and form choices (labels shared with the portal in ui-kit). */
export const KIND_CHOICES = Object.entries(EVENT_KIND_LABELS) as [EventKind, string][];
