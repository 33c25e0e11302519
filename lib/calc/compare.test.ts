import { describe, expect, it } from 'vitest';
import { templateDesign } from '../../scripts/template-files';
import { addSecondRegion, swapGpuFamily, switchToPtu } from '../workshop/tradeoffs';
import type { Design } from '../design/schema';
import { compareReports, figureDelta, findingKey, vramHeadroomGB } from './compare';
import { evaluate } from './evaluate';

const variant = (r: { design: Design } | { error: string }): Design => {
  if ('error' in r) throw new Error(r.error);
  return r.design;
};

describe('figureDelta', () => {
  it('reads B − A and judges it by the figure’s direction', () => {
    expect(figureDelta(100, 80, 'lower')).toEqual({ a: 100, b: 80, delta: -20, change: 'better' });
    expect(figureDelta(0.999, 0.9995, 'higher').change).toBe('better');
    expect(figureDelta(0.999, 0.99, 'higher').change).toBe('worse');
    expect(figureDelta(5, 5, 'lower')).toEqual({ a: 5, b: 5, delta: 0, change: 'same' });
    expect(figureDelta(null, 5, 'lower')).toEqual({ a: null, b: 5, delta: null, change: 'unknown' });
    expect(figureDelta(null, null, 'lower').change).toBe('same');
  });
});

describe('compareReports: Azure OpenAI one region, PAYG → PTU', () => {
  const payg = templateDesign('aoai-single-region-payg');
  const ptu = variant(switchToPtu(payg, 'aoai'));
  const c = compareReports(evaluate(payg), evaluate(ptu));

  it('prices the PTU line and drops the token lines', () => {
    // 20 RPM × 60 × 12 h × 30.4167 days = 438,000 requests a month (scenario of the template).
    // Tokens (gpt-4o Standard, $2.50 / $10 per 1M, facts §5.2): 438,000 × 1,000 × 2.5e-6 = $1,095 in; × 300 × 1e-5 = $1,314 out.
    // PTU: 50 Regional PTU × $2/h × 730 h = $73,000 (facts §5.2).
    expect(c.costLines.map((l) => [l.kind, l.id, l.deltaUsdPerMonth === null ? null : Math.round(l.deltaUsdPerMonth * 100) / 100])).toEqual(
      [
        ['added', 'aoai:ptu', 73_000],
        ['removed', 'aoai:output', -1_314],
        ['removed', 'aoai:input', -1_095],
      ],
    );
    expect(c.headline.monthlyCostUsd.delta).toBeCloseTo(73_000 - 1_095 - 1_314, 2);
    expect(c.headline.monthlyCostUsd.change).toBe('worse');
    expect(c.headline.monthlyCostUsd.a).toBeCloseTo(3_225.57, 2);
  });

  it('keeps latency and SLA (PTU changes the bill, not this design’s latency chain), and names the new findings', () => {
    expect(c.headline.ttftMs).toEqual({ a: 647, b: 647, delta: 0, change: 'same' });
    expect(c.headline.compositeSla.change).toBe('same');
    expect(c.headline.vramHeadroomGB).toEqual({ a: null, b: null, delta: null, change: 'same' });
    expect(c.onlyInA).toEqual([]);
    // A PTU deployment with no PAYG overflow (seed 9.9), and 50 PTU for 20 RPM on average is underused (seed 9.10).
    expect(c.onlyInB.map(findingKey).sort()).toEqual(['cost.ptu-underused@aoai', 'ha.ptu-without-overflow@aoai']);
    // gpt-4o at its typical 115 tokens/s (aa-azure-gpt-4o-2024-05-13) no longer raises latency.slow-generation and
    // latency.e2e-over-target (both fired at the 25 tokens/s PTU floor), in either variant: 2 and 3 warnings, not 4 and 5.
    expect(c.headline.warnings).toEqual({ a: 2, b: 3, delta: 1, change: 'worse' });
    expect(c.haPattern).toEqual({
      a: 'single-region-payg',
      b: 'single-region-ptu',
      aLabel: 'Single region, PAYG',
      bLabel: 'Single region, PTU',
      changed: true,
    });
  });
});

