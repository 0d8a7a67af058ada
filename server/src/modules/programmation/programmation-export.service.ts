import type { TerritoryRow } from '../territory/index.js';
import type { ProgrammationRequest } from './programmation.deps.js';
import { demandProgrammationManager, seesPublicOnly } from './programmation.policy.js';
import type { ProgrammationStore } from './programmation.store.js';
import type { ProgrammationExportStore, ScdlGrantRow } from './programmation-export.store.js';
import type { ProgrammationSnapshot } from './programmation-export.js';
import type { ProgrammationRow, ScdlGapRow } from './programmation.types.js';
import { SCDL_SCHEMA, scdlCsv, scdlGaps, type ScdlGap } from './scdl.js';
import { withSnapshotNames } from './snapshot-names.js';

export const OPEN_LICENCE = {
  name: 'Licence Ouverte 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export type ProgrammationFormat = 'csv' | 'xlsx';

export const programmationFilePath = (code: string, year: number, format: ProgrammationFormat) =>
  `/exports/${code}/programmation/${year}.${format}`;
export const scdlFilePath = (code: string, year: number, funderId: string) =>
  `/exports/${code}/scdl/${year}/${funderId}.csv`;

/** The SCDL file of one funder and year: written, refused for its gaps, or there is none. */
export type ScdlFile =
  | { kind: 'file'; csv: string; funderName: string }
  | { kind: 'gaps'; gaps: (ScdlGap & { actionTitle: string })[] }
  | { kind: 'none' };

const latest = (dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/** Grants by (programmation, funder): one SCDL file each. */
function byFile(grants: ScdlGrantRow[]) {
  const files = new Map<string, ScdlGrantRow[]>();
  for (const g of grants) {
    const key = `${g.programmationId}/${g.funderId}`;
    const file = files.get(key);
    if (file) file.push(g);
    else files.set(key, [g]);
  }
  return [...files.values()] as [ScdlGrantRow, ...ScdlGrantRow[]][];
}

/** Downloads of the programmation and its SCDL files, the open-data list, the gaps staff must fill. */
export function createProgrammationExportService(
  request: ProgrammationRequest,
  programmations: ProgrammationStore,
  store: ProgrammationExportStore,
) {
  const { viewer, publicUrl } = request;

  return {
    /**
     * One year's programmation as the viewer may download it: the public gets the funded actions of a
     * published one; staff also get drafts and every action. Null when there is none to see.
     */
    async snapshot(territoryId: string, year: number) {
      const publicOnly = seesPublicOnly(viewer, territoryId);
      const programmation = await programmations.programmationByYear(territoryId, year, publicOnly);
      if (!programmation) return null;
      const actions = await withSnapshotNames(
        territoryId,
        await store.snapshotActions(territoryId, programmation.id, publicOnly),
        request.loaders.territory,
      );
      const snapshot: ProgrammationSnapshot = { year, actions };
      // Only what anyone may see is cached by shared caches.
      return { snapshot, shared: publicOnly && programmation.status === 'PUBLISHED' };
    },

    /** Published programmations only, funded actions only, whoever asks: open data is public data. */
    async scdlFile(territoryId: string, year: number, funderId: string): Promise<ScdlFile> {
      const programmation = await programmations.programmationByYear(territoryId, year, true);
      if (!programmation) return { kind: 'none' };
      const grants = await store.scdlGrants(territoryId, [programmation.id], funderId);
      if (grants.length === 0) return { kind: 'none' };
      const gaps = scdlGaps(grants);
      if (gaps.length > 0) {
        const titles = new Map(grants.map((g) => [g.actionId, g.object]));
        return { kind: 'gaps', gaps: gaps.map((g) => ({ ...g, actionTitle: titles.get(g.actionId) ?? '' })) };
      }
      return { kind: 'file', csv: scdlCsv(grants), funderName: grants[0]!.funderUsualName };
    },

    /** Every file of the territory's open data: each published programmation, each SCDL file without gaps. */
    async openData(territory: TerritoryRow) {
      const published = await store.publishedProgrammations(territory.id);
      if (published.length === 0) return [];
      const grants = await store.scdlGrants(
        territory.id,
        published.map((p) => p.id),
      );
      const url = (path: string) => `${publicUrl}${path}`;
      const programmationFiles = published.flatMap((p) =>
        (['csv', 'xlsx'] as const).map((format) => ({
          title: `Programmation ${p.year} de la politique de la ville (${format.toUpperCase()})`,
          url: url(programmationFilePath(territory.code, p.year, format)),
          format: format.toUpperCase(),
          schema: null,
          updatedAt: p.updatedAt,
          licence: OPEN_LICENCE,
        })),
      );
      const scdlFiles = byFile(grants)
        .filter((file) => scdlGaps(file).length === 0)
        .map((file) => {
          const [{ year, funderId, funderUsualName }] = file;
          return {
            title: `Subventions ${year} : ${funderUsualName} (SCDL)`,
            url: url(scdlFilePath(territory.code, year, funderId)),
            format: 'CSV',
            schema: { name: SCDL_SCHEMA.title, version: SCDL_SCHEMA.version, url: SCDL_SCHEMA.url },
            updatedAt: latest(file.map((g) => g.updatedAt)),
            licence: OPEN_LICENCE,
          };
        });
      return [...programmationFiles, ...scdlFiles];
    },

    /** What the SCDL files of this programmation's funders lack, for staff, before publication too. */
    async scdlGaps(p: ProgrammationRow): Promise<ScdlGapRow[]> {
      demandProgrammationManager(viewer, p.territoryId);
      const gaps = scdlGaps(await store.scdlGrants(p.territoryId, [p.id]));
      return gaps.map((g) => ({ ...g, territoryId: p.territoryId }));
    },
  };
}

export type ProgrammationExportService = ReturnType<typeof createProgrammationExportService>;
