import { describe, expect, it } from 'vitest';
import { evaluate } from '../calc/evaluate';
import { peakRequestsPerMinuteReaching, ptuUnitsAtPeak } from '../calc/deployment-type';
import type { Report } from '../calc/types';
import { templateDesign } from '../../scripts/template-files';
import { parseDesign } from '../design/parse';
import { TEMPLATES } from '../design/templates';
import type { Design, DesignNode } from '../design/schema';
import {
  addSecondRegion,
  applyTradeoff,
  availableTradeoffs,
  changePrecision,
  gpuFamilies,
  gpuFamilyOfNode,
  removeSecondRegion,
  secondRegionOptions,
  swapGpuFamily,
  switchToPayg,
  switchToPtu,
  togglePtuPayg,
  type TradeoffResult,
} from './tradeoffs';

/** The switched design; fails the test with the switch's message when it refused. */
function ok(r: TradeoffResult): Design {
  if ('error' in r) throw new Error(r.error);
  // Whatever a switch returns must read back as a design (the store saves it).
  const parsed = parseDesign(JSON.parse(JSON.stringify(r.design)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  expect(r.summary.length).toBeGreaterThan(20);
  return r.design;
}

const node = (d: Design, id: string): DesignNode => {
  const n = d.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const errors = (r: Report) => r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
const ptuLine = (r: Report, nodeId: string) => r.cost.lines.find((l) => l.nodeId === nodeId && l.unit === 'PTU');

describe('PAYG ↔ PTU', () => {
  it('sizes PTU to the peak that reaches the node: gpt-4o Regional, 60 RPM × (1,000 + 300 × 3) ÷ 2,500 = 45.6 → 50 (regional minimum, facts §5.1)', () => {
    const payg = templateDesign('aoai-single-region-payg');
    const aoai = node(payg, 'aoai');
    if (aoai.kind !== 'azure-openai') throw new Error('kind');
    expect(peakRequestsPerMinuteReaching(payg, aoai)).toBe(60);
    expect(ptuUnitsAtPeak(payg, aoai, 'provisioned')).toBe(50);

    const ptu = ok(switchToPtu(payg, 'aoai'));
    expect(node(ptu, 'aoai').config).toMatchObject({ deploymentType: 'provisioned', ptuUnits: 50 });
    const report = evaluate(ptu);
    expect(errors(report)).toEqual([]);
    // Regional PTU list price $2/h (facts §5.2): 50 × 2 × 730 = $73,000 a month, priced and > 0.
    expect(ptuLine(report, 'aoai')?.usdPerMonth).toBeCloseTo(73_000, 2);
    expect(report.cost.ptu.find((p) => p.nodeId === 'aoai')?.requiredPtu).toBe(50);
  });

  it('counts the semantic cache: gpt-4.1 Data Zone, 90 RPM × 0.7 = 63 RPM × (3,000 + 400 × 4) ÷ 3,000 = 96.6 → 100 PTU', () => {
    const rag = templateDesign('rag-search-semantic-cache');
    const ptu = ok(switchToPtu(rag, 'aoai'));
    expect(node(ptu, 'aoai').config).toMatchObject({ deploymentType: 'data-zone-provisioned', ptuUnits: 100 });
    const report = evaluate(ptu);
    expect(errors(report)).toEqual([]);
    // Data Zone PTU $1.10/h (facts §5.2): 100 × 1.1 × 730 = $80,300.
    expect(ptuLine(report, 'aoai')?.usdPerMonth).toBeCloseTo(80_300, 2);
  });

  it('never sizes to 0 PTU: a standby with no traffic gets the family minimum (15 Global PTU for gpt-4o)', () => {
    const mr = templateDesign('multi-region-ptu-fallback');
    const standby = {
      ...mr,
      nodes: mr.nodes.map((n) =>
        n.id === 'aoai-west' && n.kind === 'azure-openai' ? { ...n, config: { ...n.config, trafficShare: 0 } } : n,
      ),
    };
    const ptu = ok(switchToPtu(standby, 'aoai-west'));
    expect(node(ptu, 'aoai-west').config).toMatchObject({ deploymentType: 'global-provisioned', ptuUnits: 15 });
  });

  it('goes back to the standard type of the same family, and round-trips the single-region design', () => {
    const ent = templateDesign('enterprise-reference');
    const payg = ok(switchToPayg(ent, 'aoai-east'));
    expect(node(payg, 'aoai-east').config).toMatchObject({ deploymentType: 'global-standard', ptuUnits: 0 });
    expect(errors(evaluate(payg))).toEqual([]);
    expect(ptuLine(evaluate(payg), 'aoai-east')).toBeUndefined();

    const single = templateDesign('aoai-single-region-payg');
    const back = ok(togglePtuPayg(ok(togglePtuPayg(single, 'aoai')), 'aoai'));
    expect(node(back, 'aoai').config).toEqual(node(single, 'aoai').config);
    expect(evaluate(back).cost.totalUsdPerMonth).toBe(evaluate(single).cost.totalUsdPerMonth);
  });

  it('falls back to a wider PAYG type when the model has no regional one (gpt-5 has no Regional Standard; model tables 2026-05)', () => {
    const ent = templateDesign('enterprise-reference');
    const regional = ok(
      switchToPtu(
        {
          ...ent,
          nodes: ent.nodes.map((n) =>
            n.id === 'aoai-west' && n.kind === 'azure-openai'
              ? { ...n, config: { ...n.config, model: 'gpt-4o', deploymentType: 'standard' } }
              : n,
          ),
        },
        'aoai-west',
      ),
    );
    expect(node(regional, 'aoai-west').config).toMatchObject({ deploymentType: 'provisioned' });
    const gpt5 = {
      ...regional,
      nodes: regional.nodes.map((n) =>
        n.id === 'aoai-west' && n.kind === 'azure-openai' ? { ...n, config: { ...n.config, model: 'gpt-5' } } : n,
      ),
    };
    const r = switchToPayg(gpt5, 'aoai-west');
    expect('error' in r ? r.error : node(r.design, 'aoai-west').config).toMatchObject({ deploymentType: 'data-zone-standard' });
  });

  it('refuses plainly: other kinds, unknown nodes, models without PTU figures, switching to what it already is', () => {
    const single = templateDesign('aoai-single-region-payg');
    expect(switchToPtu(single, 'app')).toEqual({ error: 'Chat API is not an Azure OpenAI deployment.' });
    expect(switchToPtu(single, 'nope')).toEqual({ error: 'There is no node "nope" in this design.' });
    expect(switchToPayg(single, 'aoai')).toEqual({ error: 'GPT-4o (Regional Standard) already runs pay-as-you-go (Regional Standard).' });
    const o3 = {
      ...single,
      nodes: single.nodes.map((n) =>
        n.id === 'aoai' && n.kind === 'azure-openai'
          ? { ...n, config: { ...n.config, model: 'o3', deploymentType: 'global-standard' as const } }
          : n,
      ),
    };
    const r = switchToPtu(o3, 'aoai');
    expect('error' in r && r.error).toMatch(/o3 has no published PTU throughput figures/);
  });
});

describe('GPU family swap', () => {
  const aks = templateDesign('self-hosted-llama-70b-aks');

  it('lists the families with VM sizes in service', () => {
    const ids = gpuFamilies().map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['a100', 'h100', 'h200', 'a10', 't4']));
    // NCv3 retired 2025-09-30, so V100 is offered only through NDv2 (ND40rs_v2, in service)
    expect(gpuFamilies().find((f) => f.id === 'v100')?.skuIds).toEqual(['Standard_ND40rs_v2']);
    expect(gpuFamilyOfNode(aks, 'pool')).toBe('a100');
  });

  it('A100 → H100 on the AKS example still fits: ND96isr_H100_v5 at tensor parallel 4, 2 replicas a VM, so 1-2 nodes keep the 1-3 replicas', () => {
    const h100 = ok(swapGpuFamily(aks, 'pool', 'h100'));
    expect(node(h100, 'pool').config).toMatchObject({
      sku: 'Standard_ND96isr_H100_v5',
      tensorParallel: 4,
      pipelineParallel: 1,
      minNodes: 1,
      maxNodes: 2,
      precision: 'bf16',
    });
    const report = evaluate(h100);
    expect(errors(report)).toEqual([]);
    const fit = report.vram.find((v) => v.nodeId === 'pool');
    expect(fit?.fits).toBe(true);
    // H100 80GB SXM5 as the driver reports it: 79.11 GiB = 84.944 GB (lib/catalog/gpu-memory.ts, from public vLLM/PyTorch logs)
    expect(fit?.capacityGBPerGpu).toBeCloseTo(84.944, 3);
    expect(fit?.replicas).toBe(4); // 2 VMs × 8 GPUs ÷ TP 4
    expect(gpuFamilyOfNode(h100, 'pool')).toBe('h100');
  });

  it('H100 → A100 comes back to NC96ads_A100_v4 at tensor parallel 4, keeping the H100 layout’s replicas', () => {
    const back = ok(swapGpuFamily(ok(swapGpuFamily(aks, 'pool', 'h100')), 'pool', 'a100'));
    expect(node(back, 'pool').config).toMatchObject({ sku: 'Standard_NC96ads_A100_v4', tensorParallel: 4, minNodes: 2, maxNodes: 4 });
    expect(errors(evaluate(back))).toEqual([]);
  });

  it('moves MIG slices to the equivalent profile: 3g.40gb on A100 → 3g.47gb on H100 NVL, still two replicas a GPU', () => {
    const mig = templateDesign('self-hosted-llama-8b-aks-mig');
    const h100 = ok(swapGpuFamily(mig, 'pool', 'h100'));
    expect(node(h100, 'pool').config).toMatchObject({ gpuSharing: 'mig', migProfile: '3g.47gb', replicasPerGpu: 2, tensorParallel: 1 });
    expect(errors(evaluate(h100))).toEqual([]);
  });

  it('refuses a family on which the model cannot fit, with the reason', () => {
    const r = swapGpuFamily(aks, 'pool', 'a10');
    expect('error' in r && r.error).toMatch(/moved to A10 GPUs leaves no layout that fits/);
    expect(swapGpuFamily(aks, 'pool', 'a100')).toEqual({ error: 'Llama 3.1 70B · vLLM already runs on A100 GPUs.' });
    expect('error' in swapGpuFamily(aks, 'pool', 'tpu')).toBe(true);
    expect('error' in swapGpuFamily(aks, 'apim', 'h100')).toBe(true);
  });
});

describe('precision change', () => {
  const aks = templateDesign('self-hosted-llama-70b-aks');

  it('BF16 → INT4 halves the GPUs per replica: NC48ads_A100_v4 at tensor parallel 2, cheaper, still fitting', () => {
    const int4 = ok(changePrecision(aks, 'pool', 'int4'));
    expect(node(int4, 'pool').config).toMatchObject({
      precision: 'int4',
      sku: 'Standard_NC48ads_A100_v4',
      tensorParallel: 2,
      minNodes: 1,
      maxNodes: 3,
    });
    const before = evaluate(aks);
    const after = evaluate(int4);
    expect(errors(after)).toEqual([]);
    expect(after.vram.find((v) => v.nodeId === 'pool')?.fits).toBe(true);
    // Weights: AWQ INT4 as vLLM loads it (lib/calc/engine): 4-bit linear layers + group-128 scales, embeddings and
    // LM head in BF16, ÷ TP 2 = 19.92 GB per GPU; the plain "parameters × 0.5" (17.64 GB) undercounts by 11 %.
    expect(after.vram.find((v) => v.nodeId === 'pool')?.weightsGBPerGpu).toBeCloseTo(19.919, 2);
    expect(after.cost.totalUsdPerMonth).toBeLessThan(before.cost.totalUsdPerMonth);
  });

  it('INT4 → BF16 re-fits back to four A100s per replica', () => {
    const back = ok(changePrecision(ok(changePrecision(aks, 'pool', 'int4')), 'pool', 'bf16'));
    expect(node(back, 'pool').config).toMatchObject({
      precision: 'bf16',
      sku: 'Standard_NC96ads_A100_v4',
      tensorParallel: 4,
      minNodes: 1,
      maxNodes: 3,
    });
    expect(evaluate(back).cost.totalUsdPerMonth).toBeCloseTo(evaluate(aks).cost.totalUsdPerMonth, 2);
  });

  it('FP16 keeps the layout (same bytes per parameter as BF16)', () => {
    const fp16 = ok(changePrecision(aks, 'pool', 'fp16'));
    expect(node(fp16, 'pool').config).toMatchObject({ precision: 'fp16', sku: 'Standard_NC96ads_A100_v4', tensorParallel: 4 });
    expect(changePrecision(aks, 'pool', 'bf16')).toEqual({ error: 'Llama 3.1 70B · vLLM already runs in BF16.' });
  });
});

describe('a second region', () => {
  it('copies the model into the Azure pair, with a failover edge from the gateway, and raises the composite SLA', () => {
    const single = templateDesign('aoai-single-region-payg');
    expect(secondRegionOptions(single, 'eastus')[0]).toBe('westus'); // East US ↔ West US (azure-region-pairs)
    const two = ok(addSecondRegion(single, 'eastus'));
    const group = two.nodes.find((n) => n.kind === 'region' && n.config.region === 'westus');
    expect(group).toBeDefined();
    const copy = two.nodes.find((n) => n.parentId === group?.id);
    expect(copy?.kind).toBe('azure-openai');
    expect(copy?.config).toMatchObject({ model: 'gpt-4o', deploymentType: 'standard', trafficShare: 0 });
    expect(two.edges.filter((e) => e.target === copy?.id)).toEqual([
      expect.objectContaining({ source: 'app', flow: 'failover', priority: 1, connectivity: 'private-endpoint' }),
    ]);
    const before = evaluate(single);
    const after = evaluate(two);
    expect(errors(after)).toEqual([]);
    expect(after.ha.regions.sort()).toEqual(['eastus', 'westus']);
    expect(after.ha.compositeSla ?? 0).toBeGreaterThan(before.ha.compositeSla ?? 1);
    expect(after.findings.some((f) => f.ruleId === 'ha.single-region')).toBe(false);
    // A PAYG standby with no traffic share costs nothing until it takes traffic.
    expect(after.cost.totalUsdPerMonth).toBeCloseTo(before.cost.totalUsdPerMonth, 2);
  });

  it('copies a self-hosted pool (its GPUs are billed in the second region too) and removes it again', () => {
    const aks = templateDesign('self-hosted-llama-70b-aks');
    const two = ok(addSecondRegion(aks, 'eastus', 'westus3'));
    const after = evaluate(two);
    expect(errors(after)).toEqual([]);
    expect(after.cost.totalUsdPerMonth).toBeGreaterThan(evaluate(aks).cost.totalUsdPerMonth);
    const region = two.nodes.find((n) => n.kind === 'region' && n.config.region === 'westus3');
    const one = ok(removeSecondRegion(two, region?.id ?? ''));
    expect(one).toEqual(aks);
  });

  it('renumbers the failover priorities left when a region is removed', () => {
    const mr = templateDesign('multi-region-ptu-fallback');
    const without = ok(removeSecondRegion(mr, 'westus'));
    expect(without.edges.filter((e) => e.source === 'apim' && e.flow === 'failover').map((e) => [e.target, e.priority])).toEqual([
      ['aoai-se', 1],
      ['pool', 2],
    ]);
    expect(errors(evaluate(without))).toEqual([]);
  });

  it('picks a region of the same geography when the pair is not in the catalog (Sweden South)', () => {
    const rag = templateDesign('rag-search-semantic-cache');
    const options = secondRegionOptions(rag, 'swe');
    expect(options).not.toContain('swedencentral');
    const two = ok(addSecondRegion(rag, 'swe'));
    expect(two.nodes.some((n) => n.kind === 'region' && n.config.region === options[0])).toBe(true);
    expect(errors(evaluate(two))).toEqual([]);
  });

  it('refuses to remove the primary region or to add a region twice', () => {
    const single = templateDesign('aoai-single-region-payg');
    expect(removeSecondRegion(single, 'eastus')).toEqual({
      error: 'East US serves primary traffic (GPT-4o (Regional Standard)): remove a region that only takes failover.',
    });
    const two = ok(addSecondRegion(single, 'eastus'));
    expect(addSecondRegion(two, 'eastus', 'westus')).toEqual({ error: 'The design already has a West US region group.' });
    expect('error' in addSecondRegion(single, 'app')).toBe(true);
    expect(addSecondRegion(templateDesign('blank'), 'x')).toEqual({ error: 'There is no node "x" in this design.' });
  });
});

describe('every switch on every template', () => {
  /** Error findings per node id, as rule ids. */
  const errorRules = (r: Report): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const f of r.findings)
      if (f.severity === 'error') for (const id of f.nodeIds) out.set(id, new Set([...(out.get(id) ?? []), f.ruleId]));
    return out;
  };

  for (const t of TEMPLATES) {
    it(`${t.slug}: refuses with a message, or returns a design that parses and adds no error finding`, () => {
      const design = templateDesign(t.slug);
      const before = errorRules(evaluate(design));
      const tried: TradeoffResult[] = [];
      for (const n of design.nodes) {
        if (n.kind === 'azure-openai') tried.push(togglePtuPayg(design, n.id));
        if (n.kind === 'gpu-vm' || n.kind === 'aks-gpu-pool' || n.kind === 'ml-online-endpoint') {
          for (const f of gpuFamilies()) tried.push(swapGpuFamily(design, n.id, f.id));
          for (const p of ['fp16', 'fp8', 'int4'] as const) tried.push(changePrecision(design, n.id, p));
        }
        if (n.kind === 'region') {
          tried.push(addSecondRegion(design, n.id));
          tried.push(removeSecondRegion(design, n.id));
        }
      }
      for (const r of tried) {
        if ('error' in r) {
          expect(r.error.length).toBeGreaterThan(15);
          continue;
        }
        const parsed = parseDesign(JSON.parse(JSON.stringify(r.design)));
        expect(parsed.ok, r.summary).toBe(true);
        const after = errorRules(evaluate(r.design));
        for (const [id, rules] of after)
          for (const rule of rules)
            // A copy of a node that shows an error on purpose carries that error along.
            expect((before.get(id)?.has(rule) ?? false) || t.intentionalErrors.includes(rule), `${r.summary}: ${rule} on ${id}`).toBe(true);
      }
    });
  }
});

