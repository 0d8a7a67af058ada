import type { ComponentType } from 'react';
import { Link, useParams } from 'wouter';
import { abilitiesIn, canOpen, useViewer, type Section } from './access';

/**
 * A territory's section, rendered only for a viewer whose roles there open it; anyone else reads one
 * refusal instead of a page of failed requests.
 */
export function SectionGate({ section, page: Page }: { section: Section; page: ComponentType }) {
  const { code = '' } = useParams();
  const { me } = useViewer();
  if (!canOpen(section, abilitiesIn(me, code))) {
    return (
      <section>
        <h1>Page non accessible</h1>
        <p>
          Vos rôles ne donnent pas accès à cette page de la console pour ce territoire.{' '}
          <Link to="/">Revenir à vos territoires</Link>.
        </p>
      </section>
    );
  }
  return <Page />;
}
