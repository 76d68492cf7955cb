interface ChoiceGroupProps<T extends string> {
  label: string;
  name: string;
  value: T;
  options: [T, string][];
  onChange(value: T): void;
}

/** A labelled row of radio buttons drawn as a segmented control. */
export function ChoiceGroup<T extends string>({ label, name, value, options, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="setting-row">
      <legend className="setting-label">{label}</legend>
      <div className="segmented">
        {options.map(([option, text]) => (
          <label key={option} className={option === value ? 'checked' : undefined}>
            <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} />
            {text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
