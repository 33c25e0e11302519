'use client';
/**
 * One form field generated from a schema field: a choice, a switch, a number with its limits, a text or
 * a list. What is typed is checked against the field's own schema; an invalid value shows a message
 * beside the field and never reaches the design. Text and numbers apply on Enter or when focus leaves;
 * Escape puts the design's value back.
 */
import { memo, useId, useState, type ReactNode } from 'react';
import { checkFieldInput, type FieldSpec } from '@/lib/design/fields';
import { formatCount } from '@/lib/format';

type Commit = (value: unknown) => { ok: true } | { ok: false; message: string };

function limits(spec: FieldSpec): string | null {
  if (spec.type !== 'number') return null;
  const parts: string[] = [];
  if (spec.min !== undefined && spec.max !== undefined)
    parts.push(`${spec.minExclusive ? 'more than ' : ''}${formatCount(spec.min, 6)} to ${formatCount(spec.max, 6)}`);
  else if (spec.min !== undefined) parts.push(`${spec.minExclusive ? 'more than' : 'at least'} ${formatCount(spec.min, 6)}`);
  else if (spec.max !== undefined) parts.push(`at most ${formatCount(spec.max, 6)}`);
  if (spec.integer) parts.push('whole number');
  if (spec.optional) parts.push('leave empty for the default');
  if (typeof spec.defaultValue === 'number') parts.push(`default ${formatCount(spec.defaultValue, 6)}`);
  return parts.join(', ');
}

const toText = (spec: FieldSpec, value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (spec.type === 'list' && Array.isArray(value)) return value.join(', ');
  return String(value);
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const inputClass = (invalid: boolean) =>
  `w-full rounded-lg border bg-surface px-2.5 py-1.5 text-[15px] text-fg tabular-nums outline-none focus:ring-2 ${
    invalid ? 'border-err focus:ring-err/40' : 'border-line focus:border-accent focus:ring-accent/40 hc:border-line-strong'
  }`;

function Frame({
  id,
  spec,
  hintId,
  errorId,
  error,
  children,
}: {
  id: string;
  spec: FieldSpec;
  hintId: string;
  errorId: string;
  error: string | null;
  children: ReactNode;
}) {
  const limit = limits(spec);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-[14px] font-medium leading-5 text-fg">
        {spec.label}
        {spec.hint && (
          <>
            {' '}
            <span className="ml-1 font-normal text-muted">({spec.hint})</span>
          </>
        )}
      </label>
      {children}
      {error !== null ? (
        <p id={errorId} role="alert" className="flex items-start gap-1.5 text-[14px] font-medium leading-5 text-err">
          <svg className="mt-0.5 h-4 w-4 shrink-0" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
            <circle cx="8" cy="8" r="7" />
            <path d="M8 4.5v4.2M8 11v.1" stroke="var(--surface)" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          {error}
        </p>
      ) : (
        limit && (
          <p id={hintId} className="text-[13px] leading-5 text-muted">
            {limit}
          </p>
        )
      )}
    </div>
  );
}

/** A text, number or list field with a draft that is checked as it is typed. */
function DraftField({ spec, value, onCommit }: { spec: FieldSpec; value: unknown; onCommit: Commit }) {
  const id = useId();
  const [draft, setDraft] = useState(() => toText(spec, value));
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (!sameValue(seen, value)) {
    // The design changed underneath (undo, another edit): show its value.
    setSeen(value);
    setDraft(toText(spec, value));
    setError(null);
  }
  const check = (text: string) => {
    const r = checkFieldInput(spec, text);
    setError(r.ok ? null : r.message);
    return r;
  };
  const apply = () => {
    const r = check(draft);
    if (!r.ok || sameValue(r.value, value)) return;
    const c = onCommit(r.value);
    if (!c.ok) setError(c.message);
  };
  return (
    <Frame id={id} spec={spec} hintId={`${id}-hint`} errorId={`${id}-error`} error={error}>
      <input
        id={id}
        type="text"
        inputMode={spec.type === 'number' ? 'decimal' : undefined}
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${id}-error` : `${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          check(e.target.value);
        }}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          } else if (e.key === 'Escape') {
            setDraft(toText(spec, value));
            setError(null);
          }
        }}
        className={inputClass(error !== null)}
      />
    </Frame>
  );
}

export const FieldInput = memo(function FieldInput({ spec, value, onCommit }: { spec: FieldSpec; value: unknown; onCommit: Commit }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  if (spec.type === 'switch') {
    const on = value === true;
    return (
      <div className="flex items-center justify-between gap-3 py-0.5">
        <span id={`${id}-label`} className="text-[14px] font-medium leading-5 text-fg">
          {spec.label}
          {spec.hint && (
            <>
              {' '}
              <span className="ml-1 font-normal text-muted">({spec.hint})</span>
            </>
          )}
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby={`${id}-label`}
          onClick={() => onCommit(!on)}
          className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border transition-colors ${
            on ? 'border-accent bg-accent' : 'border-line-strong bg-sunken'
          }`}
        >
          <span
            className={`inline-block h-4.5 w-4.5 rounded-full bg-surface shadow ring-1 ring-line transition-transform ${on ? 'translate-x-[22px]' : 'translate-x-[3px]'}`}
          />
        </button>
      </div>
    );
  }
  if (spec.type === 'choice') {
    const current = value === undefined ? '' : String(value);
    return (
      <Frame id={id} spec={spec} hintId={`${id}-hint`} errorId={`${id}-error`} error={error}>
        <select
          id={id}
          value={current}
          aria-invalid={error !== null}
          onChange={(e) => {
            const option = spec.options.find((o) => String(o.value) === e.target.value);
            const raw = e.target.value === '' ? undefined : (option?.value ?? e.target.value);
            const r = checkFieldInput(spec, raw);
            if (!r.ok) {
              setError(r.message);
              return;
            }
            const c = onCommit(r.value);
            setError(c.ok ? null : c.message);
          }}
          className={`${inputClass(error !== null)} pr-8`}
        >
          {spec.optional && <option value="">Not set</option>}
          {spec.options.map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      </Frame>
    );
  }
  return <DraftField spec={spec} value={value} onCommit={onCommit} />;
});
