'use client';
/**
 * Latency: the request path's hops as a waterfall (network and service time) up to the first token,
 * then the generation to the last token, streamed and not, against the seed's targets (TTFT under 1 s,
 * end to end under 5 s). Hops that cross regions are named. End to end is at the model's typical output speed;
 * where a worst-case speed is known (Azure OpenAI's PTU latency target) the worst-case end to end shows beside it.
 */
import { useState } from 'react';
import { latencyWaterfall, type LatencyWaterfall } from '@/lib/calc/insights';
import type { LatencyReport } from '@/lib/calc/types';
import { formatMs, formatCount } from '@/lib/format';
import { useReport } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { CHART_VARS } from './chart-colors';
import { HowComputed } from './how-computed';
import {
  Badge,
  ChartFigure,
  DataTable,
  EmptyState,
  Headline,
  NodeChip,
  PanelFrame,
  Section,
  Segmented,
  useNodeIndex,
  type Tone,
} from './ui';

/** Axis ticks at a round step that gives 4 to 8 ticks. */
function ticks(maxMs: number): number[] {
  const steps = [100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 30_000, 60_000];
  const step = steps.find((s) => maxMs / s <= 7) ?? 60_000;
  const out: number[] = [];
  for (let t = 0; t <= maxMs + 1e-9; t += step) out.push(t);
  return out;
}

function Waterfall({ w, zoom }: { w: LatencyWaterfall; zoom: boolean }) {
  const scale = zoom ? Math.max(w.firstTokenMs ?? 0, w.targets.ttftMs) * 1.1 : w.scaleMs;
  const steps = zoom ? w.steps.filter((s) => s.kind !== 'generation') : w.steps;
  const pct = (ms: number) => `${Math.min(100, (ms / scale) * 100)}%`;
  const axis = ticks(scale);
  const targets = [
    { ms: w.targets.ttftMs, label: `TTFT target ${formatMs(w.targets.ttftMs)}`, line: 'border-warn', text: 'text-warn' },
    { ms: w.targets.e2eMs, label: `E2E target ${formatMs(w.targets.e2eMs)}`, line: 'border-err', text: 'text-err' },
  ].filter((t) => t.ms <= scale);
  const targetLines = targets.map((t) => (
    <span
      key={t.label}
      aria-hidden="true"
      className={`pointer-events-none absolute -bottom-1 -top-1 border-l-2 border-dashed ${t.line}`}
      style={{ left: pct(t.ms) }}
    />
  ));
  return (
    <div className="flex flex-col">
      <div className="relative h-4 text-[11px] font-semibold" aria-hidden="true">
        {targets.map((t) => (
          <span
            key={t.label}
            className={`absolute whitespace-nowrap ${t.text} ${t.ms / scale > 0.6 ? '-translate-x-full pr-1' : 'pl-1'}`}
            style={{ left: pct(t.ms) }}
          >
            {t.label}
          </span>
        ))}
      </div>
      <ol className="flex flex-col gap-2 pt-1">
        {steps.map((s) => (
          <li key={s.key} data-testid="latency-step" data-kind={s.kind}>
            <div className="flex items-start justify-between gap-3 text-[13px] leading-snug">
              <span className={`min-w-0 ${s.kind === 'generation' ? 'font-semibold text-fg' : 'text-fg'}`}>
                {s.label}
                {s.crossRegion && (
                  <span className="ml-1.5 align-middle">
                    <Badge tone="warn">cross-region</Badge>
                  </span>
                )}
              </span>
              <span className="shrink-0 whitespace-nowrap tabular-nums text-muted">
                {s.networkMs > 0 && <span className={s.crossRegion ? 'font-semibold text-warn' : ''}>{formatMs(s.networkMs)} net</span>}
                {s.networkMs > 0 && s.serviceMs > 0 && ' + '}
                {s.serviceMs > 0 && <span className="font-semibold text-fg">{formatMs(s.serviceMs)}</span>}
                {s.networkMs === 0 && s.serviceMs === 0 && '0 ms'}
              </span>
            </div>
            <div className="relative mt-1 h-3.5 rounded-sm bg-sunken">
              {s.networkMs > 0 && (
                <span
                  className={`absolute inset-y-0 ${s.crossRegion ? 'bg-[var(--edge-cross-region)]' : 'bg-[var(--c-network)]'}`}
                  style={{ left: pct(s.startMs), width: `max(3px, ${pct(s.networkMs)})` }}
                />
              )}
              {s.serviceMs > 0 && (
                <span
                  className={`absolute inset-y-0 ${s.kind === 'generation' ? 'bg-[var(--c-generation)]' : 'bg-[var(--c-service)]'}`}
                  style={{ left: pct(s.startMs + s.networkMs), width: `max(3px, ${pct(s.serviceMs)})` }}
                />
              )}
              {targetLines}
            </div>
          </li>
        ))}
      </ol>
      <div className="relative mt-2 h-5 border-t border-line-strong text-[11px] text-muted" aria-hidden="true">
        {axis.map((t, i) => (
          <span
            key={t}
            className={`absolute top-0.5 whitespace-nowrap tabular-nums ${i === 0 ? '' : t / scale > 0.97 ? '-translate-x-full' : '-translate-x-1/2'}`}
            style={{ left: pct(t) }}
          >
            {t === 0 ? '0' : formatMs(t)}
          </span>
        ))}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-[12px] text-muted">
        <li className="flex items-center gap-1.5">
          <span className="h-2.5 w-4 rounded-sm bg-[var(--c-network)]" aria-hidden="true" /> network
        </li>
        <li className="flex items-center gap-1.5">
          <span className="h-2.5 w-4 rounded-sm bg-[var(--edge-cross-region)]" aria-hidden="true" /> cross-region network
        </li>
        <li className="flex items-center gap-1.5">
          <span className="h-2.5 w-4 rounded-sm bg-[var(--c-service)]" aria-hidden="true" /> service · model: time to first token
        </li>
        <li className="flex items-center gap-1.5">
          <span className="h-2.5 w-4 rounded-sm bg-[var(--c-generation)]" aria-hidden="true" /> generation
        </li>
      </ul>
    </div>
  );
}

