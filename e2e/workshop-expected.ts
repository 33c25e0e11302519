/**
 * What the workshop spec expects, computed by lib (run with tsx: lib's catalog reads JSON modules, which the
 * test runner's loader does not): every template's finding counts, the PTU and H100 switches on the
 * multi-region template with their comparison, and the reference design's request path. Prints JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReports } from '../lib/calc/compare';
import { evaluate } from '../lib/calc/evaluate';
import { parseDesign } from '../lib/design/parse';
import type { Design } from '../lib/design/schema';
import { TEMPLATES } from '../lib/design/templates';
import { formatMs, formatPercentagePoints, formatSigned, formatUsdPerMonth } from '../lib/format';
import { applyTradeoff, isTradeoffError } from '../lib/workshop/tradeoffs';

const load = (slug: string): Design => {
  const r = parseDesign(readFileSync(join(process.cwd(), 'public', 'examples', `${slug}.json`), 'utf8'));
  if (!r.ok) throw new Error(`template ${slug} does not parse`);
  return r.design;
};

const templates = TEMPLATES.map((t) => {
  const design = load(t.slug);
  const report = evaluate(design);
  return {
    slug: t.slug,
    title: t.title,
    name: design.name,
    nodeCount: design.nodes.length,
    errors: report.counts.error,
    warnings: report.counts.warning,
    errorRules: [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))],
    intentionalErrors: [...t.intentionalErrors],
  };
});

const base = load('multi-region-ptu-fallback');
const ptu = applyTradeoff(base, 'aoai-west', 'to-ptu');
if (isTradeoffError(ptu)) throw new Error(ptu.error);
const h100 = applyTradeoff(ptu.design, 'pool', 'gpu-family', 'h100');
if (isTradeoffError(h100)) throw new Error(h100.error);
const cmp = compareReports(evaluate(base), evaluate(h100.design));
const h = cmp.headline;
const signed = (d: number | null, f: (n: number) => string): string | null => (d === null ? null : formatSigned(d, f));

const hops = evaluate(load('enterprise-reference')).latency.hops.map((x) => ({
  label: x.label,
  fromNodeId: x.fromNodeId,
  toNodeId: x.toNodeId,
}));

console.log(
  JSON.stringify({
    templates,
    variant: {
      baseName: base.name,
      ptuSummary: ptu.summary,
      h100Summary: h100.summary,
      costBefore: formatUsdPerMonth(evaluate(base).cost.totalUsdPerMonth),
      costAfterPtu: formatUsdPerMonth(evaluate(ptu.design).cost.totalUsdPerMonth),
      deltas: {
        'Monthly cost': signed(h.monthlyCostUsd.delta, formatUsdPerMonth),
        'Time to first token': signed(h.ttftMs.delta, formatMs),
        'End to end': signed(h.e2eMs.delta, formatMs),
        'Composite SLA': signed(h.compositeSla.delta, formatPercentagePoints),
      },
      costLines: cmp.costLines.length,
      onlyInA: cmp.onlyInA.length,
      onlyInB: cmp.onlyInB.length,
    },
    hops,
  }),
);
