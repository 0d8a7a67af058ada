import { SubNav } from '../../ui/SubNav';

const PAGES = [
  { path: '/contrat', label: 'Contrat et avenants' },
  { path: '/indicateurs', label: 'Indicateurs' },
];

/** The pages of « Contrat et indicateurs », below the territory's tabs. */
export function ContractNav({ code }: { code: string }) {
  return <SubNav label="Pages du contrat et des indicateurs" base={`/${code}`} pages={PAGES} />;
}
