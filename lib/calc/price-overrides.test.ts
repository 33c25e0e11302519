/**
 * One price path: a design's price overrides (a customer's negotiated rates) reach every dollar figure of
 * the report, not only the cost lines. Catalog prices used (eastus, Linux pay-as-you-go, facts §3.2):
 * Standard_NC24ads_A100_v4 $3.673/h, Standard_NC96ads_A100_v4 $14.692/h, Standard_ND96amsr_A100_v4 $32.77/h.
 * A month is 730 hours (units.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { evaluate } from './evaluate';
import { priceResolver, CATALOG_PRICES } from './prices';
import { cheapestFittingSku } from './sizing';
import type { Finding } from './types';

/**
 * Llama 3.1 70B in BF16 on one NC24ads_A100_v4 (1 × A100 80 GB) does not fit (141 GB of weights), and a
 * default LoRA training job of Llama 3.1 8B on ND96amsr_A100_v4, both in eastus.
 */
function design(priceOverrides: { priceId: string; usd: number }[] = []): Design {
  const r = parseDesign({
    schemaVersion: 1,
    name: 'overrides',
    nodes: [
      { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region: 'eastus' } },
      {
        id: 'n',
        kind: 'gpu-vm',
        parentId: 'r',
        position: { x: 0, y: 0 },
        config: { model: 'llama-3.1-70b', sku: 'Standard_NC24ads_A100_v4' },
      },
      { id: 't', kind: 'training-job', parentId: 'r', position: { x: 0, y: 0 }, config: {} },
    ],
    priceOverrides,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

const moveTo = (f: Finding | undefined, sku: string) =>
  f?.fixes.find((x) => x.patch?.config.sku === sku && x.patch.config.precision === undefined);
const doesNotFit = (d: Design) => evaluate(d).findings.find((f) => f.ruleId === 'vram.does-not-fit');
const selfHosted = (d: Design) => evaluate(d).cost.alternatives.find((a) => a.option.startsWith('Self-hosted (llama-3.1-70b'));

describe('price overrides reach every dollar figure', () => {
  it("the VRAM fix's cost delta reads the overridden VM price", () => {
    // Catalog: (14.692 − 3.673) × 730 = 8,043.87 a month more for NC96ads_A100_v4 (TP 4).
    expect(moveTo(doesNotFit(design()), 'Standard_NC96ads_A100_v4')?.deltaUsdPerMonth).toBe(8043.87);
    // Negotiated $5/h for NC96ads_A100_v4 (no region: every region): (5 − 3.673) × 730 = 968.71.
    const cheap = design([{ priceId: 'vm:Standard_NC96ads_A100_v4', usd: 5 }]);
    const fixes = doesNotFit(cheap)?.fixes ?? [];
    expect(moveTo(doesNotFit(cheap), 'Standard_NC96ads_A100_v4')?.deltaUsdPerMonth).toBe(968.71);
    // ... which makes it the cheapest fix, listed first.
    expect(fixes[0]?.patch?.config.sku).toBe('Standard_NC96ads_A100_v4');
    // An override of the current size moves every delta: NC24ads at $2/h → (14.692 − 2) × 730 = 9,265.16.
    const current = design([{ priceId: 'vm:Standard_NC24ads_A100_v4:eastus', usd: 2 }]);
    expect(moveTo(doesNotFit(current), 'Standard_NC96ads_A100_v4')?.deltaUsdPerMonth).toBe(9265.16);
    // The memo of fixes is keyed on the overrides: the plain design still reads the catalog afterwards.
    expect(moveTo(doesNotFit(design()), 'Standard_NC96ads_A100_v4')?.deltaUsdPerMonth).toBe(8043.87);
  });

  it('the training cost per run reads the overridden VM price', () => {
    const base = evaluate(design()).training[0];
    const gpuHours = base?.gpuHoursPerRun ?? NaN;
    // GPU-hours ÷ 8 GPUs per VM × $/VM-hour.
    expect(base?.usdPerRun).toBeCloseTo((gpuHours / 8) * 32.77, 6);
    const negotiated = evaluate(design([{ priceId: 'vm:Standard_ND96amsr_A100_v4:eastus', usd: 10 }])).training[0];
    expect(negotiated?.gpuHoursPerRun).toBe(gpuHours);
    expect(negotiated?.usdPerRun).toBeCloseTo((gpuHours / 8) * 10, 6);
  });

  it('the cheapest fitting SKU is chosen at the overridden prices', () => {
    const scenario = design().scenario;
    // Catalog: NC96ads_A100_v4 (4 × A100, TP 4) at $14.692/h is the cheapest single VM for 70B BF16.
    expect(cheapestFittingSku('llama-3.1-70b', 'bf16', scenario, 'eastus', CATALOG_PRICES)).toEqual({
      skuId: 'Standard_NC96ads_A100_v4',
      tensorParallel: 4,
      usdPerHour: 14.692,
    });
    // At a negotiated $10/h, ND96amsr_A100_v4 (8 × A100 80 GB) becomes the cheapest that fits (TP 4).
    const prices = priceResolver(design([{ priceId: 'vm:Standard_ND96amsr_A100_v4', usd: 10 }]));
    expect(cheapestFittingSku('llama-3.1-70b', 'bf16', scenario, 'eastus', prices)).toEqual({
      skuId: 'Standard_ND96amsr_A100_v4',
      tensorParallel: 4,
      usdPerHour: 10,
    });
  });

  it('the self-hosted hosting alternative is chosen and priced at the overridden prices', () => {
    const base = selfHosted(design());
    expect(base?.option).toBe('Self-hosted (llama-3.1-70b, bf16) on 2 × Standard_NC96ads_A100_v4');
    expect(base?.usdPerMonth).toBe(21450.32); // 2 × 14.692 × 730
    const negotiated = selfHosted(design([{ priceId: 'vm:Standard_ND96amsr_A100_v4', usd: 10 }]));
    expect(negotiated?.option).toBe('Self-hosted (llama-3.1-70b, bf16) on 2 × Standard_ND96amsr_A100_v4');
    expect(negotiated?.usdPerMonth).toBe(14600); // 2 × 10 × 730
  });

  it('the cost lines and the spot fix read the same prices', () => {
    const d = design([{ priceId: 'vm:Standard_NC24ads_A100_v4', usd: 2 }]);
    const report = evaluate(d);
    expect(report.cost.lines.find((l) => l.id === 'n:vm')?.usdPerMonth).toBe(1460); // 1 × 2 × 730
    const spot = parseDesign({
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'n' ? { ...n, config: { ...n.config, pricing: 'spot' } } : n)),
    });
    if (!spot.ok) throw new Error('invalid');
    const fix = evaluate(spot.design).findings.find((f) => f.ruleId === 'cost.spot-for-serving')?.fixes[0];
    const spotLine = evaluate(spot.design).cost.lines.find((l) => l.id === 'n:vm');
    // Back to pay-as-you-go at the negotiated $2/h: (2 − spot $/h) × 730.
    expect(fix?.deltaUsdPerMonth).toBeCloseTo((2 - (spotLine?.unitUsd ?? NaN)) * 730, 2);
  });
});

