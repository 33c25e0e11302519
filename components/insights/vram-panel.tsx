'use client';
/**
 * VRAM: per self-hosted deployment, a stacked bar per GPU (weights, KV cache, overhead, free) against
 * its capacity and the 90% line; the concurrent sequences that fit at each context length; paged
 * against contiguous KV allocation. Training jobs' memory per GPU below.
 */
import dynamic from 'next/dynamic';
import { vramBar, type VramBar } from '@/lib/calc/insights';
import type { TrainingEstimate, VramFit, VramVerdict } from '@/lib/calc/types';
import { formatGB, formatPercent, formatUsd, formatCount } from '@/lib/format';
import { useReport } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { CHART_VARS } from './chart-colors';
import { HowComputed } from './how-computed';
import { EngineBreakdown } from './engine-breakdown';
import {
  Badge,
  ChartFigure,
  DataTable,
  EmptyState,
  Headline,
  NodeChip,
  PanelFrame,
  Section,
  tokensShort,
  useNodeIndex,
  type Tone,
} from './ui';

const ChartLoading = () => <div className="h-[200px] w-full animate-pulse rounded-lg bg-sunken" aria-hidden="true" />;
const SequencesChart = dynamic(() => import('./sequences-chart'), { ssr: false, loading: ChartLoading });

const SEGMENTS = [
  { key: 'weightsGB', label: 'Weights', color: 'bg-[var(--c-weights)]' },
  { key: 'kvCacheGB', label: 'KV cache', color: 'bg-[var(--c-kv)]' },
  { key: 'overheadGB', label: 'Overhead', color: 'bg-[var(--c-overhead)]' },
] as const;

const MAX_GPU_BARS = 8;

/** The badge of a deployment: the report's one verdict, the same the findings and the node badge carry. */
const VERDICT: Record<VramVerdict, { tone: 'good' | 'warn' | 'bad'; text: string }> = {
  fits: { tone: 'good', text: 'fits' },
  'above-target': { tone: 'warn', text: 'fits, above 90%' },
  'concurrency-short': { tone: 'warn', text: 'fits, fewer sequences than the scenario' },
  'does-not-fit': { tone: 'bad', text: 'does not fit' },
};