function waterfallSummary(w: LatencyWaterfall, latency: LatencyReport): string {
  const hops = w.steps.filter((s) => s.kind !== 'generation');
  return [
    `${hops.length} hops to the first token at ${formatMs(w.firstTokenMs)}`,
    w.generationMs !== null ? `, then ${formatMs(w.generationMs)} generating to the last token at ${formatMs(w.lastTokenMs)}` : '',
    `. Targets: first token under ${formatMs(latency.targets.ttftMs)}, end to end under ${formatMs(latency.targets.e2eMs)}.`,
    w.crossRegionHops.length > 0
      ? ` ${w.crossRegionHops.length} hop${w.crossRegionHops.length === 1 ? ' crosses' : 's cross'} regions.`
      : '',
  ].join('');
}

const toneFor = (ms: number | null, target: number): Tone => (ms === null ? 'plain' : ms <= target ? 'good' : 'warn');

export default function LatencyPanel() {
  const report = useReport();
  const [zoom, setZoom] = useState(false);
  const nodes = useNodeIndex();
  const streaming = useStudio((s) => s.design.scenario.streaming);
  const outputTokens = useStudio((s) => s.design.scenario.outputTokensPerRequest);
  if (!report) return <PanelFrame title="Latency">{null}</PanelFrame>;
  const { latency } = report;
  const w = latencyWaterfall(latency);
  const modelId = latency.hops[latency.hops.length - 1]?.toNodeId ?? null;
  const perf = report.performance.find((p) => p.nodeId === modelId) ?? null;
  return (
    <PanelFrame
      title="Latency"
      lead={`Along the request path, for ${formatCount(outputTokens, 0)} output tokens, ${streaming ? 'streamed' : 'not streamed'}.`}
    >
      <div className={CHART_VARS}>
        <div className="grid grid-cols-2 gap-3 border-b border-line px-4 py-3.5">
          <Headline
            label={streaming ? 'Time to first token' : 'First visible (not streamed)'}
            value={formatMs(latency.ttftMs)}
            tone={toneFor(latency.ttftMs, latency.targets.ttftMs)}
            testId="latency-ttft"
            note={`target under ${formatMs(latency.targets.ttftMs)}`}
          />
          <Headline
            label="End to end"
            value={formatMs(latency.e2eMs)}
            tone={toneFor(latency.e2eMs, latency.targets.e2eMs)}
            testId="latency-e2e"
            note={`typical · target under ${formatMs(latency.targets.e2eMs)}`}
          />
          {latency.worstCaseE2eMs !== null && (
            <p className="col-span-2 text-[13px] leading-snug text-muted">
              Worst case end to end{' '}
              <span
                className={`font-semibold tabular-nums ${latency.worstCaseE2eMs > latency.targets.e2eMs ? 'text-warn' : 'text-fg'}`}
                data-testid="latency-e2e-worst"
              >
                {formatMs(latency.worstCaseE2eMs)}
              </span>
              {perf?.worstCaseOutputTokensPerSecond != null &&
                ` at ${formatCount(perf.worstCaseOutputTokensPerSecond, 1)} tokens/s, the PTU latency target: 99% of requests generate faster.`}
            </p>
          )}
          <div className="col-span-2">
            <HowComputed explanation={latency.explanation} subject="the latency" />
          </div>
        </div>
        {latency.hops.length === 0 ? (
          <EmptyState title="No request path">Connect Users → … → a model with request connections to see the latency chain.</EmptyState>
        ) : (
          <>
            <Section
              title="The request, hop by hop"
              aside={
                <Segmented
                  label="Time span of the waterfall"
                  value={zoom ? 'first' : 'all'}
                  onChange={(v) => setZoom(v === 'first')}
                  options={[
                    { value: 'all', label: 'To last token' },
                    { value: 'first', label: 'To first token' },
                  ]}
                />
              }
            >
              <ChartFigure
                title={zoom ? 'Waterfall to the first token' : 'Waterfall to the first and the last token'}
                summary={waterfallSummary(w, latency)}
                table={
                  <DataTable
                    caption="Latency per hop"
                    head={['Hop', 'Network', 'Service', 'Ends at']}
                    rows={w.steps.map((s) => [
                      s.label + (s.crossRegion ? ' (cross-region)' : ''),
                      formatMs(s.networkMs),
                      formatMs(s.serviceMs),
                      formatMs(s.endMs),
                    ])}
                  />
                }
              >
                <Waterfall w={w} zoom={zoom} />
              </ChartFigure>
            </Section>
            <Section title="Streamed and not">
              <DataTable
                caption="When the user sees the answer, streamed and not"
                head={['Answer', 'First visible', 'Last token']}
                rows={[
                  [
                    <span key="s">Streamed {streaming && <Badge tone="accent">scenario</Badge>}</span>,
                    <span key="v" data-testid="streamed-first">
                      {formatMs(w.firstVisible.streamedMs)}
                    </span>,
                    formatMs(w.lastTokenMs),
                  ],
                  [
                    <span key="n">Not streamed {!streaming && <Badge tone="accent">scenario</Badge>}</span>,
                    <span key="v" data-testid="not-streamed-first">
                      {formatMs(w.firstVisible.notStreamedMs)}
                    </span>,
                    formatMs(w.lastTokenMs),
                  ],
                  ...(latency.cacheHit
                    ? [[<span key="c">Semantic-cache hit</span>, formatMs(latency.cacheHit.ttftMs), formatMs(latency.cacheHit.e2eMs)]]
                    : []),
                ]}
              />
              <p className="text-[13px] leading-snug text-muted">
                Without streaming the user sees nothing until the whole answer has been generated.
              </p>
            </Section>
            {w.crossRegionHops.length > 0 && (
              <Section title="Cross-region hops">
                <ul className="flex flex-col gap-2" data-testid="cross-region-hops">
                  {w.crossRegionHops.map((h, i) => (
                    <li key={i} className="rounded-lg border border-[var(--edge-cross-region)]/50 bg-warn-soft/40 px-3 py-2 text-[14px]">
                      <div className="flex items-baseline justify-between gap-2">
                        <span className="font-semibold text-fg">{h.label}</span>
                        <span className="whitespace-nowrap font-semibold tabular-nums text-[var(--edge-cross-region)]">
                          +{formatMs(h.networkMs)}
                        </span>
                      </div>
                      <p className="mt-0.5 text-[13px] text-muted">{h.networkBasis}</p>
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            {perf && modelId && (
              <Section title="The model">
                <div className="flex flex-wrap items-center gap-2">
                  <NodeChip id={modelId} nodes={nodes} />
                </div>
                <dl className={`grid gap-2 text-[14px] ${perf.worstCaseOutputTokensPerSecond === null ? 'grid-cols-3' : 'grid-cols-2'}`}>
                  <div>
                    <dt className="text-[12px] text-muted">Time to first token</dt>
                    <dd className="font-semibold tabular-nums">{formatMs(perf.ttftMs)}</dd>
                  </div>
                  <div>
                    <dt className="text-[12px] text-muted">
                      Output speed{perf.worstCaseOutputTokensPerSecond === null ? '' : ', typical'}
                    </dt>
                    <dd className="font-semibold tabular-nums" data-testid="model-speed">
                      {perf.outputTokensPerSecond === null ? 'n/a' : `${formatCount(perf.outputTokensPerSecond, 1)} tokens/s`}
                    </dd>
                  </div>
                  {perf.worstCaseOutputTokensPerSecond !== null && (
                    <div>
                      <dt className="text-[12px] text-muted">Output speed, worst case</dt>
                      <dd className="font-semibold tabular-nums" data-testid="model-speed-worst">
                        {`${formatCount(perf.worstCaseOutputTokensPerSecond, 1)} tokens/s`}
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt className="text-[12px] text-muted">Per replica</dt>
                    <dd className="font-semibold tabular-nums">
                      {perf.requestsPerMinutePerReplica === null ? 'n/a' : `${formatCount(perf.requestsPerMinutePerReplica, 0)} RPM`}
                    </dd>
                  </div>
                </dl>
                <p className="text-[13px] leading-snug text-muted">{perf.basis}</p>
              </Section>
            )}
          </>
        )}
      </div>
    </PanelFrame>
  );
}
