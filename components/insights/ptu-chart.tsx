'use client';
/**
 * PTU vs pay-as-you-go over utilization (recharts; loaded on first use): the PTU line is flat (paid per
 * PTU-hour whatever the traffic), the PAYG line rises with traffic; the design's utilization is marked.
 */
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PtuAnalysis } from '@/lib/calc/types';
import { formatPercent, formatUsd, formatUsdPerMonth } from '@/lib/format';

const axis = { fontSize: 12, fill: 'var(--muted)' };

export default function PtuChart({ ptu }: { ptu: PtuAnalysis }) {
  const u = ptu.utilization;
  const last = ptu.curve[ptu.curve.length - 1]?.utilization ?? 1;
  const maxX = Math.max(last, u ?? 0);
  const be = ptu.breakEvenUtilization;
  return (
    <div className="h-[220px] w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={ptu.curve} margin={{ top: 22, right: 14, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="var(--line)" strokeDasharray="3 4" vertical={false} />
          <XAxis
            type="number"
            dataKey="utilization"
            domain={[0, maxX]}
            tickFormatter={(v: number) => formatPercent(v)}
            tick={axis}
            stroke="var(--line-strong)"
            tickCount={6}
          />
          <YAxis tickFormatter={(v: number) => (v === 0 ? '$0' : formatUsd(v))} tick={axis} stroke="var(--line-strong)" width={64} />
          <Tooltip
            formatter={(v, name) => [formatUsdPerMonth(Number(v)), name === 'ptuUsdPerMonth' ? 'PTU' : 'Pay-as-you-go']}
            labelFormatter={(v) => `Utilization ${formatPercent(Number(v))}`}
            contentStyle={{
              background: 'var(--raised)',
              border: '1px solid var(--line)',
              borderRadius: 8,
              color: 'var(--fg)',
              fontSize: 13,
            }}
          />
          <Line
            type="linear"
            dataKey="ptuUsdPerMonth"
            name="ptuUsdPerMonth"
            stroke="var(--c-ptu)"
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="paygUsdPerMonth"
            name="paygUsdPerMonth"
            stroke="var(--c-payg)"
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          {be !== null && be <= maxX && (
            <ReferenceLine
              x={be}
              stroke="var(--ok)"
              strokeDasharray="5 4"
              label={{ value: 'break-even', position: 'top', fill: 'var(--ok)', fontSize: 12 }}
            />
          )}
          {u !== null && (
            <>
              <ReferenceLine
                x={u}
                stroke="var(--fg)"
                strokeWidth={1.5}
                label={{ value: `this design ${formatPercent(u)}`, position: 'top', fill: 'var(--fg)', fontSize: 12, fontWeight: 600 }}
              />
              {ptu.ptuUsdPerMonth !== null && (
                <ReferenceDot x={u} y={ptu.ptuUsdPerMonth} r={5} fill="var(--c-ptu)" stroke="var(--surface)" strokeWidth={2} />
              )}
              {ptu.paygUsdPerMonthSameTraffic !== null && (
                <ReferenceDot x={u} y={ptu.paygUsdPerMonthSameTraffic} r={5} fill="var(--c-payg)" stroke="var(--surface)" strokeWidth={2} />
              )}
            </>
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
