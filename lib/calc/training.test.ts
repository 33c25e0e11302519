/**
 * Training memory, GPU-hours and rules. Sources of the expected numbers: the ZeRO paper (Rajbhandari et al.
 * 2019, arXiv 1910.02054, Figure 1: Ψ = 7.5B, Nd = 64, K = 12), QLoRA (arXiv 2305.14314 §3), the
 * checkpointed-activation estimate (arXiv 2205.05198), 6·N·D FLOPs (arXiv 2001.08361), A100 312 dense
 * BF16 TFLOPS (NVIDIA datasheet in the catalog) and eastus prices (facts §3.2). MFU 0.4, LoRA adapters 1%
 * and activation checkpointing are this studio's labelled assumptions.
 */
import { describe, expect, it } from 'vitest';
import { getOpenModel } from '../catalog/index';
import { DesignSchema, type DesignNode } from '../design/schema';
import { contextOf } from './context';
import { buildGraph } from './graph';
import {
  QLORA_BYTES_PER_PARAM,
  gpuHoursFor,
  trainingCheckNode,
  trainingEstimateForNode,
  trainingFlops,
  trainingMemoryPerGpu,
  zeroStateBytesPerGpu,
} from './training';

function job(config: Record<string, unknown>, region: string | null = 'eastus') {
  const nodes: unknown[] = [{ id: 't', kind: 'training-job', position: { x: 0, y: 0 }, config, ...(region ? { parentId: 'r' } : {}) }];
  if (region) nodes.unshift({ id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region } });
  const design = DesignSchema.parse({ schemaVersion: 1, name: 't', nodes });
  const g = buildGraph(design);
  const node = g.byId.get('t') as DesignNode;
  return { g, node, design, result: trainingCheckNode(contextOf(g), node) };
}
const rules = (r: { findings: { ruleId: string }[] }) => r.findings.map((f) => f.ruleId).sort();

describe('ZeRO sharding of mixed-precision Adam state (16 B/param)', () => {
  it('ZeRO paper Figure 1 (Ψ = 7.5B, Nd = 64): 120 / 31.4 / 16.6 / 1.9 GB per GPU', () => {
    const sum = (s: { weights: number; gradients: number; optimizer: number }) => (s.weights + s.gradients + s.optimizer) / 1e9;
    expect(sum(zeroStateBytesPerGpu(7.5e9, 0, 64)).toFixed(1)).toBe('120.0'); // (2 + 2 + 12) Ψ
    expect(sum(zeroStateBytesPerGpu(7.5e9, 1, 64)).toFixed(1)).toBe('31.4'); // 4Ψ + 12Ψ/Nd
    expect(sum(zeroStateBytesPerGpu(7.5e9, 2, 64)).toFixed(1)).toBe('16.6'); // 2Ψ + 14Ψ/Nd
    expect(sum(zeroStateBytesPerGpu(7.5e9, 3, 64)).toFixed(1)).toBe('1.9'); // 16Ψ/Nd
  });
  it('one GPU: 16 bytes per parameter whatever the stage', () => {
    for (const stage of [0, 1, 2, 3] as const) {
      const s = zeroStateBytesPerGpu(1e9, stage, 1);
      expect(s.weights + s.gradients + s.optimizer).toBe(16e9);
    }
  });
});

describe('training memory per GPU', () => {
  const m8 = getOpenModel('llama-3.1-8b')!;
  const m70 = getOpenModel('llama-3.1-70b')!;
  it('full fine-tuning Llama 3.1 8B, ZeRO-3 over 8 GPUs, 4,096 tokens × micro-batch 1', () => {
    const mem = trainingMemoryPerGpu(m8, { method: 'full', zeroStage: 3, gpus: 8, sequenceLength: 4096, microBatchPerGpu: 1 });
    expect(mem.state.weights + mem.state.gradients + mem.state.optimizer).toBe((16 * 8_030_261_248) / 8); // 16.06 GB
    expect(mem.activationBytes).toBe(4096 * 1 * 4096 * (2 * 32 + 34)); // 1.644 GB (checkpointing assumption)
    expect(mem.totalBytes).toBe(16_060_522_496 + 1_644_167_168 + 1e9); // 18.70 GB
  });
  it('LoRA 70B: frozen BF16 weights sharded by ZeRO-3 plus 1% adapters at 16 B', () => {
    const mem = trainingMemoryPerGpu(m70, { method: 'lora', zeroStage: 3, gpus: 8, sequenceLength: 4096, microBatchPerGpu: 1 });
    expect(mem.frozenWeightsBytes).toBe((70_553_706_496 * 2) / 8);
    expect(mem.trainedParams).toBeCloseTo(705_537_064.96, 2);
    expect(mem.totalBytes / 1e9).toBeCloseTo(26.56, 2);
  });
  it('QLoRA 70B on one GPU: 4-bit weights 0.5 B + 0.127 bit/param constants (QLoRA §3) = 36.40 GB', () => {
    expect(QLORA_BYTES_PER_PARAM).toBeCloseTo(0.515875, 9);
    const mem = trainingMemoryPerGpu(m70, { method: 'qlora', zeroStage: 0, gpus: 1, sequenceLength: 4096, microBatchPerGpu: 1 });
    expect((mem.frozenWeightsBytes / 1e9).toFixed(2)).toBe('36.40');
    expect(mem.totalBytes / 1e9).toBeLessThan(80); // fits one A100 80GB
    expect(mem.totalBytes / 1e9).toBeCloseTo(36.397 + 11.289 + 6.509 + 1, 2);
  });
});

