import type { ReactNode } from 'react';
import { Field } from '../../../components/form/Field.js';

/** A whole number with its unit after it ("menit", "hari") and the range in the hint. */
export function NumberField({
  name,
  label,
  hint,
  unit,
  value,
  min,
  max,
  error,
  onChange,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  unit: string;
  value: string;
  min: number;
  max: number;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <span className="number-field">
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            className="input--short"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <span className="number-field__unit">{unit}</span>
        </span>
      )}
    </Field>
  );
}
