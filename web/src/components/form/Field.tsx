import type { ReactNode } from 'react';
import { fieldId } from './problems.js';

export type ControlProps = {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

/**
 * A label, an optional hint, the control and its error, tied together for screen readers
 * (aria-describedby, aria-invalid). The control is given by the caller, so the same frame
 * serves inputs, selects and text areas. `name` is the field's path in the request, which is
 * also how the server names it in an error.
 */
export function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {children({
        id,
        name,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

/** A group of radios or checkboxes under one legend, with its hint and error. */
export function FieldGroup({
  name,
  legend,
  hint,
  error,
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      className={error ? 'field-group field--error' : 'field-group'}
      aria-describedby={describedBy || undefined}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

/** A checkbox or radio with its label to the right, large enough to tap. */
export function Choice({
  type,
  name,
  value,
  checked,
  onChange,
  label,
  hint,
}: {
  type: 'checkbox' | 'radio';
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  hint?: ReactNode;
}) {
  const id = `${fieldId(name)}-${value}`;
  return (
    <div className="choice">
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>
        {label}
        {hint ? (
          <span id={`${id}-hint`} className="choice__hint">
            {hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}

/** One choice of a `RadioChoices` group. */
export type RadioOption<V extends string> = { value: V; label: ReactNode; hint?: ReactNode };

/**
 * A group of radios under one legend, one of `options` chosen; `children` follow the radios (what
 * a choice opens, such as the weekday of a weekly release). `inputName` names the radios when the
 * group's errors are reported under another name (`release` for `release.kind`).
 */
export function RadioChoices<V extends string>({
  name,
  inputName = name,
  legend,
  error,
  value,
  options,
  onChange,
  children,
}: {
  name: string;
  inputName?: string;
  legend: ReactNode;
  error?: string | undefined;
  value: V;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  children?: ReactNode;
}) {
  return (
    <FieldGroup name={name} legend={legend} error={error}>
      {options.map((option) => (
        <Choice
          key={option.value}
          type="radio"
          name={inputName}
          value={option.value}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
          label={option.label}
          {...(option.hint ? { hint: option.hint } : {})}
        />
      ))}
      {children}
    </FieldGroup>
  );
}
