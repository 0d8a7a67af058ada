/** The people who came without registering, counted at the door with − and +. */
export function WalkIns({ value, onChange }: { value: number; onChange: (walkIns: number) => void }) {
  return (
    <section className="card walk-ins" aria-labelledby="walk-ins">
      <h2 id="walk-ins">Venus sans inscription</h2>
      <p className="counter">
        <button type="button" onClick={() => onChange(Math.max(0, value - 1))} disabled={value === 0}>
          −<span className="visually-hidden"> une personne venue sans inscription</span>
        </button>
        <output aria-live="polite" aria-label="Personnes venues sans inscription">
          {value}
        </output>
        <button type="button" onClick={() => onChange(value + 1)}>
          +<span className="visually-hidden"> une personne venue sans inscription</span>
        </button>
      </p>
    </section>
  );
}
