import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { MeDocument } from '../__generated__/graphql';

/** Sign-in link, or the signed-in person's pseudonym leading to their account. */
export function AccountNav() {
  const { data } = useQuery(MeDocument);
  const me = data?.me;
  return (
    <nav aria-label="Compte" className="account-nav">
      {me ? <Link to="/compte">Mon compte ({me.displayName})</Link> : <Link to="/compte/connexion">Se connecter</Link>}
    </nav>
  );
}
