import { SubNav } from '../../ui/SubNav';

const PAGES = [
  { path: '/programmation', label: 'Années' },
  { path: '/programmation/import', label: 'Importer un tableau' },
  { path: '/porteurs', label: 'Porteurs' },
  { path: '/financeurs', label: 'Financeurs' },
];

/** The pages of the « Programmation » section, below the territory's tabs. */
export function ProgrammationNav({ code }: { code: string }) {
  return <SubNav label="Pages de la programmation" base={`/${code}`} pages={PAGES} />;
}
