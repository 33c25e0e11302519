'use client';
/**
 * Scenario: the workload every calculation shares, as sliders and inputs. Dragging a slider recomputes
 * the whole report on every step (one undo entry when the drag ends); typed values are checked against
 * the scenario's schema and an invalid one shows a message and never reaches the design. The headline
 * numbers above light up when they change, so a room sees the effect.
 */
import { useId, useMemo, useState } from 'react';
import { checkFieldInput, scenarioFields, type FieldSpec } from '@/lib/design/fields';
import { ScenarioSchema, type Scenario } from '@/lib/design/schema';
import { formatGB, formatMs, formatPercent, formatSla, formatUsdPerMonth, formatCount } from '@/lib/format';
import { useReport } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { Headline, PanelFrame, Switch, type Tone } from './ui';

type NumberKey = Exclude<keyof Scenario, 'streaming'>;

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Number((from + i * step).toFixed(4)));

/** The rungs each slider steps through: round numbers spread over the useful range (typed values may go beyond). */
const LADDERS: Record<NumberKey, number[]> = {
  peakRequestsPerMinute: [
    0, 1, 2, 5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 5000, 7500, 10_000, 20_000, 50_000,
  ],
  averageRequestsPerMinute: [
    0, 1, 2, 5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 5000, 7500, 10_000, 20_000,
  ],
  inputTokensPerRequest: [
    100, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 4000, 6000, 8000, 12_000, 16_000, 24_000, 32_000, 64_000, 128_000,
  ],
  outputTokensPerRequest: [50, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000, 4000, 8000, 16_000],
  contextTokens: [1024, 2048, 4096, 8192, 16_384, 32_768, 65_536, 131_072],
  concurrentSequences: [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512],
  activeHoursPerDay: range(0, 24, 1),
  cacheHitRate: range(0, 1, 0.05),
  batchShare: range(0, 1, 0.05),
};

const IS_SHARE: Partial<Record<NumberKey, true>> = { cacheHitRate: true, batchShare: true };

/** What a slider's value reads as. */
const shown = (key: NumberKey, v: number): string =>
  IS_SHARE[key] ? formatPercent(v) : key === 'activeHoursPerDay' ? `${formatCount(v, 1)} h` : formatCount(v, 0);

/** The rung nearest a value (on a log scale for the wide ranges). */
function nearestRung(ladder: readonly number[], v: number): number {
  let best = 0;
  let bestD = Infinity;
  const lg = (x: number) => Math.log(x + 1);
  ladder.forEach((r, i) => {
    const d = Math.abs(lg(r) - lg(v));
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

function ScenarioField({ spec, value }: { spec: FieldSpec & { type: 'number' }; value: number }) {
  const key = spec.key as NumberKey;
  const ladder = LADDERS[key];
  const preview = useStudio((s) => s.previewScenario);
  const end = useStudio((s) => s.endScenarioEdit);
  const update = useStudio((s) => s.updateScenario);
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (seen !== value) {
    setSeen(value);
    setDraft(String(value));
    setError(null);
  }
  const rung = nearestRung(ladder, value);
  const apply = () => {
    const r = checkFieldInput(spec, draft);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    if (r.value === value) return;
    const c = update({ [key]: r.value } as Partial<Scenario>);
    if (!c.ok) setError(c.message);
  };
  const label = spec.label.replace(/ \(0–1\)$/, '');
  return (
    <div className="flex flex-col gap-1 border-b border-line/60 px-4 py-3 last:border-b-0" data-testid="scenario-field" data-key={key}>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={`${id}-range`} className="text-[14px] font-medium text-fg">
          {label}
          {spec.hint && <span className="ml-1 font-normal text-muted">({spec.hint})</span>}
        </label>
        {IS_SHARE[key] && <span className="text-[15px] font-semibold tabular-nums text-accent">{shown(key, value)}</span>}
      </div>
      <div className="flex items-center gap-3">
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={ladder.length - 1}
          step={1}
          value={rung}
          aria-valuetext={shown(key, ladder[rung] ?? value)}
          onChange={(e) => {
            const v = ladder[Number(e.target.value)];
            if (v !== undefined) preview({ [key]: v } as Partial<Scenario>);
          }}
          onPointerUp={end}
          onKeyUp={end}
          onBlur={end}
          className="h-2 min-w-0 flex-1 cursor-pointer accent-[var(--accent)]"
        />
        <input
          aria-label={`${label}, exact value`}
          type="text"
          inputMode="decimal"
          value={draft}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            const r = checkFieldInput(spec, e.target.value);
            setError(r.ok ? null : r.message);
          }}
          onBlur={apply}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            } else if (e.key === 'Escape') {
              setDraft(String(value));
              setError(null);
            }
          }}
          className={`w-[6.5rem] shrink-0 rounded-lg border bg-surface px-2 py-1 text-right text-[14px] tabular-nums text-fg outline-none focus:ring-2 ${
            error !== null ? 'border-err focus:ring-err/40' : 'border-line focus:border-accent focus:ring-accent/40'
          }`}
        />
      </div>
      {error !== null && (
        <p id={`${id}-error`} role="alert" className="text-[13px] font-medium leading-snug text-err">
          {error}
        </p>
      )}
    </div>
  );
}

