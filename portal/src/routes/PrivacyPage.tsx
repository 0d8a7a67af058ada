import { usePageTitle } from '../ui/usePageTitle';
import { TableRegion } from '../ui/TableRegion';

/** What is kept, why and for how long: the information due under RGPD articles 13 and 14. */
export function PrivacyPage() {
  usePageTitle('Données personnelles');
  return (
    <article className="narrow">
      <h1>Vos données personnelles</h1>
      <p>
        Quartiers est utilisé par les agglomérations pour conduire leur contrat de ville et la participation des
        habitants qu’il prévoit. Chaque agglomération est responsable du traitement pour son territoire.
      </p>
      <h2>Ce que nous conservons, et pourquoi</h2>
      <TableRegion label="Données conservées">
        <table>
          <caption>Données conservées</caption>
          <thead>
            <tr>
              <th scope="col">Donnée</th>
              <th scope="col">Pourquoi</th>
              <th scope="col">Combien de temps</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Adresse email</td>
              <td>
                Vous connecter, vous envoyer les liens demandés et les notifications choisies. Jamais affichée
                publiquement.
              </td>
              <td>Tant que le compte existe</td>
            </tr>
            <tr>
              <td>Pseudonyme</td>
              <td>Signer vos contributions publiques.</td>
              <td>Tant que le compte existe ; remplacé par « contributeur anonymisé » à sa suppression</td>
            </tr>
            <tr>
              <td>Mot de passe</td>
              <td>Vous connecter. Conservé uniquement sous forme d’empreinte argon2id, jamais en clair.</td>
              <td>Tant que le compte existe</td>
            </tr>
            <tr>
              <td>Sessions (date, navigateur)</td>
              <td>Vous garder connecté·e et vous permettre de fermer vos sessions à distance.</td>
              <td>2 heures d’inactivité (14 jours si vous le demandez), 30 jours au plus</td>
            </tr>
            <tr>
              <td>Rôles (conseil citoyen, commune, agent)</td>
              <td>Savoir qui peut rendre un avis ou agir au nom d’une instance.</td>
              <td>Tant que le compte existe ; l’historique des rôles reste sans vos coordonnées</td>
            </tr>
            <tr>
              <td>Emails envoyés</td>
              <td>Envoyer, réessayer en cas d’échec, vérifier ce qui a été envoyé.</td>
              <td>Supprimés avec le compte</td>
            </tr>
            <tr>
              <td>Journal des actions des agents</td>
              <td>
                Tracer les décisions prises par les agents et modérateurs (obligation de traçabilité de la
                consultation).
              </td>
              <td>Conservé sans modification possible ; il ne contient que le pseudonyme de l’agent</td>
            </tr>
          </tbody>
        </table>
      </TableRegion>
      <h2>Vos droits</h2>
      <p>
        Depuis « Mon compte », vous pouvez télécharger toutes vos données (fichier JSON), corriger votre pseudonyme,
        choisir les emails reçus et supprimer votre compte. Vos contributions publiques restent alors visibles, sans
        rien qui vous identifie. Les opinions exprimées peuvent révéler des opinions politiques : elles ne sont publiées
        que sous votre pseudonyme.
      </p>
      <p>Vous pouvez aussi saisir la CNIL (cnil.fr) si vous estimez que vos droits ne sont pas respectés.</p>
    </article>
  );
}
