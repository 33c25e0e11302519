'use client';
/**
 * The inspector's "Trade-offs" section: the one-click switches a node offers (lib/workshop/tradeoffs.ts),
 * each applied as one undo step with its summary as a notification; a switch that cannot apply says why.
 */
import { useId, useMemo, useState } from 'react';
import type { Design, DesignNode } from '@/lib/design/schema';
import { availableTradeoffs, type TradeoffOption } from '@/lib/workshop/tradeoffs';
import { useStudio } from '@/components/store/studio-store';

function Option({ node, option, onError }: { node: DesignNode; option: TradeoffOption; onError: (m: string | null) => void }) {
  const apply = useStudio((s) => s.applyTradeoffTo);
  const choices = 'choices' in option ? option.choices : null;
  const [choice, setChoice] = useState(choices?.[0]?.value ?? '');
  const selectId = useId();
  const run = () => {
    void apply(node.id, option.kind, choices ? choice : undefined).then((r) => onError(r.ok ? null : r.message));
  };
  if (!choices)
    return (
      <button
        type="button"
        onClick={run}
        className="rounded-lg border border-accent bg-surface px-3 py-1.5 text-left text-[14px] font-semibold text-accent hover:bg-accent-soft"
      >
        {option.label}
      </button>
    );
  if (choices.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectId} className="text-[14px] font-semibold text-fg">
        {option.label}
      </label>
      <div className="flex gap-2">
        <select
          id={selectId}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          className="min-w-0 flex-1 rounded-lg border border-line bg-surface px-2 py-1.5 text-[14px] text-fg"
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={run}
          aria-label={`${option.label}: apply`}
          className="shrink-0 rounded-lg border border-accent bg-surface px-3 py-1.5 text-[14px] font-semibold text-accent hover:bg-accent-soft"
        >
          Apply
        </button>
      </div>
    </div>
  );
}

/** Nothing when the node offers no switch. */
export function TradeoffsSection({ node, design }: { node: DesignNode; design: Design }) {
  const options = useMemo(() => availableTradeoffs(design, node.id), [design, node.id]);
  const [error, setError] = useState<{ nodeId: string; message: string } | null>(null);
  const headingId = useId();
  if (options.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="border-b border-line px-4 py-4">
      <h3 id={headingId} className="mb-1 text-[13px] font-semibold uppercase tracking-wide text-muted">
        Trade-offs
      </h3>
      <p className="mb-3 text-[13px] leading-snug text-muted">One click each; undo takes it back.</p>
      <div className="flex flex-col gap-3">
        {options.map((o) => (
          <Option
            key={`${node.id}-${o.kind}-${'choices' in o ? o.choices.map((c) => c.value).join(',') : ''}`}
            node={node}
            option={o}
            onError={(m) => setError(m === null ? null : { nodeId: node.id, message: m })}
          />
        ))}
        {error && error.nodeId === node.id && (
          <p role="alert" className="rounded-lg bg-err-soft px-3 py-2 text-[14px] font-medium text-err">
            {error.message}
          </p>
        )}
      </div>
    </section>
  );
}
