/**
 * Over-provisioned self-hosted pools: a cheaper layout serves the same replicas at the scenario's
 * concurrency. Prices are the catalog's East US pay-as-you-go rates (facts §3.2: ND96isr_H100_v5 $98.32/h,
 * NC96ads_A100_v4 $14.692/h), 730 h/month.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../design/parse';
import type { Design } from '../../design/schema';
import { evaluate } from '../evaluate';

const text = readFileSync(join(__dirname, '../../../public/examples/self-hosted-llama-70b-aks.json'), 'utf8');
const parsed = parseDesign(JSON.parse(text));
if (!parsed.ok) throw new Error('example does not parse');
const example = parsed.design;

/** The AKS example with the pool's settings changed. */
const withPool = (config: Record<string, unknown>): Design => ({
  ...example,
  nodes: example.nodes.map((n) => (n.id === 'pool' ? ({ ...n, config: { ...n.config, ...config } } as typeof n) : n)),
});

const overFindings = (d: Design) => evaluate(d).findings.filter((f) => f.ruleId === 'vram.over-provisioned');

describe('an over-provisioned GPU pool is a finding with a fix', () => {
  // What the workshop's GPU-family switch to H100 makes of the example: ND96isr_H100_v5 (8 × H100 80GB),
  // tensor parallel 4, so 2 replicas per VM; one node billed (minNodes 1), up to 2.
  const h100 = withPool({ sku: 'Standard_ND96isr_H100_v5', tensorParallel: 4, minNodes: 1, maxNodes: 2 });

  it('swapping A100 for H100 in the AKS example: 2 replicas for $71,773.60 a month, the same 2 fit on 2 × NC96ads_A100_v4 for $21,450.32', () => {
    const found = overFindings(h100);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.severity).toBe('info');
    expect(f.nodeIds).toEqual(['pool']);
    // 1 × $98.32 × 730 = $71,773.60 today; 2 × $14.692 × 730 = $21,450.32.
    expect(f.message).toContain('2 replicas of Llama 3.1 70B on Standard_ND96isr_H100_v5');
    expect(f.message).toContain('$71,774');
    expect(f.message).toContain('2 × Standard_NC96ads_A100_v4 (tensor parallel 4)');
    expect(f.message).toContain('$21,450');
    expect(f.fixes).toHaveLength(1);
    const fix = f.fixes![0]!;
    expect(fix.deltaUsdPerMonth).toBe(-50323.28); // 21,450.32 − 71,773.60
    // One A100 VM holds one TP-4 replica, so 2 nodes at the minimum and 2 × 2 = 4 at the maximum.
    expect(fix.patch).toEqual({
      nodeId: 'pool',
      config: { sku: 'Standard_NC96ads_A100_v4', tensorParallel: 4, minNodes: 2, maxNodes: 4 },
    });
  });

  it('the patched pool fits the same concurrency and is no longer over-provisioned', () => {
    const fix = overFindings(h100)[0]!.fixes![0]!;
    const patched = withPool(fix.patch!.config);
    const report = evaluate(patched);
    const fit = report.vram.find((v) => v.nodeId === 'pool')!;
    expect(fit.verdict).toBe('fits');
    expect(fit.replicas).toBe(4); // maxNodes 4 × 1 replica per VM, as the H100 pool's 2 × 2
    expect(fit.maxConcurrentSequences).toBeGreaterThanOrEqual(32); // the example's concurrent sequences per replica
    expect(overFindings(patched)).toEqual([]);
  });

  it('the example as published (NC96ads_A100_v4, tensor parallel 4) is not over-provisioned', () => {
    expect(overFindings(example)).toEqual([]);
  });
});
