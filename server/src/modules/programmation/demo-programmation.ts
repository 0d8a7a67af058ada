import type { DataSource } from 'typeorm';
import { isSiret } from '../../../../ui-kit/src/identifiers.js';
import { createDemoProgrammationStore, type DemoIdentity } from './demo-programmation.store.js';

/** A fictional SIRET with a valid check digit (the fictional territory's bodies have no real one). */
export function fictionalSiret(seed: number): string {
  const body = `9${String(seed).padStart(12, '0')}`;
  const check = [...'0123456789'].find((digit) => isSiret(body + digit));
  if (check === undefined) throw new Error('unreachable: one check digit always fits');
  return body + check;
}

const FUNDERS: DemoIdentity[] = [
  ['ANCT – BOP 147 (crédits spécifiques)', 'Agence nationale de la cohésion des territoires'],
  ['État – droit commun', 'Préfecture du Val-Fictif'],
  ['Région – politique de la ville', 'Région Val-Fictif'],
  ['Conseil départemental – droit commun', 'Département du Val-Fictif'],
  ['Caisse d’allocations familiales', 'Caisse d’allocations familiales du Val-Fictif'],
  ['Val-Fictif Agglo – politique de la ville', 'Communauté d’agglomération de Val-Fictif'],
  ['Ville de Val-Fictif', 'Commune de Val-Fictif'],
  ['Ville de Mirebois-les-Cités', 'Commune de Mirebois-les-Cités'],
  ['Ville de Sainte-Aubelune', 'Commune de Sainte-Aubelune'],
  ['Ville de Brumeval', 'Commune de Brumeval'],
  ['Ville d’Ormenville', 'Commune d’Ormenville'],
  ['Val-Fictif Habitat – abattement de TFPB', 'Office public de l’habitat Val-Fictif Habitat'],
].map(([name, legalName], i) => ({ name: name!, legalName, siret: fictionalSiret(100 + i) }));

/**
 * Bodies running actions: communes, the agglomeration and the bailleur have a SIRET, most associations
 * a SIRET and an RNA number; the Épicerie solidaire has neither and the conseils citoyens none, so
 * their grants show up in the open-data gaps staff must fill before publishing the SCDL file.
 */
const OPERATORS: DemoIdentity[] = [
  ...[
    'Ville de Val-Fictif',
    'Ville de Mirebois-les-Cités',
    'Ville de Sainte-Aubelune',
    'Ville de Brumeval',
    'Ville d’Ormenville',
    'Agglomération de Val-Fictif',
    'Val-Fictif Habitat',
  ].map((name, i) => ({ name, siret: fictionalSiret(200 + i) })),
  ...[
    'Association Trait d’Union',
    'Centre social et culturel des Tisserands',
    'Maison de quartier du Clos-Lunaire',
    'Association Sport et Quartiers',
    'Compagnie La Lanterne d’Aubelune',
    'Association Coup de Pouce Emploi',
    'Les Jardins de la Brume',
    'Mission locale du Val-Fictif',
    'Horizon Jeunes – prévention spécialisée',
    'Association Parole de Femmes',
    'Régie de quartier Val-Fictif Services',
    'Association Les Mots Partagés',
    'Association Santé Bien-Être',
  ].map((name, i) => ({ name, siret: fictionalSiret(300 + i), rna: `W${String(620000100 + i)}` })),
];

/** The year whose conventions are complete in the demo: its SCDL files are ready to publish. */
const COMPLETE_YEAR = 2025;
const DRAFT_YEAR = 2026;

/**
 * The fictional territory's programmation as staff keep it: official identities for open data,
 * dossier numbers, credit types and funds, the 2025 conventions, and 2026 in preparation (a draft of
 * 12 renewed applications, 5 already decided). Idempotent: only what is missing is written.
 */
export async function seedDemoProgrammation(ds: DataSource, territoryId: string) {
  return ds.transaction(async (tx) => {
    const store = createDemoProgrammationStore(tx);
    await store.identifyFunders(territoryId, FUNDERS);
    await store.identifyOperators(territoryId, OPERATORS);
    await store.completeFundings(territoryId, COMPLETE_YEAR);
    if (await store.hasYear(territoryId, DRAFT_YEAR)) return false;
    await store.draftNextYear(territoryId, DRAFT_YEAR, 12, 5);
    return true;
  });
}