describe('availableTradeoffs and applyTradeoff (the menu the studio shows)', () => {
  it('offers each node the switches that apply to it', () => {
    const single = templateDesign('aoai-single-region-payg');
    expect(availableTradeoffs(single, 'aoai').map((o) => o.kind)).toEqual(['to-ptu']);
    expect(availableTradeoffs(single, 'app')).toEqual([]);
    expect(availableTradeoffs(single, 'nope')).toEqual([]);
    const region = availableTradeoffs(single, 'eastus');
    expect(region.map((o) => o.kind)).toEqual(['add-second-region']);
    expect(region[0] && 'choices' in region[0] ? region[0].choices[0] : null).toEqual({ value: 'westus', label: 'West US' });

    const aks = templateDesign('self-hosted-llama-70b-aks');
    const pool = availableTradeoffs(aks, 'pool');
    expect(pool.map((o) => o.kind)).toEqual(['gpu-family', 'precision']);
    const families = pool[0] && 'choices' in pool[0] ? pool[0].choices.map((c) => c.value) : [];
    expect(families).toContain('h100');
    expect(families).not.toContain('a100');

    const mr = templateDesign('multi-region-ptu-fallback');
    expect(availableTradeoffs(mr, 'aoai-east').map((o) => o.kind)).toEqual(['to-payg']);
    expect(availableTradeoffs(mr, 'westus').map((o) => o.kind)).toContain('remove-second-region');
  });

  it('applies a switch by kind, with the same result as the switch itself', () => {
    const aks = templateDesign('self-hosted-llama-70b-aks');
    expect(applyTradeoff(aks, 'pool', 'gpu-family', 'h100')).toEqual(swapGpuFamily(aks, 'pool', 'h100'));
    expect(applyTradeoff(aks, 'pool', 'precision', 'int4')).toEqual(changePrecision(aks, 'pool', 'int4'));
    expect(applyTradeoff(aks, 'pool', 'precision', 'int3')).toEqual({ error: 'Choose a precision: fp16, bf16, fp8, int8, int4.' });
    expect(applyTradeoff(aks, 'pool', 'gpu-family')).toEqual({ error: 'Choose a GPU family.' });
    const single = templateDesign('aoai-single-region-payg');
    expect(applyTradeoff(single, 'aoai', 'to-ptu')).toEqual(switchToPtu(single, 'aoai'));
    expect(applyTradeoff(single, 'eastus', 'add-second-region', 'westus3')).toEqual(addSecondRegion(single, 'eastus', 'westus3'));
  });
});

describe('the switches each template suggests', () => {
  for (const t of TEMPLATES)
    for (const sw of t.suggestedSwitches)
      it(`${t.slug}: ${sw.kind}${sw.choice ? ` ${sw.choice}` : ''} on ${sw.nodeId} applies and leaves no error`, () => {
        const design = templateDesign(t.slug);
        expect(availableTradeoffs(design, sw.nodeId).map((o) => o.kind)).toContain(sw.kind);
        const after = ok(applyTradeoff(design, sw.nodeId, sw.kind, sw.choice));
        // On a template that shows an error on purpose, the suggested switches are its fixes.
        expect(errors(evaluate(after))).toEqual([]);
      });
});