function Headlines() {
  const report = useReport();
  if (!report) return null;
  const { cost, latency, ha, vram, counts } = report;
  const worst = vram.reduce<(typeof vram)[number] | null>((w, f) => (w === null || f.utilization > w.utilization ? f : w), null);
  const tone = (ms: number | null, target: number): Tone => (ms === null ? 'plain' : ms <= target ? 'good' : 'warn');
  return (
    <div
      className="sticky top-0 z-10 grid grid-cols-2 gap-x-3 2xl:grid-cols-3 gap-y-1 border-b border-line bg-surface/95 px-4 py-3 shadow-sm backdrop-blur"
      aria-label="Headline figures"
      role="group"
    >
      <Headline
        size="md"
        label="Monthly cost"
        value={formatUsdPerMonth(cost.totalUsdPerMonth)}
        testId="scenario-cost"
        note={cost.unpricedCount > 0 ? `+ ${cost.unpricedCount} unpriced` : undefined}
      />
      <Headline
        size="md"
        label="TTFT"
        value={formatMs(latency.ttftMs)}
        tone={tone(latency.ttftMs, latency.targets.ttftMs)}
        testId="scenario-ttft"
        note={`target < ${formatMs(latency.targets.ttftMs)}`}
      />
      <Headline
        size="md"
        label="End to end"
        value={formatMs(latency.e2eMs)}
        tone={tone(latency.e2eMs, latency.targets.e2eMs)}
        testId="scenario-e2e"
        note={`target < ${formatMs(latency.targets.e2eMs)}`}
      />
      <Headline size="md" label="Composite SLA" value={formatSla(ha.compositeSla)} testId="scenario-sla" />
      {worst ? (
        <Headline
          size="md"
          label="VRAM, fullest GPU"
          value={formatPercent(worst.utilization)}
          tone={worst.verdict === 'does-not-fit' ? 'bad' : worst.verdict === 'fits' ? 'good' : 'warn'}
          testId="scenario-vram"
          note={`${formatGB(worst.requiredGBPerGpu)} of ${formatGB(worst.capacityGBPerGpu)}`}
        />
      ) : (
        <Headline size="md" label="VRAM" value="n/a" note="no self-hosted model" />
      )}
      <Headline
        size="md"
        label="Findings"
        value={`${counts.error} · ${counts.warning}`}
        tone={counts.error > 0 ? 'bad' : counts.warning > 0 ? 'warn' : 'good'}
        testId="scenario-findings"
        note="errors · warnings"
      />
    </div>
  );
}

export default function ScenarioPanel() {
  const scenario = useStudio((s) => s.design.scenario);
  const update = useStudio((s) => s.updateScenario);
  // The finding the calculations raise (lib/calc/cost/traffic.ts), shown beside the traffic fields.
  const overPeak = useReport()?.findings.find((f) => f.ruleId === 'cost.average-over-peak');
  const specs = useMemo(() => scenarioFields(), []);
  const defaults = useMemo(() => ScenarioSchema.parse({}), []);
  const numbers = specs.filter((s): s is FieldSpec & { type: 'number' } => s.type === 'number');
  const byKey = new Map(numbers.map((s) => [s.key, s]));
  const groups: { title: string; keys: NumberKey[] }[] = [
    { title: 'Traffic', keys: ['peakRequestsPerMinute', 'averageRequestsPerMinute', 'activeHoursPerDay'] },
    { title: 'Each request', keys: ['inputTokensPerRequest', 'outputTokensPerRequest', 'contextTokens', 'concurrentSequences'] },
    { title: 'Savings', keys: ['cacheHitRate', 'batchShare'] },
  ];
  return (
    <PanelFrame
      title="Scenario"
      scrollPadding="scroll-pt-44"
      lead="The workload behind every number: drag a slider or type a value, and everything recomputes at once."
    >
      <Headlines />
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title} className="border-b border-line">
          <h3 className="px-4 pt-3 text-[13px] font-semibold uppercase tracking-wide text-muted">{g.title}</h3>
          {g.keys.map((k) => {
            const spec = byKey.get(k);
            return spec ? <ScenarioField key={k} spec={spec} value={scenario[k]} /> : null;
          })}
          {g.title === 'Traffic' && overPeak && (
            <p role="status" className="mx-4 mb-3 rounded-lg bg-warn-soft px-3 py-2 text-[13px] font-medium text-warn">
              {overPeak.message}
            </p>
          )}
          {g.title === 'Each request' && (
            <div className="flex items-center justify-between gap-3 px-4 py-3" data-testid="scenario-field" data-key="streaming">
              <span className="text-[14px] font-medium text-fg" aria-hidden="true">
                Streaming responses
              </span>
              <Switch checked={scenario.streaming} onChange={(v) => update({ streaming: v })} label="Streaming responses" />
            </div>
          )}
        </section>
      ))}
      <div className="flex items-center justify-between gap-3 px-4 py-3">
        <span className="text-[13px] text-muted">Every change is one step of undo (Ctrl+Z).</span>
        <button
          type="button"
          onClick={() => update(defaults)}
          disabled={JSON.stringify(defaults) === JSON.stringify(scenario)}
          className="rounded-lg border border-line bg-surface px-3 py-1.5 text-[14px] font-semibold text-fg hover:bg-sunken disabled:opacity-50"
        >
          Reset to defaults
        </button>
      </div>
    </PanelFrame>
  );
}
