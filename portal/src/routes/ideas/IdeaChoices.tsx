import { frameworkItemLabel } from '@quartiers/ui-kit';
import type { IdeaChoices_TerritoryFragment } from '../../__generated__/graphql';

/** The value of the quartier choice that stands for « tout le territoire ». */
export const WHOLE_TERRITORY = 'territoire';

/** The quartiers as options (the « tout le territoire » option is the caller's: its meaning differs). */
export function QuartierOptions({ territory }: { territory: IdeaChoices_TerritoryFragment }) {
  return territory.quartiers.edges.map(({ node }) => (
    <option key={node.id} value={node.id}>
      {node.name}
    </option>
  ));
}

/** The contracts' strategy trees as options, one group per contract, indented by depth. */
export function ThemeOptions({ territory }: { territory: IdeaChoices_TerritoryFragment }) {
  return territory.contracts.edges.map(({ node: contract }) => (
    <optgroup key={contract.id} label={contract.name}>
      {contract.frameworkItems.map((item) => (
        <option key={item.id} value={item.id}>
          {'\u00a0\u00a0'.repeat(item.depth)}
          {frameworkItemLabel(item)}
        </option>
      ))}
    </optgroup>
  ));
}
