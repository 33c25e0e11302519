'use client';
/**
 * Concurrent sequences that fit against context length (recharts; loaded on first use). The bar at the
 * scenario's context is highlighted and the scenario's concurrency is drawn as a line.
 */
import { formatCount } from '@/lib/format';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { tokensShort } from './ui';

const axis = { fontSize: 12, fill: 'var(--muted)' };

export default function SequencesChart({
  data,
  contextTokens,
  needed,
}: {
  data: { contextTokens: number; sequences: number }[];
  contextTokens: number;
  needed: number;
}) {
  // A log scale: each doubling of context halves what fits, so the bars fall in even steps and the small
  // counts stay readable. A bar of 0 is drawn at the floor, its label still says 0.
  const plotted = data.map((d) => ({ ...d, height: Math.max(d.sequences, 0.7) }));
  const top = Math.max(needed, ...data.map((d) => d.sequences), 1);
  const ticks: number[] = [];
  for (let t = 1; t <= top * 10 && ticks.length < 7; t *= 10) ticks.push(t);
  return (
    <div className="h-[200px] w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={plotted} margin={{ top: 20, right: 86, bottom: 2, left: 0 }}>
          <CartesianGrid stroke="var(--line)" strokeDasharray="3 4" vertical={false} />
          <XAxis
            dataKey="contextTokens"
            tickFormatter={(v: number) => tokensShort(v)}
            tick={axis}
            stroke="var(--line-strong)"
            interval={0}
          />
          <YAxis
            scale="log"
            domain={[0.7, ticks[ticks.length - 1] ?? 10]}
            ticks={ticks}
            allowDataOverflow
            tick={axis}
            stroke="var(--line-strong)"
            width={44}
            tickFormatter={(v: number) => formatCount(v, 0)}
          />
          <Tooltip
            cursor={{ fill: 'var(--sunken)' }}
            formatter={(_v, _n, item) => [`${formatCount(Number((item.payload as { sequences: number }).sequences), 0)} sequences`, 'Fit']}
            labelFormatter={(v) => `Context ${formatCount(Number(v), 0)} tokens`}
            contentStyle={{
              background: 'var(--raised)',
              border: '1px solid var(--line)',
              borderRadius: 8,
              color: 'var(--fg)',
              fontSize: 13,
            }}
          />
          <ReferenceLine
            y={needed}
            stroke="var(--warn)"
            strokeDasharray="5 4"
            label={{ value: `needed ${formatCount(needed, 0)}`, position: 'right', fill: 'var(--warn)', fontSize: 12, fontWeight: 600 }}
          />
          <Bar dataKey="height" radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.contextTokens} fill={d.contextTokens === contextTokens ? 'var(--c-weights)' : 'var(--c-bar)'} />
            ))}
            <LabelList dataKey="sequences" position="top" style={{ fontSize: 12, fill: 'var(--fg)', fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
