import { randomUUID } from 'node:crypto';

/** A unique territory code per test: tests never share rows, so they run concurrently. */
export const uniqueCode = (prefix = 'T') => `${prefix}${randomUUID().slice(0, 8).toUpperCase()}`;

export interface TerritoryFileOptions {
  code?: string;
  actions?: number;
  year?: number;
}

/**
 * A small territory file in the shared dataset format: 3 communes, 2 quartiers, a contract with a
 * two-level tree, one programmation and `actions` funded actions spread over communes and funders.
 */
export function buildTerritoryFile({ code = uniqueCode(), actions = 10, year = 2024 }: TerritoryFileOptions = {}) {
  const communes = ['Auchel', 'Béthune', 'Nœux-les-Mines'];
  const funders = ['ANCT « BOP 147 »', 'Région', 'Commune'];
  return {
    territory: {
      code,
      name: `Agglomération ${code}`,
      kind: 'EPCI',
      department: 'Pas-de-Calais',
      region: 'Hauts-de-France',
    },
    communes: communes.map((name) => ({ name, hasQpv: true })),
    quartiers: [
      { name: 'Mont-Liébaut', communes: ['Béthune'], kind: 'QPV', indicators: { povertyRatePct: 48.2 } },
      { name: 'Cité 3', communes: ['Auchel', 'Nœux-les-Mines'], kind: 'QIC' },
    ],
    contracts: [
      {
        name: 'Engagements Quartiers 2030',
        start: '2024',
        end: '2030',
        framework: [
          {
            kind: 'axe',
            code: 'AXE1',
            title: 'Des quartiers attentifs',
            children: [
              { kind: 'ambition', code: 'AMB1', title: 'Accès aux droits' },
              { kind: 'ambition', code: 'AMB2', title: 'Santé' },
            ],
          },
          {
            kind: 'axe',
            code: 'AXE2',
            title: 'Émancipation',
            children: [{ kind: 'ambition', code: 'AMB3', title: 'Réussite éducative' }],
          },
        ],
      },
    ],
    programmations: [
      {
        year,
        totalCost: 1000,
        specificCreditsTotal: 600,
        byFrameworkItem: [
          {
            code: 'AXE1',
            title: 'Des quartiers attentifs',
            amount: 700,
            children: [{ code: 'AMB1', title: 'Accès aux droits', amount: 650 }],
          },
          { code: 'AXE2', title: 'Émancipation', amount: 300 },
        ],
        byFunder: [
          { funder: funders[0]!, amount: 500 },
          { funder: funders[1]!, amount: 50 },
        ],
      },
    ],
    actions: Array.from({ length: actions }, (_, i) => ({
      year,
      title: `${i % 2 ? 'Santé des jeunes' : 'Aide aux devoirs'} n° ${String(i).padStart(3, '0')}`,
      operator: `Association ${i % 7}`,
      operatorKind: 'association',
      communes: [communes[i % 3]!, ...(i % 4 === 0 ? [communes[(i + 1) % 3]!] : [])],
      frameworkCode: i % 2 ? 'AMB2' : 'AMB1',
      amountsByFunder: { [funders[i % 3]!]: 1000 + i, [funders[(i + 1) % 3]!]: 500 },
    })),
    operators: [{ name: 'Association 0', kind: 'association', commune: 'Auchel' }],
    conseilsCitoyens: [{ name: 'Conseil citoyen Mont-Liébaut', commune: 'Béthune', quartier: 'Mont-Liébaut' }],
    indicators: [
      { name: 'Taux de pauvreté', scope: 'quartier', quartier: 'Mont-Liébaut', value: 48.2, unit: '%', year: 2019 },
    ],
    governance: [{ body: 'Comité de pilotage', role: 'Pilotage' }],
  };
}
