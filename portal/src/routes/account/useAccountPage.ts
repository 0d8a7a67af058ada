import { useFocusMainHeading } from '@quartiers/ui-kit';
import { usePageTitle } from '../../ui/usePageTitle';

/** Each account page has its own title, and focus lands on its heading when the person arrives. */
export function useAccountPage(title: string) {
  usePageTitle(title);
  useFocusMainHeading(title);
}
