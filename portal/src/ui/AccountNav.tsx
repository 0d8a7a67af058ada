import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useSearch } from 'wouter';
import { signInHref } from '@quartiers/ui-kit';
import { LogIn, UserRound } from 'lucide-react';
import { MeDocument } from '../__generated__/graphql';

/**
 * Sign-in link, or the signed-in person's pseudonym leading to their account. The sign-in link
 * carries the page the person is on, where sign-in brings them back.
 */
export function AccountNav() {
  const { data } = useQuery(MeDocument);
  const [location] = useLocation();
  const search = useSearch();
  const me = data?.me;
  const here = search ? `${location}?${search}` : location;
  return (
    <nav aria-label="Compte" className="account-nav">
      {me ? (
        <Link to="/compte">
          <UserRound aria-hidden="true" size={18} /> Mon compte ({me.displayName})
        </Link>
      ) : (
        <Link to={location.startsWith('/compte/connexion') ? here : signInHref(here)}>
          <LogIn aria-hidden="true" size={18} /> Se connecter
        </Link>
      )}
    </nav>
  );
}