describe('a price override that matches nothing is a finding, not silently ignored', () => {
  it('names an id neither the catalog nor the design uses (a typo of the VM size)', () => {
    const findings = evaluate(design([{ priceId: 'vm:Standard_NC24ads_A100_v5:eastus', usd: 2 }])).findings;
    const f = findings.filter((x) => x.ruleId === 'cost.unknown-price-override');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('"vm:Standard_NC24ads_A100_v5:eastus"');
  });

  it('is quiet for an id the design uses, with or without the region', () => {
    for (const priceId of ['vm:Standard_NC24ads_A100_v4:eastus', 'vm:Standard_NC24ads_A100_v4'])
      expect(evaluate(design([{ priceId, usd: 2 }])).findings.map((x) => x.ruleId)).not.toContain('cost.unknown-price-override');
  });
});

describe('reserved pricing without a known reserved price is said, not silently pay-as-you-go', () => {
  const reserved = (pricing: string, priceOverrides: { priceId: string; usd: number }[] = []): Design => {
    const d = design(priceOverrides);
    return { ...d, nodes: d.nodes.map((n) => (n.kind === 'gpu-vm' ? { ...n, config: { ...n.config, pricing } } : n)) as Design['nodes'] };
  };
  it('1-year reserved with no reserved price: a warning and a key figure on the node', () => {
    const r = evaluate(reserved('reserved-1y'));
    const f = r.findings.find((x) => x.ruleId === 'cost.reservation-unpriced');
    expect(f?.nodeIds).toEqual(['n']);
    expect(f?.message).toContain('vm-reserved-1y:Standard_NC24ads_A100_v4:eastus');
    expect(r.nodes['n']?.keyFigures.find((x) => x.label === 'Pricing')?.value).toMatch(/no price known/);
  });
  it('with a reserved price override the price changes and nothing is said', () => {
    const r = evaluate(reserved('reserved-3y', [{ priceId: 'vm-reserved-3y:Standard_NC24ads_A100_v4:eastus', usd: 1.5 }]));
    expect(r.findings.map((x) => x.ruleId)).not.toContain('cost.reservation-unpriced');
    expect(r.cost.lines.find((l) => l.nodeId === 'n')?.usdPerMonth).toBeCloseTo(1.5 * 730, 2);
  });
});
