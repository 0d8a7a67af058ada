import { Link } from 'wouter';
import { usePageTitle } from '../../ui/usePageTitle';

export function AccountDeletedPage() {
  usePageTitle('Compte supprimé');
  return (
    <section className="narrow">
      <h1>Votre compte est supprimé</h1>
      <p>Vos données personnelles sont effacées et vos sessions fermées. Merci d’avoir participé.</p>
      <p>
        <Link to="/">Revenir à l’accueil</Link>
      </p>
    </section>
  );
}
