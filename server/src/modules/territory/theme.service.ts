import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { demandSettingsManager } from './territory.policy.js';
import { recordAudit } from '../audit/index.js';
import { createTerritoryStore } from './territory.store.js';
import type { TerritoryRequest } from './territory.deps.js';
import type { TerritoryInternals } from './territory-internals.js';
import { HEX_COLOUR, MIN_CONTRAST, contrastWithWhite, formatRatio } from '../../../../ui-kit/src/contrast.js';

const colour = z
  .string()
  .trim()
  .regex(HEX_COLOUR, 'couleur attendue au format #RRVVBB')
  .transform((c) => c.toLowerCase());

const themeInput = z.object({ territoryId: uuidField, primaryColor: colour, accentColor: colour });

/** The portal's colours for one territory, set by its admins: white text must stay readable on both. */
export function createThemeService(request: TerritoryRequest, { directory }: TerritoryInternals) {
  const { ds, clock, viewer, requestId } = request;
  const loaders = request.loaders.territory;
  return {
    async updateTerritoryTheme(input: unknown) {
      const i = parseInput(themeInput, input);
      demandSettingsManager(viewer, i.territoryId);
      const unreadable: Record<string, string> = {};
      for (const field of ['primaryColor', 'accentColor'] as const) {
        const ratio = contrastWithWhite(i[field]);
        if (ratio < MIN_CONTRAST) {
          unreadable[field] = `Contraste insuffisant avec le texte blanc (${formatRatio(ratio)} ; 4,5:1 au moins)`;
        }
      }
      if (Object.keys(unreadable).length > 0) {
        throw new DomainError('BAD_USER_INPUT', Object.values(unreadable).join(' '), unreadable);
      }
      const before = await loaders.territoryById.load(i.territoryId);
      if (!before) throw new DomainError('NOT_FOUND', 'Territoire inconnu.');
      const territory = await ds.transaction(async (tx) => {
        const [row] = await createTerritoryStore(tx).updateTheme(i);
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'territory.theme',
          targetType: 'Territory',
          targetId: i.territoryId,
          before: { primaryColor: before.primaryColor, accentColor: before.accentColor },
          after: { primaryColor: row!.primaryColor, accentColor: row!.accentColor },
        });
        return row!;
      });
      // This process serves the new colours at once; others within TERRITORY_TTL_MS.
      directory.forget(territory.code);
      return territory;
    },
  };
}
export type ThemeService = ReturnType<typeof createThemeService>;
