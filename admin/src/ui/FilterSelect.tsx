/**
 * A list filter of the console: a labelled select whose first option, « all », clears it. The value
 * given back is one of `choices` (or '' for all), found among them rather than cast from the DOM.
 */
export function FilterSelect<V extends string>(props: {
  label: string;
  all: string;
  value: V | '';
  choices: readonly (readonly [V, string])[];
  onChange: (value: V | '') => void;
}) {
  const { label, all, value, choices, onChange } = props;
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        onChange={(e) => {
          const picked = e.currentTarget.value;
          onChange(choices.find(([v]) => v === picked)?.[0] ?? '');
        }}
      >
        <option value="">{all}</option>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
