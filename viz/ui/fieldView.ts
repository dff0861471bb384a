/**
 * One lever on the form: a labelled input with its unit, valid range and default, a live hint,
 * and the place where its errors appear (local range checks at once, the server's after each
 * check), tied to the input by aria-describedby and aria-invalid.
 */
import type { UiMessages } from '../i18n/ui.en.js';
import { asForm, el, on, type ElementLike, type FormElementLike } from './dom.js';
import { fieldText, fieldValue, type FieldSpec } from './leverFields.js';

export interface FieldHandle {
  spec: FieldSpec;
  row: ElementLike;
  input: FormElementLike;
  /** Shows errors (local first, then the server's); an empty list clears. */
  setErrors(messages: readonly string[]): void;
  /** Updates the live hint from the edited document. */
  refreshHint(doc: unknown): void;
}

let counter = 0;

function rangeText(spec: FieldSpec, m: UiMessages): string | null {
  const shown = (x: number) => (spec.kind === 'percent' ? `${Math.round(x * 1000) / 10}` : String(x));
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const min = spec.min === undefined ? null : `${spec.minExclusive ? '>' : ''}${shown(spec.min)}`;
  const max = spec.max === undefined ? null : `${spec.maxExclusive ? '<' : ''}${shown(spec.max)}`;
  const range =
    min !== null && max !== null
      ? m.common.range(min, max) + unit
      : min !== null
        ? `≥ ${min}${unit}`.replace('≥ >', '> ')
        : null;
  const def =
    spec.defaultValue === undefined || spec.kind === 'select' || spec.kind === 'boolean'
      ? null
      : m.common.default(`${fieldText(spec, spec.defaultValue)}${unit}`);
  return [range, def].filter(Boolean).join(' · ') || null;
}

export function fieldView(
  spec: FieldSpec,
  doc: unknown,
  m: UiMessages,
  onInput: (h: FieldHandle) => void,
): FieldHandle {
  const id = `field-${++counter}`;
  const errId = `${id}-error`;
  const rangeId = `${id}-range`;
  const value = fieldValue(doc, spec);
  const range = spec.kind === 'boolean' || spec.kind === 'select' ? null : rangeText(spec, m);
  const describedBy = [range && rangeId, errId].filter(Boolean).join(' ');
  let input: FormElementLike;
  if (spec.kind === 'boolean') {
    input = asForm(el('input', { type: 'checkbox', id, 'aria-describedby': errId }));
    input.checked = value === true;
  } else if (spec.kind === 'select') {
    input = asForm(
      el(
        'select',
        { id, 'aria-describedby': errId },
        (spec.options ?? []).map((o) => el('option', { value: o.value }, o.label)),
      ),
    );
    input.value = typeof value === 'string' ? value : '';
  } else {
    const pctScale = spec.kind === 'percent' ? 100 : 1;
    input = asForm(
      el('input', {
        type: 'number',
        id,
        inputmode: spec.kind === 'integer' ? 'numeric' : 'decimal',
        min: spec.min === undefined ? undefined : spec.min * pctScale,
        max: spec.max === undefined ? undefined : spec.max * pctScale,
        step: spec.step ?? 'any',
        'aria-describedby': describedBy,
        placeholder: spec.placeholder,
        'data-path': spec.path,
      }),
    );
    input.value = fieldText(spec, value);
  }
  const error = el('p', { class: 'field-error', id: errId, hidden: true });
  const hint = el('span', { class: 'hint', hidden: true });
  const label = el('label', { for: id }, spec.label);
  const control = el(
    'span',
    { class: 'control' },
    input,
    spec.unit && el('span', { class: 'unit', 'aria-hidden': 'true' }, spec.unit),
  );
  const row = el(
    'div',
    { class: `field field-${spec.kind}`, 'data-path': spec.path },
    spec.kind === 'boolean' ? [control, label] : [label, control],
    range && el('span', { class: 'range', id: rangeId }, range),
    hint,
    error,
  );
  const handle: FieldHandle = {
    spec,
    row,
    input,
    setErrors(messages) {
      error.replaceChildren(messages.join(' · '));
      error.hidden = messages.length === 0;
      row.classList.toggle('invalid', messages.length > 0);
      if (messages.length) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
    refreshHint(d) {
      const text = spec.hint?.(d) ?? null;
      hint.textContent = text ?? '';
      hint.hidden = text === null;
    },
  };
  handle.refreshHint(doc);
  on(input, spec.kind === 'boolean' || spec.kind === 'select' ? 'change' : 'input', () => onInput(handle));
  return handle;
}

/** The input's current text as parseFieldInput reads it. */
export const inputText = (h: FieldHandle): string =>
  h.spec.kind === 'boolean' ? String(h.input.checked) : h.input.value;
