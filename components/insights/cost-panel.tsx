'use client';
/**
 * Cost: the monthly total and every line (item, quantity, unit price, hours, monthly), grouped by
 * layer and by region; the levers as what-if switches with the saving of each; PTU vs pay-as-you-go
 * over utilization with the design's point; the price snapshot date. A line with no known price says
 * "unpriced", never $0.
 */
import dynamic from 'next/dynamic';
import { Fragment, useMemo, useState } from 'react';
import { CATALOG_CURRENCY, getSource, PRICE_SNAPSHOT_DATE } from '@/lib/catalog';
import { LAYERS } from '@/lib/catalog/components';
import { leverOptions, projectLevers, type LeverOption } from '@/lib/calc/insights';
import type { CostLine, CostReport, PtuAnalysis } from '@/lib/calc/types';
import { formatPercent, formatUnitUsd, formatUsd, formatUsdPerMonth, formatCount } from '@/lib/format';
import { layerClass } from '@/components/icons/component-icon';
import { useReport } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import { CHART_VARS } from './chart-colors';
import { HowComputed } from './how-computed';
import { useInsightsUi } from './insights-state';
import { Badge, ChartFigure, DataTable, Headline, nodeName, PanelFrame, Section, Segmented, Switch, useNodeIndex } from './ui';

const ChartLoading = () => <div className="h-[220px] w-full animate-pulse rounded-lg bg-sunken" aria-hidden="true" />;
const PtuChart = dynamic(() => import('./ptu-chart'), { ssr: false, loading: ChartLoading });

// ---------------------------------------------------------------- breakdown bars

function Breakdown({ cost }: { cost: CostReport }) {
  const grouping = useInsightsUi((s) => s.costGrouping);
  const setGrouping = useInsightsUi((s) => s.setCostGrouping);
  const rows =
    grouping === 'layer'
      ? cost.byLayer.map((r) => ({ name: r.layer, usd: r.usdPerMonth }))
      : cost.byRegion.map((r) => ({ name: r.region, usd: r.usdPerMonth }));
  const max = Math.max(1, ...rows.map((r) => r.usd));
  const isLayer = (name: string): name is (typeof LAYERS)[number] => (LAYERS as readonly string[]).includes(name);
  const summary =
    rows.length === 0
      ? 'No priced lines.'
      : `Monthly cost by ${grouping}: ${rows.map((r) => `${r.name} ${formatUsdPerMonth(r.usd)}`).join(', ')}.`;
  return (
    <Section
      title="Where the money goes"
      aside={
        <Segmented
          label="Group the cost"
          value={grouping}
          onChange={setGrouping}
          options={[
            { value: 'layer', label: 'By layer' },
            { value: 'region', label: 'By region' },
          ]}
        />
      }
    >
      <ChartFigure
        title={grouping === 'layer' ? 'Monthly cost by layer' : 'Monthly cost by region'}
        summary={summary}
        table={
          <DataTable
            caption={`Monthly cost by ${grouping}`}
            head={[grouping === 'layer' ? 'Layer' : 'Region', 'Monthly']}
            rows={rows.map((r) => [r.name, formatUsdPerMonth(r.usd)])}
          />
        }
      >
        <ul className="flex flex-col gap-1.5" data-testid="cost-breakdown">
          {rows.map((r) => (
            <li key={r.name} className="grid grid-cols-[7.5rem_minmax(0,1fr)_5.5rem] items-center gap-2 text-[14px]">
              <span className="truncate text-fg" title={r.name}>
                {r.name}
              </span>
              <span className="h-4 rounded-sm bg-sunken">
                <span
                  className={`block h-full rounded-sm ${grouping === 'layer' && isLayer(r.name) ? `${layerClass(r.name)} bg-[var(--layer)]` : 'bg-accent'}`}
                  style={{ width: `${Math.max(0.6, (r.usd / max) * 100)}%` }}
                />
              </span>
              <span className="text-right font-semibold tabular-nums text-fg">{formatUsd(r.usd)}</span>
            </li>
          ))}
        </ul>
      </ChartFigure>
    </Section>
  );
}

// ---------------------------------------------------------------- levers

