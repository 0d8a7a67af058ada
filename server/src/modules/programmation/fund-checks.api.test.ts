import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedTerritory, type SeededTerritory } from '../../../test/seed.js';

let h: Harness;
let here: SeededTerritory;
beforeAll(async () => {
  h = await createHarness();
  here = await seedTerritory(h);
  // The FCS envelope of 2024 declares 100.10 € for lines adding up to 100.05 €; a fund without an envelope.
  await h.dataSource.query(
    `INSERT INTO funds (territory_id, program, year, project, amount, aggregate) VALUES
       ($1, 'Fonds de cohésion sociale', 2024, 'Enveloppe FCS 2024', 100.10, true),
       ($1, 'Fonds de cohésion sociale', 2024, 'Fête de quartier', 50.05, false),
       ($1, 'Fonds de cohésion sociale', 2024, 'Jardin partagé', 50.00, false),
       ($1, 'Fonds de concours', 2024, 'Aire de jeux', 30000, false),
       ($1, 'Fonds de cohésion sociale', 2023, 'Enveloppe FCS 2023', 70, true)`,
    [here.id],
  );
});
afterAll(() => h.close());

const FUNDS = graphql(`
  query FundChecks($code: String!) {
    territory(code: $code) {
      programmation(year: 2024) {
        fundChecks {
          program
          lineCount
          amount {
            printed
            computed
            gap
          }
        }
      }
    }
  }
`);

describe('the funds of a programmation’s year', () => {
  it('shows each declared envelope next to the exact sum of its lines, the gap included', async () => {
    const names = await h.sqlNames(() => h.execute(FUNDS, { code: here.code }));
    const { data, errors } = await h.execute(FUNDS, { code: here.code });
    expect(errors).toBeUndefined();
    expect(data!.territory!.programmation!.fundChecks).toEqual([
      {
        program: 'Fonds de cohésion sociale',
        lineCount: 2,
        amount: { printed: '100.10', computed: '100.05', gap: '0.05' },
      },
      { program: 'Fonds de concours', lineCount: 1, amount: { printed: null, computed: '30000.00', gap: null } },
    ]);
    expect(names.filter((n) => n.startsWith('programmation.fund'))).toEqual(['programmation.fundChecksByYears']);
  });
});