function GpuBars({ bar, gpus }: { bar: VramBar; gpus: number }) {
  const scale = Math.max(bar.capacityGB, bar.requiredGB);
  const pct = (gb: number) => `${(gb / scale) * 100}%`;
  const shown = Math.min(gpus, MAX_GPU_BARS);
  return (
    <div className="flex flex-col gap-1.5">
      <div className="relative pl-12">
        {/* markers across all bars: the 90% target and the capacity */}
        <div className={`relative text-[11px] font-semibold ${bar.overGB > 0 ? 'h-9' : 'h-5'}`}>
          <span className="absolute -translate-x-1/2 whitespace-nowrap text-warn" style={{ left: pct(bar.targetGB) }}>
            90%
          </span>
          {bar.overGB > 0 && (
            <span className="absolute top-4 -translate-x-full whitespace-nowrap pr-1 text-muted" style={{ left: pct(bar.capacityGB) }}>
              capacity
            </span>
          )}
        </div>
        <div className="relative flex flex-col gap-1">
          {Array.from({ length: shown }, (_, i) => (
            <div key={i} className="relative flex items-center">
              <span className="absolute -left-12 w-11 text-right text-[12px] text-muted tabular-nums">
                {gpus > MAX_GPU_BARS && i === shown - 1 ? `…×${gpus}` : `GPU ${i}`}
              </span>
              <div className="relative flex h-6 w-full overflow-hidden rounded-md bg-sunken ring-1 ring-line">
                {SEGMENTS.map((s) => (
                  <span key={s.key} className={`h-full ${s.color}`} style={{ width: pct(bar[s.key]) }} />
                ))}
              </div>
            </div>
          ))}
          <span
            aria-hidden="true"
            className="pointer-events-none absolute -top-1 bottom-0 border-l-2 border-dashed border-warn"
            style={{ left: pct(bar.targetGB) }}
          />
          {bar.overGB > 0 && (
            <span
              aria-hidden="true"
              className="pointer-events-none absolute -top-1 bottom-0 border-l-2 border-err"
              style={{ left: pct(bar.capacityGB) }}
            />
          )}
        </div>
      </div>
      <ul className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1 text-[13px]">
        {SEGMENTS.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span className={`h-3 w-3 shrink-0 rounded-sm ${s.color}`} aria-hidden="true" />
            <span className="text-muted">{s.label}</span>
            <span className="ml-auto font-semibold tabular-nums">{formatGB(bar[s.key])}</span>
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span
            className={`h-3 w-3 shrink-0 rounded-sm ring-1 ${bar.overGB > 0 ? 'bg-err ring-err' : 'bg-sunken ring-line-strong'}`}
            aria-hidden="true"
          />
          <span className="text-muted">{bar.overGB > 0 ? 'Over capacity' : 'Free'}</span>
          <span className={`ml-auto font-semibold tabular-nums ${bar.overGB > 0 ? 'text-err' : ''}`}>
            {formatGB(bar.overGB > 0 ? bar.overGB : bar.freeGB)}
          </span>
        </li>
      </ul>
    </div>
  );
}

function FitCard({ fit, contextTokens, needed }: { fit: VramFit; contextTokens: number; needed: number }) {
  const nodes = useNodeIndex();
  const bar = vramBar(fit);
  const verdict = VERDICT[fit.verdict];
  const tone: Tone = verdict.tone;
  const gpus = fit.gpusPerReplica;
  const barSummary = `Per GPU (${gpus} per replica): weights ${formatGB(bar.weightsGB)}, KV cache ${formatGB(bar.kvCacheGB)}, overhead ${formatGB(bar.overheadGB)}, ${
    bar.overGB > 0 ? `${formatGB(bar.overGB)} over` : `${formatGB(bar.freeGB)} free`
  } of ${formatGB(bar.capacityGB)}; ${formatPercent(fit.utilization)} used against the 90% target (${formatGB(bar.targetGB)}); the serving engine may use ${formatGB(bar.usableGB)}.`;
  const seqSummary = `Concurrent sequences that fit per replica: ${fit.sequencesByContext.map((p) => `${formatCount(p.sequences, 0)} at ${tokensShort(p.contextTokens)}`).join(', ')} tokens of context. The scenario needs ${formatCount(needed, 0)} at ${formatCount(contextTokens, 0)} tokens.`;
  const maxSeq = Math.max(1, fit.maxConcurrentSequences, fit.maxConcurrentSequencesContiguous);
  return (
    <article className="border-b border-line px-4 py-4 last:border-b-0" data-testid="vram-fit" data-node={fit.nodeId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <NodeChip id={fit.nodeId} nodes={nodes} />
        <Badge tone={verdict.tone}>
          <span data-testid="vram-verdict">{verdict.text}</span>
        </Badge>
      </div>
      <p className="mt-1.5 text-[13px] leading-snug text-muted">
        <span className="font-semibold text-fg">{fit.modelId}</span> · {fit.precision.toUpperCase()} · {fit.skuId} · {gpus} GPU
        {gpus === 1 ? '' : 's'} per replica × {fit.replicas} replica
        {fit.replicas === 1 ? '' : 's'}
      </p>
      <div className="mt-3">
        <Headline
          label="VRAM per GPU"
          value={`${formatGB(fit.requiredGBPerGpu)} of ${formatGB(fit.capacityGBPerGpu)}`}
          tone={tone}
          testId="vram-per-gpu"
          note={`${formatPercent(fit.utilization)} of capacity · target under 90% · engine may use ${formatGB(fit.usableGBPerGpu)}`}
        />
        <div className="mt-1.5">
          <HowComputed explanation={fit.explanation} subject="VRAM per GPU" />
        </div>
      </div>
      <div className="mt-4">
        <ChartFigure
          title="Memory of each GPU"
          summary={barSummary}
          table={
            <DataTable
              caption="Memory per GPU"
              head={['Part', 'GB per GPU']}
              rows={[
                ['Weights', formatGB(bar.weightsGB)],
                ['KV cache', formatGB(bar.kvCacheGB)],
                ['Overhead', formatGB(bar.overheadGB)],
                ['Required', formatGB(bar.requiredGB)],
                [bar.overGB > 0 ? 'Over capacity' : 'Free', formatGB(bar.overGB > 0 ? bar.overGB : bar.freeGB)],
                ['Usable by the engine', formatGB(bar.usableGB)],
                ['90% target', formatGB(bar.targetGB)],
                ['Capacity', formatGB(bar.capacityGB)],
              ]}
            />
          }
        >
          <GpuBars bar={bar} gpus={gpus} />
        </ChartFigure>
      </div>
      <EngineBreakdown fit={fit} />
      {fit.sequencesByContext.length > 0 && (
        <div className="mt-5">
          <ChartFigure
            title="Concurrent sequences vs context length"
            summary={seqSummary}
            table={
              <DataTable
                caption="Concurrent sequences that fit, by context length"
                head={['Context (tokens)', 'Sequences']}
                rows={fit.sequencesByContext.map((p) => [formatCount(p.contextTokens, 0), formatCount(p.sequences, 0)])}
              />
            }
          >
            <SequencesChart data={fit.sequencesByContext} contextTokens={contextTokens} needed={needed} />
          </ChartFigure>
        </div>
      )}
      <div className="mt-5">
        <h4 className="text-[14px] font-semibold text-fg">Paged vs contiguous KV cache</h4>
        <p className="mt-0.5 text-[13px] leading-snug text-muted">
          Sequences one replica holds at {formatCount(contextTokens, 0)} tokens of context; KV cache {formatCount(fit.kvBytesPerToken, 0)}{' '}
          bytes per token per GPU.
        </p>
        <dl className="mt-2 flex flex-col gap-2 text-[14px]" data-testid="kv-allocation">
          {[
            {
              label: `Paged (vLLM PagedAttention, ${fit.engine?.settings.blockSize ?? 16}-token blocks)`,
              value: fit.maxConcurrentSequences,
              color: 'bg-[var(--c-kv)]',
            },
            {
              label: 'Contiguous (each reserves the model’s max context)',
              value: fit.maxConcurrentSequencesContiguous,
              color: 'bg-[var(--c-overhead)]',
            },
          ].map((r) => (
            <div key={r.label}>
              <div className="flex items-baseline justify-between gap-2">
                <dt className="text-muted">{r.label}</dt>
                <dd className="font-semibold tabular-nums">{formatCount(r.value, 0)}</dd>
              </div>
              <div className="mt-0.5 h-2.5 rounded-full bg-sunken" aria-hidden="true">
                <div className={`h-full rounded-full ${r.color}`} style={{ width: `${(r.value / maxSeq) * 100}%` }} />
              </div>
            </div>
          ))}
        </dl>
      </div>
    </article>
  );
}

function TrainingCard({ t }: { t: TrainingEstimate }) {
  const nodes = useNodeIndex();
  return (
    <article className="border-b border-line px-4 py-4 last:border-b-0" data-testid="training">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <NodeChip id={t.nodeId} nodes={nodes} />
        <Badge tone={t.fits ? 'good' : 'bad'}>{t.fits ? 'fits' : 'does not fit'}</Badge>
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3">
        <Headline
          size="md"
          label={`Memory per GPU (${t.method.toUpperCase()})`}
          value={`${formatGB(t.memoryGBPerGpu)} of ${formatGB(t.capacityGBPerGpu)}`}
          tone={t.fits ? 'good' : 'bad'}
        />
        <Headline
          size="md"
          label="Per run"
          value={t.usdPerRun === null ? 'unpriced' : formatUsd(t.usdPerRun)}
          note={t.gpuHoursPerRun === null ? `${t.gpus} GPUs` : `${t.gpus} GPUs · ${formatCount(t.gpuHoursPerRun, 0)} GPU-hours`}
        />
      </div>
      <div className="mt-1.5">
        <HowComputed explanation={t.explanation} subject="training memory" />
      </div>
    </article>
  );
}

export default function VramPanel() {
  const report = useReport();
  const scenario = useStudio((s) => s.design.scenario);
  if (!report) return <PanelFrame title="VRAM">{null}</PanelFrame>;
  return (
    <PanelFrame
      title="VRAM"
      lead={`GPU memory of self-hosted models at the scenario’s ${formatCount(scenario.contextTokens, 0)}-token context and ${formatCount(scenario.concurrentSequences, 0)} concurrent sequences per replica.`}
    >
      <div className={CHART_VARS}>
        {report.vram.length === 0 ? (
          <EmptyState title="No self-hosted models">
            Azure OpenAI and serverless models manage their own GPU memory. Add a GPU VM, an AKS GPU pool or an online endpoint serving an
            open model to see its fit.
          </EmptyState>
        ) : (
          report.vram.map((f) => (
            <FitCard key={f.nodeId} fit={f} contextTokens={scenario.contextTokens} needed={scenario.concurrentSequences} />
          ))
        )}
        {report.training.length > 0 && (
          <Section title="Training and fine-tuning">
            <div className="-mx-4 -my-4">
              {report.training.map((t) => (
                <TrainingCard key={t.nodeId} t={t} />
              ))}
            </div>
          </Section>
        )}
      </div>
    </PanelFrame>
  );
}