const STATE_BADGE: Record<LeverOption['state'], { text: string; tone: 'good' | 'neutral' | 'warn' | 'accent' } | null> = {
  available: null,
  included: { text: 'in the lines', tone: 'good' },
  unknown: { text: 'no sourced price', tone: 'warn' },
  'not-applicable': { text: 'not applicable', tone: 'neutral' },
};

function LeverRow({ option, on, onToggle }: { option: LeverOption; on: boolean; onToggle: (v: boolean) => void }) {
  const noteId = `lever-note-${option.lever}`;
  const badge = STATE_BADGE[option.state];
  const dim = option.state === 'not-applicable';
  return (
    <li
      className={`flex items-start gap-3 rounded-lg px-2 py-2 ${on && option.state === 'available' ? 'bg-accent-soft' : ''}`}
      data-testid="lever"
      data-lever={option.lever}
    >
      <div className="pt-0.5">
        <Switch
          checked={on}
          onChange={onToggle}
          disabled={option.state !== 'available'}
          label={`What if: ${option.label}`}
          describedBy={noteId}
        />
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          <span className={`text-[14px] font-semibold ${dim ? 'text-muted' : 'text-fg'}`}>{option.label}</span>
          {option.savingUsdPerMonth !== null && option.savingUsdPerMonth > 0 ? (
            <span className="text-[14px] font-semibold tabular-nums text-ok" data-testid="lever-saving">
              −{formatUsdPerMonth(option.savingUsdPerMonth)}
            </span>
          ) : (
            badge && <Badge tone={badge.tone}>{badge.text}</Badge>
          )}
        </div>
        {badge && option.savingUsdPerMonth !== null && option.savingUsdPerMonth > 0 && (
          <div className="mt-0.5">
            <Badge tone={badge.tone}>{badge.text}</Badge>
          </div>
        )}
        <p id={noteId} className="mt-0.5 text-[13px] leading-snug text-muted">
          {option.note}
        </p>
      </div>
    </li>
  );
}

