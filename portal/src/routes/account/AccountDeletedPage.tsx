import { Link } from 'wouter';
import { useAccountPage } from './useAccountPage';

export function AccountDeletedPage() {
  useAccountPage('Compte supprimé');
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
