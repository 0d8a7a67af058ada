import { SubNav } from '../../ui/SubNav';

const PAGES = [
  { path: '', label: 'File des idées' },
  { path: '/nouvelle', label: 'Enregistrer une idée' },
  { path: '/chiffres', label: 'Chiffres et exports' },
];

/** The pages of the « Idées » section, below the territory's tabs. */
export function IdeasNav({ code }: { code: string }) {
  return <SubNav label="Pages des idées" base={`/${code}/idees`} pages={PAGES} />;
}