function Levers({ cost }: { cost: CostReport }) {
  const design = useStudio((s) => s.design);
  const on = useInsightsUi((s) => s.leversOn);
  const toggle = useInsightsUi((s) => s.toggleLever);
  const options = useMemo(() => leverOptions(design, cost), [design, cost]);
  const projection = projectLevers(cost, options, on);
  const order: Record<LeverOption['state'], number> = { available: 0, included: 1, unknown: 2, 'not-applicable': 3 };
  const relevant = options.filter((o) => o.state !== 'not-applicable').sort((a, b) => order[a.state] - order[b.state]);
  const rest = options.filter((o) => o.state === 'not-applicable');
  const [showRest, setShowRest] = useState(false);
  return (
    <Section title="Levers: what if…">
      <div className="rounded-lg border border-line bg-sunken px-3 py-2.5" aria-live="polite">
        <div className="flex items-baseline justify-between gap-2">
          <span className="text-[14px] text-muted">
            {projection.counted.length === 0
              ? 'Switch levers on to see the effect'
              : `With ${projection.counted.length} lever${projection.counted.length === 1 ? '' : 's'}`}
          </span>
          <span className="text-[20px] font-semibold tabular-nums text-fg" data-testid="lever-projection">
            {formatUsdPerMonth(projection.totalUsdPerMonth)}
          </span>
        </div>
        {projection.counted.length > 0 && (
          <div className="mt-0.5 text-right text-[13px] font-semibold text-ok" data-testid="lever-projection-saving">
            saves {formatUsdPerMonth(projection.savingUsdPerMonth)} of {formatUsdPerMonth(cost.totalUsdPerMonth)}
          </div>
        )}
        {projection.counted.length > 1 && (
          <p className="mt-1 text-[12px] leading-snug text-muted">
            Each saving is computed on its own; together they overlap, so the combined figure is an upper bound.
          </p>
        )}
      </div>
      <ul className="flex flex-col gap-0.5">
        {relevant.map((o) => (
          <LeverRow
            key={o.lever}
            option={o}
            on={(on.has(o.lever) && o.state === 'available') || o.state === 'included'}
            onToggle={(v) => toggle(o.lever, v, o.excludes)}
          />
        ))}
      </ul>
      {rest.length > 0 && (
        <div>
          <button
            type="button"
            aria-expanded={showRest}
            onClick={() => setShowRest(!showRest)}
            className="rounded-md px-1 text-[13px] font-semibold text-accent hover:underline"
          >
            {showRest ? 'Hide' : 'Show'} {rest.length} lever{rest.length === 1 ? '' : 's'} that do not apply
          </button>
          {showRest && (
            <ul className="mt-1 flex flex-col gap-0.5">
              {rest.map((o) => (
                <LeverRow key={o.lever} option={o} on={false} onToggle={() => undefined} />
              ))}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
}

// ---------------------------------------------------------------- PTU vs PAYG

function PtuBlock({ ptu, name }: { ptu: PtuAnalysis; name: string }) {
  const u = ptu.utilization;
  const be = ptu.breakEvenUtilization;
  const cheaper =
    ptu.ptuUsdPerMonth === null || ptu.paygUsdPerMonthSameTraffic === null
      ? null
      : ptu.ptuUsdPerMonth <= ptu.paygUsdPerMonthSameTraffic
        ? 'PTU'
        : 'pay-as-you-go';
  const summary = [
    `${name} (${ptu.modelId}): PTU ${formatUsdPerMonth(ptu.ptuUsdPerMonth)} against pay-as-you-go ${formatUsdPerMonth(ptu.paygUsdPerMonthSameTraffic)} for the same traffic`,
    u !== null ? ` at ${formatPercent(u)} utilization` : '',
    be === null
      ? '.'
      : be > 1
        ? `; PTU would pay off only above ${formatPercent(be)} utilization, so never at these prices.`
        : `; PTU pays off above ${formatPercent(be)} utilization${ptu.breakEvenRequestsPerMinute !== null ? ` (${formatCount(ptu.breakEvenRequestsPerMinute, 0)} requests a minute)` : ''}.`,
  ].join('');
  return (
    <div className="flex flex-col gap-2.5" data-testid="ptu" data-node={ptu.nodeId}>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1.5 text-[14px]">
        <div>
          <dt className="text-[12px] text-muted">Deployed / needed for peak</dt>
          <dd className="font-semibold tabular-nums">
            {ptu.deployedPtu === 0 ? 'none (PAYG)' : `${ptu.deployedPtu} PTU`} / {ptu.requiredPtu} PTU
          </dd>
        </div>
        <div>
          <dt className="text-[12px] text-muted">Utilization (average traffic)</dt>
          <dd className="font-semibold tabular-nums">{u === null ? 'n/a' : formatPercent(u)}</dd>
        </div>
        <div>
          <dt className="text-[12px] text-muted">
            <span className="mr-1 inline-block h-2.5 w-2.5 rounded-full bg-[var(--c-ptu)]" aria-hidden="true" />
            PTU
          </dt>
          <dd className="font-semibold tabular-nums">{formatUsdPerMonth(ptu.ptuUsdPerMonth)}</dd>
        </div>
        <div>
          <dt className="text-[12px] text-muted">
            <span className="mr-1 inline-block h-2.5 w-2.5 rounded-full bg-[var(--c-payg)]" aria-hidden="true" />
            Pay-as-you-go, same traffic
          </dt>
          <dd className="font-semibold tabular-nums">{formatUsdPerMonth(ptu.paygUsdPerMonthSameTraffic)}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-[12px] text-muted">Break-even</dt>
          <dd className="font-semibold">
            {be === null
              ? 'not known'
              : be > 1
                ? `above ${formatPercent(be)}: PTU never pays off at these prices`
                : `${formatPercent(be)} utilization${ptu.breakEvenRequestsPerMinute !== null ? ` ≈ ${formatCount(ptu.breakEvenRequestsPerMinute, 0)} RPM` : ''}`}
            {cheaper && <span className="ml-1.5 font-normal text-muted">· now cheaper: {cheaper}</span>}
          </dd>
        </div>
      </dl>
      <ChartFigure
        title="Monthly cost over utilization"
        summary={summary}
        table={
          <DataTable
            caption={`PTU and pay-as-you-go monthly cost over utilization for ${name}`}
            head={['Utilization', 'PTU', 'Pay-as-you-go']}
            rows={ptu.curve
              .filter((_, i) => i % 2 === 0)
              .map((p) => [formatPercent(p.utilization), formatUsd(p.ptuUsdPerMonth), formatUsd(p.paygUsdPerMonth)])}
          />
        }
      >
        <PtuChart ptu={ptu} />
      </ChartFigure>
    </div>
  );
}

// ---------------------------------------------------------------- lines

function LineRow({ line }: { line: CostLine }) {
  const [open, setOpen] = useState(false);
  const source = line.source ? getSource(line.source) : undefined;
  const hasDetails = line.note !== undefined || line.source !== null || line.priceId !== null;
  return (
    <>
      <tr className="border-b border-line/60 align-top" data-testid="cost-line" data-line={line.id}>
        <th scope="row" className="py-1.5 pl-1 pr-1.5 text-left font-normal">
          {hasDetails ? (
            <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} className="text-left text-fg hover:text-accent">
              {line.item}
              <svg
                width="10"
                height="10"
                viewBox="0 0 12 12"
                aria-hidden="true"
                className={`ml-1 inline text-muted transition-transform ${open ? 'rotate-180' : ''}`}
              >
                <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </button>
          ) : (
            line.item
          )}
          {line.overridden && (
            <span className="ml-1">
              <Badge tone="accent">your price</Badge>
            </span>
          )}
        </th>
        <td className="px-1 py-1.5 text-right tabular-nums">
          {formatCount(line.quantity)}
          <div className="text-[11px] leading-tight text-muted">{line.unit}</div>
        </td>
        <td className="px-1 py-1.5 text-right tabular-nums">
          {line.unitUsd === null ? <span className="text-muted">—</span> : formatUnitUsd(line.unitUsd)}
          {line.unitUsd !== null && line.hoursPerMonth !== null && <div className="text-[11px] leading-tight text-muted">per hour</div>}
        </td>
        <td className="px-1 py-1.5 text-right tabular-nums">
          {line.hoursPerMonth === null ? <span className="text-muted">—</span> : formatCount(line.hoursPerMonth, 1)}
        </td>
        <td className="py-1.5 pl-1 pr-1 text-right font-semibold tabular-nums">
          {line.usdPerMonth === null ? <Badge tone="warn">unpriced</Badge> : formatUsd(line.usdPerMonth)}
        </td>
      </tr>
      {open && (
        <tr className="border-b border-line/60">
          <td colSpan={5} className="bg-sunken px-2 py-2 text-[13px] leading-snug text-muted">
            {line.note && <p className="text-fg">{line.note}</p>}
            <p className="mt-1">
              {line.priceId && <span className="font-mono text-[12px]">{line.priceId}</span>}
              {source ? ` · ${source.title}` : line.usdPerMonth === null ? ' · no known price: add a price override to include it' : ''}
              {line.asOf && ` · as of ${line.asOf}`}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

function Lines({ cost }: { cost: CostReport }) {
  const groups = useMemo(() => {
    const order = new Map(cost.byLayer.map((l, i) => [l.layer, i]));
    const byLayer = new Map<string, CostLine[]>();
    for (const l of cost.lines) byLayer.set(l.layer, [...(byLayer.get(l.layer) ?? []), l]);
    return [...byLayer.entries()]
      .map(([layer, lines]) => ({ layer, lines, usd: cost.byLayer.find((b) => b.layer === layer)?.usdPerMonth ?? null }))
      .sort((a, b) => (order.get(a.layer) ?? 99) - (order.get(b.layer) ?? 99));
  }, [cost]);
  return (
    <Section title="Every line" aside={`${cost.lines.length} lines${cost.unpricedCount > 0 ? ` · ${cost.unpricedCount} unpriced` : ''}`}>
      <table className="w-full border-collapse text-[13px]" data-testid="cost-lines">
        <caption className="sr-only">Monthly cost, line by line, grouped by layer</caption>
        <thead>
          <tr className="border-b border-line text-[12px] text-muted">
            <th scope="col" className="py-1 pl-1 text-left font-semibold">
              Item
            </th>
            <th scope="col" className="px-1 py-1 text-right font-semibold">
              Qty
            </th>
            <th scope="col" className="px-1 py-1 text-right font-semibold">
              Unit price
            </th>
            <th scope="col" className="px-1 py-1 text-right font-semibold">
              Hours
            </th>
            <th scope="col" className="py-1 pr-1 text-right font-semibold">
              Monthly
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.layer}>
              <tr className="border-b border-line bg-sunken">
                <th
                  scope="rowgroup"
                  colSpan={4}
                  className="py-1 pl-1 text-left text-[12px] font-semibold uppercase tracking-wide text-muted"
                >
                  {g.layer}
                </th>
                <td className="py-1 pr-1 text-right text-[13px] font-semibold tabular-nums text-fg">
                  {g.usd === null ? '' : formatUsd(g.usd)}
                </td>
              </tr>
              {g.lines.map((l) => (
                <LineRow key={l.id} line={l} />
              ))}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4} className="pt-2 pl-1 text-left text-[14px] font-semibold">
              Monthly total{cost.unpricedCount > 0 ? ` (${cost.unpricedCount} unpriced not counted)` : ''}
            </th>
            <td className="pt-2 pr-1 text-right text-[14px] font-semibold tabular-nums">{formatUsd(cost.totalUsdPerMonth)}</td>
          </tr>
        </tfoot>
      </table>
    </Section>
  );
}

// ---------------------------------------------------------------- panel

export default function CostPanel() {
  const report = useReport();
  const nodes = useNodeIndex();
  if (!report) return <PanelFrame title="Cost">{null}</PanelFrame>;
  const { cost } = report;
  return (
    <PanelFrame
      title="Cost"
      lead={`Monthly, in ${CATALOG_CURRENCY}, from list prices and your overrides; a part with no known price is listed as unpriced, never $0.`}
    >
      <div className={CHART_VARS}>
        <div className="border-b border-line px-4 py-3.5">
          <Headline
            label="Monthly cost"
            value={formatUsdPerMonth(cost.totalUsdPerMonth)}
            testId="cost-total"
            note={
              <>
                {cost.unpricedCount > 0 && <span className="font-semibold text-warn">+ {cost.unpricedCount} unpriced · </span>}
                <span data-testid="price-basis">
                  {CATALOG_CURRENCY} · prices as of <span data-testid="price-snapshot-date">{PRICE_SNAPSHOT_DATE}</span>
                </span>{' '}
                (price snapshot; oldest price used: <span data-testid="prices-as-of">{cost.pricesAsOf ?? 'n/a'}</span>)
              </>
            }
          />
          <div className="mt-2">
            <HowComputed explanation={cost.explanation} subject="the monthly cost" />
          </div>
        </div>
        <Breakdown cost={cost} />
        <Levers cost={cost} />
        {cost.ptu.length > 0 && (
          <Section title="PTU vs pay-as-you-go">
            {cost.ptu.map((p) => (
              <div key={p.nodeId} className="flex flex-col gap-2 border-b border-line/60 pb-4 last:border-b-0 last:pb-0">
                <h4 className="text-[15px] font-semibold text-fg">{nodeName(nodes, p.nodeId)}</h4>
                <PtuBlock ptu={p} name={nodeName(nodes, p.nodeId)} />
              </div>
            ))}
          </Section>
        )}
        <Lines cost={cost} />
        {cost.alternatives.length > 0 && (
          <Section title="Hosting the same traffic elsewhere">
            <ul className="flex flex-col gap-2">
              {cost.alternatives.map((a) => (
                <li key={a.option} className="rounded-lg border border-line px-3 py-2">
                  <div className="flex items-baseline justify-between gap-3">
                    <span className="text-[14px] font-semibold text-fg">{a.option}</span>
                    <span className="whitespace-nowrap text-[14px] font-semibold tabular-nums">{formatUsdPerMonth(a.usdPerMonth)}</span>
                  </div>
                  <p className="mt-0.5 text-[13px] leading-snug text-muted">{a.note}</p>
                </li>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </PanelFrame>
  );
}