describe('compareReports: Llama 3.1 70B on AKS, A100 → H100', () => {
  const a100 = templateDesign('self-hosted-llama-70b-aks');
  const h100 = variant(swapGpuFamily(a100, 'pool', 'h100'));
  const ra = evaluate(a100);
  const rb = evaluate(h100);
  const c = compareReports(ra, rb);

  it('matches the node lines by meter and prices the change', () => {
    // NC96ads_A100_v4 $14.692/h, ND96isr_H100_v5 $98.32/h in East US (SkyPilot snapshot of the Azure Retail Prices API).
    // Always on: 1 × 14.692 × 730 = $10,725.16 → 1 × 98.32 × 730 = $71,773.60.
    // Scaled out during 12 active h × 30.4167 days = 365 h: 2 × 14.692 × 365 = $10,725.16 → 1 × 98.32 × 365 = $35,886.80.
    expect(
      c.costLines.map((l) =>
        [l.kind, l.id, l.a?.usdPerMonth, l.b?.usdPerMonth].map((x) => (typeof x === 'number' ? Math.round(x * 100) / 100 : x)),
      ),
    ).toEqual([
      ['changed', 'pool:nodes-always-on', 10_725.16, 71_773.6],
      ['changed', 'pool:nodes-autoscaled', 10_725.16, 35_886.8],
    ]);
    expect(c.headline.monthlyCostUsd.delta).toBeCloseTo(71_773.6 + 35_886.8 - 2 * 10_725.16, 2);
  });

  it('shows the faster model and the unchanged memory headroom', () => {
    expect(c.headline.ttftMs).toEqual({ a: 468, b: 178, delta: -290, change: 'better' });
    expect(c.headline.e2eMs.change).toBe('better');
    // vLLM's startup accounting (lib/calc/engine): A100 79.25 GiB driver total × 0.9 = 76.585 GB budget, 59.565 GB
    // needed at TP 4 → 17.020 GB headroom. H100 79.11 GiB × 0.9 = 76.449 GB, and vLLM's larger defaults on an 80 GB
    // non-A100 GPU (8,192 batched tokens, 1,024 sampled sequences) raise the activation peak: 61.133 GB → 15.316 GB.
    expect(vramHeadroomGB(ra)).toBeCloseTo(17.02, 3);
    expect(c.headline.vramHeadroomGB).toMatchObject({ a: expect.closeTo(17.02, 3), b: expect.closeTo(15.316, 3), change: 'worse' });
    expect(c.headline.errors).toEqual({ a: 0, b: 0, delta: 0, change: 'same' });
    expect(c.onlyInA).toEqual([]);
    // H100 holds the same 2 replicas that 2 × NC96ads_A100_v4 would, at about three times the price.
    expect(c.onlyInB.map((f) => f.ruleId)).toEqual(['vram.over-provisioned']);
  });

  it('is empty for a report compared with itself', () => {
    const self = compareReports(ra, ra);
    expect(self.costLines).toEqual([]);
    expect(self.onlyInA).toEqual([]);
    expect(Object.values(self.headline).every((f) => f.change === 'same')).toBe(true);
  });
});

describe('compareReports: a design that does not fit against its fix', () => {
  it('lists the VRAM error as fixed by B and the headroom turning positive', () => {
    const broken = templateDesign('llama-70b-one-a100-does-not-fit');
    const ra = evaluate(broken);
    const fix = ra.findings.find((f) => f.ruleId === 'vram.does-not-fit')?.fixes.find((f) => f.patch);
    if (!fix?.patch) throw new Error('no fix');
    const patch = fix.patch;
    const fixed: Design = {
      ...broken,
      nodes: broken.nodes.map((n) => (n.id === patch.nodeId ? ({ ...n, config: { ...n.config, ...patch.config } } as typeof n) : n)),
    };
    const c = compareReports(ra, evaluate(fixed));
    expect(c.onlyInA.map(findingKey)).toContain('vram.does-not-fit@vm');
    expect(c.headline.errors).toMatchObject({ a: 1, b: 0, change: 'better' });
    // 76.585 GB budget (79.25 GiB driver total × 0.9) − 163.407 GB needed (70B BF16 on one A100 80GB, vLLM's accounting).
    expect(c.headline.vramHeadroomGB.a).toBeCloseTo(76.585 - 163.407, 2);
    expect(c.headline.vramHeadroomGB.b ?? -1).toBeGreaterThan(0);
  });
});

describe('compareReports: one region against two', () => {
  it('shows the second region raising the composite SLA and changing the availability pattern', () => {
    const one = templateDesign('aoai-single-region-payg');
    const two = variant(addSecondRegion(one, 'eastus'));
    const ra = evaluate(one);
    const rb = evaluate(two);
    const c = compareReports(ra, rb);
    expect(c.haPattern).toMatchObject({ a: 'single-region-payg', b: 'multi-region-load-balanced', changed: true });
    expect(c.headline.compositeSla).toEqual({
      a: ra.ha.compositeSla,
      b: rb.ha.compositeSla,
      delta: (rb.ha.compositeSla ?? 0) - (ra.ha.compositeSla ?? 0),
      change: 'better',
    });
    expect(c.headline.downtimeMinutesPerMonth.change).toBe('better');
    // The standby in West US serves no traffic share: its PAYG token lines are added at $0 (billed per token).
    expect(c.costLines.map((l) => [l.kind, l.id, l.deltaUsdPerMonth])).toEqual([
      ['added', 'aoai-westus:input', 0],
      ['added', 'aoai-westus:output', 0],
    ]);
    expect(c.headline.monthlyCostUsd.change).toBe('same');
    expect(c.onlyInA.map(findingKey)).toContain('ha.single-region@aoai');
  });
});