describe('GPU-hours and cost of a run', () => {
  it('6 × 8.03B × 1B tokens on A100 (312 dense BF16 TFLOPS) at MFU 0.4 = 107.24 GPU-hours', () => {
    const flops = trainingFlops(getOpenModel('llama-3.1-8b')!, 1e9);
    expect(flops).toBe(6 * 8_030_261_248 * 1e9);
    expect(gpuHoursFor(flops, 312)).toBeCloseTo(107.2417, 3);
  });
  it('MoE uses active parameters for compute (Mixtral: 12.88B of 46.7B)', () => {
    expect(trainingFlops(getOpenModel('mixtral-8x7b')!, 1)).toBe(6 * 12_879_925_248);
  });
  it('node: 8B full on ND96amsr_A100_v4 in eastus, PAYG $32.77/h: 107.24 GPU-h ÷ 8 × 32.77 = $439.29 per run', () => {
    const { result } = job({ sku: 'Standard_ND96amsr_A100_v4', model: 'llama-3.1-8b', method: 'full', zeroStage: 3, trainingTokens: 1e9 });
    const e = result.estimate!;
    expect(e.fits).toBe(true);
    expect(e.gpus).toBe(8);
    expect(e.capacityGBPerGpu).toBe(80);
    expect(e.memoryGBPerGpu).toBeCloseTo(18.705, 3);
    expect(e.gpuHoursPerRun).toBeCloseTo(107.2417, 3);
    expect(e.usdPerRun).toBeCloseTo((107.24169 / 8) * 32.77, 1);
    expect(e.explanation.sources).toContain('seed 9.6');
    expect(result.findings).toEqual([]);
  });
  it('spot uses the spot price (eastus $3.6047/h) when checkpointing is on', () => {
    const { result } = job({
      sku: 'Standard_ND96amsr_A100_v4',
      model: 'llama-3.1-8b',
      method: 'full',
      trainingTokens: 1e9,
      spot: true,
      checkpointing: true,
    });
    expect(result.estimate?.usdPerRun).toBeCloseTo((107.24169 / 8) * 3.6047, 2);
    expect(result.findings).toEqual([]);
  });
});

describe('training rules', () => {
  it('full fine-tuning of 70B on one ND96amsr node does not fit; each fix makes it fit', () => {
    const { design, node, result } = job({ sku: 'Standard_ND96amsr_A100_v4', model: 'llama-3.1-70b', method: 'full', zeroStage: 3 });
    expect(result.estimate?.fits).toBe(false);
    expect(result.estimate?.memoryGBPerGpu).toBeGreaterThan(140); // 141.1 GB of states ÷ 8 + ... ≈ 148.6
    const f = result.findings.find((x) => x.ruleId === 'training.does-not-fit');
    expect(f?.severity).toBe('error');
    expect(f?.fixes.length).toBeGreaterThan(0);
    for (const fix of f?.fixes ?? []) {
      const patched = { ...node, config: { ...node.config, ...fix.patch?.config } } as DesignNode;
      const g2 = buildGraph({ ...design, nodes: design.nodes.map((n) => (n.id === 't' ? patched : n)) });
      expect(trainingEstimateForNode(contextOf(g2), patched)?.fits, fix.description).toBe(true);
    }
  });
  it('multi-node on a SKU without InfiniBand is an error (seed 9.6)', () => {
    const { result } = job({ sku: 'Standard_NC96ads_A100_v4', nodes: 2, model: 'llama-3.1-8b' });
    expect(rules(result)).toContain('training.multi-node-needs-infiniband');
    const ok = job({ sku: 'Standard_ND96amsr_A100_v4', nodes: 2, model: 'llama-3.1-8b' });
    expect(rules(ok.result)).not.toContain('training.multi-node-needs-infiniband');
  });
  it('spot without checkpointing is flagged (seed 9.10)', () => {
    const { result } = job({ sku: 'Standard_ND96amsr_A100_v4', model: 'llama-3.1-8b', spot: true, checkpointing: false });
    expect(rules(result)).toEqual(['training.spot-without-checkpointing']);
  });
  it('a retired SKU (NCv3, retired 2025-09-30) is an error', () => {
    const { result } = job({ sku: 'Standard_NC24s_v3', model: 'llama-3.2-1b', method: 'lora' });
    expect(rules(result)).toContain('training.retired-sku');
    expect(result.findings.find((x) => x.ruleId === 'training.retired-sku')?.message).toContain('2025-09-30');
  });
  it('unknown SKU: a catalog error, no estimate', () => {
    const { result } = job({ sku: 'Standard_Nope', model: 'llama-3.1-8b' });
    expect(result.estimate).toBeNull();
    expect(rules(result)).toEqual(['catalog.unknown-sku']);
  });
  it('unplaced job is priced in eastus', () => {
    const { result } = job({ sku: 'Standard_ND96amsr_A100_v4', model: 'llama-3.1-8b', method: 'full', trainingTokens: 1e9 }, null);
    expect(result.estimate?.usdPerRun).toBeCloseTo((107.24169 / 8) * 32.77, 1);
  });
});
