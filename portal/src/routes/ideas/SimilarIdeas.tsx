import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { plural } from '@quartiers/ui-kit';
import { SimilarIdeasDocument } from '../../__generated__/graphql';
import { IDEA_STATUS_LABELS, ideaPath } from './labels';

/** The value once it has stopped changing for `ms`. */
function useSettled(value: string, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Ideas close to the title being typed (from 3 characters, 300 ms after the last key), in a polite
 * live region: people may support one instead of proposing it again.
 */
export function SimilarIdeas({ code, title }: { code: string; title: string }) {
  const typed = useSettled(title.trim(), 300);
  const { data, previousData } = useQuery(SimilarIdeasDocument, {
    variables: { code, title: typed },
    skip: typed.length < 3,
  });
  const similar = typed.length < 3 ? [] : ((data ?? previousData)?.territory?.similarIdeas ?? []);
  return (
    <div aria-live="polite" className="similar-ideas">
      {similar.length > 0 && (
        <>
          <p>
            <strong>Des idées proches existent déjà</strong> : vous pouvez soutenir l’une d’elles plutôt que d’en
            proposer une nouvelle.
          </p>
          <ul>
            {similar.map((idea) => (
              <li key={idea.id}>
                <Link to={ideaPath(code, idea.id)}>{idea.title}</Link> ({IDEA_STATUS_LABELS[idea.status]},{' '}
                {plural(idea.supportCount, 'soutien', 'soutiens')})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
