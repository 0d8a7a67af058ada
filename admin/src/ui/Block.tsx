import type { ReactNode } from 'react';

/** One titled card of a page. */
export function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
