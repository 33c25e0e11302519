/**
 * VRAM and KV-cache arithmetic against published figures. Every expected number is written out with its
 * source: the seed module (../shared/seed/ai-infrastructure-module.md §9.3) and the reference facts
 * (../shared/reference/facts.md §1.2-§2.4), which cite Meta, Hugging Face, NVIDIA and vLLM.
 */
import { describe, expect, it } from 'vitest';
import { getOpenModel, getVmSku } from '../catalog/index';
import type { OpenModel } from '../catalog/types';
import { DesignSchema, type DesignNode, type Scenario } from '../design/schema';
import type { Precision } from '../design/node-configs';
import { buildGraph } from './graph';
import { kvArchitectureOf, kvBlockBytes, kvBytesPerToken, kvCacheBytes, kvHeadsPerRank, type KvArchitecture } from './kv-cache';
import { contextOf } from './context';
import { CATALOG_PRICES } from './prices';
import { cheapestFittingSku } from './sizing';
import { memoryPerGpuGB, vramCheckNode, vramFitForNode, weightsBytes, weightsGBFromBillions } from './vram';

const GiB = 2 ** 30;
const MiB = 2 ** 20;

const model = (id: string): OpenModel => {
  const m = getOpenModel(id);
  if (!m) throw new Error(`catalog lacks ${id}`);
  return m;
};

/** A design with one node inside an East US region group; returns the evaluated check. */
function check(kind: 'gpu-vm' | 'aks-gpu-pool' | 'ml-online-endpoint', config: Record<string, unknown>, scenario: Partial<Scenario> = {}) {
  const design = DesignSchema.parse({
    schemaVersion: 1,
    name: 't',
    nodes: [
      { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region: 'eastus' } },
      { id: 'n', kind, parentId: 'r', position: { x: 0, y: 0 }, config },
    ],
    scenario,
  });
  const g = buildGraph(design);
  const node = g.byId.get('n') as DesignNode;
  return { g, node, design, result: vramCheckNode(contextOf(g), node) };
}
const rules = (r: { findings: { ruleId: string }[] }) => r.findings.map((f) => f.ruleId);

// ------------------------------------------------------------------------------------------------
describe('weights: seed 9.3 VRAM table, every cell (seed uses its rounded parameter counts)', () => {
  // Seed 9.3 "Model Size to VRAM Requirements": GB = parameters (B) × bytes (FP32 4, FP16/BF16 2, INT8 1, INT4 0.5).
  const table: [string, number, [number, number, number, number]][] = [
    ['phi-3-mini-4k', 3.8, [15.2, 7.6, 3.8, 1.9]],
    ['llama-3.1-8b', 8, [32, 16, 8, 4]],
    ['mistral-7b-v0.3', 7.3, [29.2, 14.6, 7.3, 3.65]], // seed prints 3.7 (3.65 rounded half-up)
    ['llama-3.1-70b', 70, [280, 140, 70, 35]],
    ['llama-3.1-405b', 405, [1620, 810, 405, 202.5]], // seed prints 203 (202.5 rounded half-up)
  ];
  const precisions: Precision[] = ['fp32', 'bf16', 'int8', 'int4'];
  for (const [id, seedB, cells] of table) {
    it(`${id}: ${cells.join(' / ')} GB`, () => {
      expect(model(id).seedParametersB).toBe(seedB);
      precisions.forEach((p, i) => expect(weightsGBFromBillions(seedB, p)).toBeCloseTo(cells[i] as number, 9));
      expect(weightsGBFromBillions(seedB, 'fp16')).toBeCloseTo(cells[1] as number, 9);
    });
  }
  it('the seed rounds half-up: Mistral INT4 3.65 → "3.7 GB", 405B INT4 202.5 → "203 GB"', () => {
    expect(Math.round(weightsGBFromBillions(7.3, 'int4') * 10 + 1e-9) / 10).toBe(3.7);
    expect(Math.round(weightsGBFromBillions(405, 'int4') + 1e-9)).toBe(203);
  });

  // Seed 9.3 "Minimum GPU" column, weights only.
  it('"Minimum GPU" column: each model fits (weights only) on the GPU the seed names', () => {
    const a10 = memoryPerGpuGB(getVmSku('Standard_NV36ads_A10_v5')!); // 1 × A10 24 GB
    const a100_40 = memoryPerGpuGB(getVmSku('Standard_ND96asr_v4')!); // A100 40GB
    const a100_80 = memoryPerGpuGB(getVmSku('Standard_NC48ads_A100_v4')!); // A100 80GB
    const h100 = memoryPerGpuGB(getVmSku('Standard_ND96isr_H100_v5')!); // H100 80GB
    expect([a10, a100_40, a100_80, h100]).toEqual([24, 40, 80, 80]);
    expect(weightsGBFromBillions(3.8, 'int8')).toBeLessThanOrEqual(1 * a10); // Phi-3 Mini INT8 on 1× A10: 3.8 ≤ 24
    expect(weightsGBFromBillions(8, 'fp16')).toBeLessThanOrEqual(1 * a100_40); // Llama 3.1 8B FP16 on 1× A100 40GB: 16 ≤ 40
    expect(weightsGBFromBillions(7.3, 'int4')).toBeLessThanOrEqual(1 * a10); // Mistral 7B INT4 on 1× A10 24GB: 3.65 ≤ 24
    expect(weightsGBFromBillions(70, 'fp16')).toBeLessThanOrEqual(2 * a100_80); // 70B FP16 on 2× A100 80GB: 140 ≤ 160
    expect(weightsGBFromBillions(405, 'int4')).toBeLessThanOrEqual(8 * h100); // 405B INT4 on 8× H100 80GB: 202.5 ≤ 640
    // ... and the one-smaller setups do not: 70B FP16 on ONE A100 80GB, 405B FP16 on 8× H100.
    expect(weightsGBFromBillions(70, 'fp16')).toBeGreaterThan(1 * a100_80);
    expect(weightsGBFromBillions(405, 'fp16')).toBeGreaterThan(8 * h100);
  });
});

describe('weights: exact parameter counts (facts §1.3, §1.4: derived params × bytes; HF Llama 3.1 blog)', () => {
  // facts §1.4 table: FP16 GB / FP8 GB / INT4 GB, two decimals.
  const rows: [string, number, string, string, string][] = [
    ['llama-3.1-8b', 8_030_261_248, '16.06', '8.03', '4.02'],
    ['llama-3.1-70b', 70_553_706_496, '141.11', '70.55', '35.28'],
    ['llama-3.1-405b', 405_853_388_800, '811.71', '405.85', '202.93'],
    ['llama-3.2-1b', 1_235_814_400, '2.47', '1.24', '0.62'],
    ['llama-3.2-3b', 3_212_749_824, '6.43', '3.21', '1.61'],
    ['mistral-7b-v0.3', 7_248_023_552, '14.50', '7.25', '3.62'],
    ['mixtral-8x7b', 46_702_792_704, '93.41', '46.70', '23.35'], // MoE: TOTAL parameters (all experts are loaded)
    ['phi-3-mini-4k', 3_821_079_552, '7.64', '3.82', '1.91'],
    ['qwen2.5-7b', 7_615_616_512, '15.23', '7.62', '3.81'],
    ['qwen2.5-72b', 72_706_203_648, '145.41', '72.71', '36.35'],
    ['gemma-2-9b', 9_241_705_984, '18.48', '9.24', '4.62'],
    ['gemma-2-27b', 27_227_128_320, '54.45', '27.23', '13.61'],
  ];
  for (const [id, params, fp16, fp8, int4] of rows) {
    it(`${id}: ${fp16} / ${fp8} / ${int4} GB`, () => {
      const m = model(id);
      expect(m.parameters).toBe(params);
      expect((weightsBytes(m, 'fp16') / 1e9).toFixed(2)).toBe(fp16);
      expect((weightsBytes(m, 'fp8') / 1e9).toFixed(2)).toBe(fp8);
      expect((weightsBytes(m, 'int4') / 1e9).toFixed(2)).toBe(int4);
    });
  }
  it('Llama 3.1 70B FP16 = 141.11 GB = 131.42 GiB (facts §1.4)', () => {
    expect(weightsBytes(model('llama-3.1-70b'), 'bf16') / GiB).toBeCloseTo(131.42, 2);
  });
  it('Mixtral is sized on total, not active, parameters (46.7B vs 12.9B)', () => {
    const m = model('mixtral-8x7b');
    expect(m.activeParameters).toBe(12_879_925_248);
    expect(weightsBytes(m, 'bf16')).toBe(46_702_792_704 * 2);
  });
});

// ------------------------------------------------------------------------------------------------
describe('KV cache bytes per token (facts §2.2, FP16/BF16 KV; GQA KV heads from facts §1.2)', () => {
  // [catalog id, layers, KV heads, head_dim, bytes/token]
  const rows: [string, number, number, number, number][] = [
    ['llama-3.1-8b', 32, 8, 128, 131_072],
    ['llama-3.1-70b', 80, 8, 128, 327_680],
    ['llama-3.1-405b', 126, 8, 128, 516_096], // 8 KV heads (Meta's model definition)
    ['llama-3.2-1b', 16, 8, 64, 32_768],
    ['llama-3.2-3b', 28, 8, 128, 114_688],
    ['mistral-7b-v0.3', 32, 8, 128, 131_072],
    ['mixtral-8x7b', 32, 8, 128, 131_072],
    ['phi-3-mini-4k', 32, 32, 96, 393_216], // MHA: 32 KV heads
    ['qwen2.5-7b', 28, 4, 128, 57_344],
    ['qwen2.5-72b', 80, 8, 128, 327_680],
    ['gemma-2-9b', 42, 8, 256, 344_064], // all layers counted full (facts §2.2 note)
    ['gemma-2-27b', 46, 16, 128, 376_832],
  ];
  for (const [id, layers, kvHeads, headDim, expected] of rows) {
    it(`${id}: ${expected.toLocaleString('en-US')} B/token`, () => {
      expect(kvBytesPerToken({ layers, kvHeads, headDim }, 2)).toBe(expected);
      const arch = kvArchitectureOf(model(id));
      expect(arch).toEqual({ layers, kvHeads, headDim });
      expect(kvBytesPerToken(arch as KvArchitecture, 2)).toBe(expected);
    });
  }

  const l70: KvArchitecture = { layers: 80, kvHeads: 8, headDim: 128 };
  const l8: KvArchitecture = { layers: 32, kvHeads: 8, headDim: 128 };

  it('seed 9.3: Llama 70B, 80 layers, 128K context ≈ 40 GiB: 131,072 × 327,680 B = 40.000 GiB (facts §2.2)', () => {
    expect(kvCacheBytes(l70, 2, 131_072, 1)).toBe(131_072 * 327_680);
    expect(kvCacheBytes(l70, 2, 131_072, 1) / GiB).toBe(40);
    expect(kvCacheBytes(l70, 2, 131_072, 1) / 1e9).toBeGreaterThan(40); // the seed's "40+ GB": 42.95 GB
  });
  it('ignoring GQA (64 heads instead of 8 KV heads) would overstate it 8×', () => {
    expect(kvBytesPerToken({ ...l70, kvHeads: 64 }, 2) / kvBytesPerToken(l70, 2)).toBe(8);
  });
  it('HF Llama 3.1 blog (facts §2.3): 70B 0.313 / 4.88 / 39.06 "GB" (GiB) at 1k / 16k / 128k = 1024 / 16000 / 128000 tokens', () => {
    expect(kvCacheBytes(l70, 2, 1024) / GiB).toBe(0.3125);
    expect((kvCacheBytes(l70, 2, 16_000) / GiB).toFixed(2)).toBe('4.88');
    expect((kvCacheBytes(l70, 2, 128_000) / GiB).toFixed(2)).toBe('39.06');
  });
  it('HF blog 8B: 0.125 / 1.95 / 15.62 GiB; NVIDIA formula check 8B @16000 = 1.953125 GiB (huggingface/blog#2345)', () => {
    expect(kvCacheBytes(l8, 2, 1024) / GiB).toBe(0.125);
    expect(kvCacheBytes(l8, 2, 16_000) / GiB).toBe(1.953125);
    expect((kvCacheBytes(l8, 2, 128_000) / GiB).toFixed(2)).toBe('15.63'); // the blog truncates 15.625 to 15.62
  });
  it('HF blog 405B row (0.984 / 15.38 / 123.05) matches 16 KV heads, not the 8 of the model definition (facts §2.3)', () => {
    const l405_16: KvArchitecture = { layers: 126, kvHeads: 16, headDim: 128 };
    expect((kvCacheBytes(l405_16, 2, 1024) / GiB).toFixed(3)).toBe('0.984');
    expect((kvCacheBytes(l405_16, 2, 16_000) / GiB).toFixed(2)).toBe('15.38');
    expect((kvCacheBytes(l405_16, 2, 128_000) / GiB).toFixed(2)).toBe('123.05');
    const l405_8: KvArchitecture = { layers: 126, kvHeads: 8, headDim: 128 };
    expect((kvCacheBytes(l405_8, 2, 128_000) / GiB).toFixed(2)).toBe('61.52');
  });
  it('secondary check (facts §2.3): 70B FP16 at 4K context = 1,342,177,280 B = 1.25 GiB', () => {
    expect(kvCacheBytes(l70, 2, 4096)).toBe(1_342_177_280);
  });
  it('vLLM block of 16 tokens (facts §2.2, §2.4): 70B = 5 MiB, 8B = 2 MiB', () => {
    expect(kvBlockBytes(l70, 2)).toBe(5 * MiB);
    expect(kvBlockBytes(l8, 2)).toBe(2 * MiB);
  });
  it('FP8 KV cache halves it: 70B = 163,840 B/token', () => {
    expect(kvBytesPerToken(l70, 1)).toBe(163_840);
  });

  it('tensor parallel splits KV heads per rank: total ÷ TP, at least 1 (vLLM get_num_kv_heads, facts §2.1)', () => {
    expect(kvHeadsPerRank(8, 1)).toBe(8);
    expect(kvHeadsPerRank(8, 2)).toBe(4);
    expect(kvHeadsPerRank(8, 4)).toBe(2);
    expect(kvHeadsPerRank(8, 8)).toBe(1); // 70B TP=8: one KV head per rank
    expect(kvHeadsPerRank(8, 16)).toBe(1); // replicated when TP > KV heads
    expect(kvHeadsPerRank(32, 4)).toBe(8); // Phi-3 (MHA)
    expect(kvBytesPerToken(l70, 2, 8)).toBe(327_680 / 8); // 40,960 B per GPU
    expect(kvBytesPerToken(l70, 2, 4)).toBe(81_920);
    expect(kvBytesPerToken(l70, 2, 16)).toBe(40_960); // not 20,480: heads cannot go below one per rank
  });
});

// ------------------------------------------------------------------------------------------------
describe('VRAM fit of a node', () => {
  it('Llama 3.1 70B BF16 on NC24ads_A100_v4 does not fit; each computed fix makes it fit', () => {
    const { g, node, design, result } = check('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_NC24ads_A100_v4', precision: 'bf16' });
    expect(result.fit?.fits).toBe(false);
    // vLLM engine model (lib/calc/engine): 70,553,706,496 × 2 B = 141.107 GB (facts §1.4) plus the vocabulary padded
    // to 64 rows and the RoPE cos/sin cache = 141.141 GB, as vLLM loads it (fixtures in engine/vllm-logs.fixtures.ts).
    expect(result.fit?.weightsGBPerGpu).toBeCloseTo(141.141, 3);
    // The driver total, not the marketing 80 GB: 79.25 GiB = 85.094 GB (lib/catalog/gpu-memory.ts, gh-ootdiffusion-235).
    expect(result.fit?.capacityGBPerGpu).toBeCloseTo(85.094, 3);
    expect(result.fit?.usableGBPerGpu).toBeCloseTo(76.585, 3); // 85.094 × 0.9 (vLLM default, facts §2.4)
    expect(result.fit?.verdict).toBe('does-not-fit');
    expect(result.fit?.kvCacheTokens).toBe(0);
    expect(result.fit?.maxConcurrentSequences).toBe(0);
    const finding = result.findings.find((f) => f.ruleId === 'vram.does-not-fit');
    expect(finding?.severity).toBe('error');
    const fixes = finding?.fixes ?? [];
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.length).toBeLessThanOrEqual(3);
    // cheapest first
    const deltas = fixes.map((f) => f.deltaUsdPerMonth ?? Infinity);
    expect([...deltas].sort((a, b) => a - b)).toEqual(deltas);
    for (const fix of fixes) {
      expect(fix.patch?.nodeId).toBe('n');
      const patched = { ...node, config: { ...node.config, ...fix.patch?.config } } as DesignNode;
      const g2 = buildGraph({ ...design, nodes: design.nodes.map((n) => (n.id === 'n' ? patched : n)) });
      const after = vramCheckNode(contextOf(g2), patched);
      expect(after.fit?.fits, fix.description).toBe(true);
      expect(
        after.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId),
        fix.description,
      ).toEqual([]);
    }
    // A known working change is among the candidates: NC96ads_A100_v4 with TP 4 (seed 9.2, 9.3).
    const nc96 = check('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_NC96ads_A100_v4', tensorParallel: 4 });
    expect(nc96.result.fit?.fits).toBe(true);
    // Prices are known in eastus for every proposed size; NC96ads: PAYG 3.673 → 14.692 $/h (facts §3.2),
    // +11.019 × 730 = +8,043.87 $/month.
    expect(fixes.every((f) => typeof f.deltaUsdPerMonth === 'number')).toBe(true);
    const toNc96 = fixes.find((f) => f.patch?.config.sku === 'Standard_NC96ads_A100_v4');
    expect(toNc96?.patch?.config).toEqual({ sku: 'Standard_NC96ads_A100_v4', tensorParallel: 4, pipelineParallel: 1 });
    expect(toNc96?.deltaUsdPerMonth).toBe(8043.87);
    expect(g.byId.get('n')).toBe(node);
  });

  it('70B BF16 on NC96ads_A100_v4, TP 4, default scenario (8,192 tokens × 16 sequences): per-GPU figures', () => {
    const { result } = check('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_NC96ads_A100_v4', tensorParallel: 4 });
    const fit = result.fit!;
    expect(fit.fits).toBe(true);
    expect(fit.gpusPerReplica).toBe(4);
    expect(fit.replicas).toBe(1);
    expect(fit.kvBytesPerToken).toBe(81_920); // 2 × 80 × (8 ÷ 4) × 128 × 2
    // vLLM engine model: 141.141 GB ÷ 4 (weights incl. padded vocabulary and RoPE cache; was 35.277 = params × 2 ÷ 4)
    expect(fit.weightsGBPerGpu).toBeCloseTo(35.312, 3);
    expect(fit.kvCacheGBPerGpu).toBeCloseTo((81_920 * 8192 * 16) / 1e9, 3); // 10.737
    // overhead inside the budget = profiling activation peak (A100 defaults: 2,048 batched tokens, 256 sampled
    // requests; sampler 256 × 128,256 × 14.9 B + 2,048 × 8,192 × 2 B = 0.523 GB) + non-torch at TP 4 (2.1 GiB
    // NCCL buffers, vLLM ≥ 0.18) = 2.778 GB; the old assumption was 1 GB + 8,192-token activations = 1.621 GB.
    expect(fit.overheadGBPerGpu).toBeCloseTo((256 * 128_256 * 14.9 + 2048 * 8192 * 2 + 2.1 * 2 ** 30) / 1e9, 3);
    // KV cache = 76.585 − 35.312 − 2.778 = 38.495 GB → ⌊÷ (16 × 81,920)⌋ = 29,369 blocks = 469,904 tokens, as vLLM logs it
    expect(fit.kvCacheTokens).toBe(469_904);
    expect(fit.engine?.settings).toMatchObject({ maxNumBatchedTokens: 2048, maxNumSeqs: 256, blockSize: 16, enforceEager: false });
    // paged: ⌊29,369 blocks ÷ 512 blocks per 8,192-token sequence⌋ = 57 (was 52 against 72 GB usable); contiguous: 3
    expect(fit.maxConcurrentSequences).toBe(57);
    expect(fit.maxConcurrentSequencesContiguous).toBe(3);
    expect(fit.sequencesByContext.map((s) => s.contextTokens)).toEqual([1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072]);
    expect(fit.sequencesByContext.find((s) => s.contextTokens === 8192)?.sequences).toBe(57);
    expect(fit.utilization).toBeCloseTo(fit.requiredGBPerGpu / 85.094, 4);
    expect(fit.explanation.substituted).toContain('81,920 B/token');
    expect(fit.explanation.sources).toContain('seed 9.3');
    expect(rules(result)).toEqual([]);
  });

  it('paged allocation holds more sequences than contiguous (seed 9.4 PagedAttention)', () => {
    const { result } = check('gpu-vm', { model: 'llama-3.1-8b', sku: 'Standard_NC24ads_A100_v4' }, { contextTokens: 4096 });
    expect(result.fit!.maxConcurrentSequences).toBeGreaterThan(result.fit!.maxConcurrentSequencesContiguous * 2);
  });

  it('the chart stops at the model maximum (Mistral 7B: 32,768)', () => {
    const { result } = check('gpu-vm', { model: 'mistral-7b-v0.3', sku: 'Standard_NC24ads_A100_v4' });
    expect(result.fit!.sequencesByContext.map((s) => s.contextTokens)).toEqual([1024, 2048, 4096, 8192, 16384, 32768]);
  });

  it('concurrency short: 8B on one A100 80GB holds 55 sequences of 8,192 tokens, the scenario asks 64', () => {
    const { result } = check('gpu-vm', { model: 'llama-3.1-8b', sku: 'Standard_NC24ads_A100_v4' }, { concurrentSequences: 64 });
    // vLLM engine model: 76.585 GB budget − 16.094 weights − 0.506 activation peak − 0.268 non-torch = 59.716 GB
    // → 28,474 blocks of 16 tokens (455,584 tokens) → ⌊28,474 ÷ 512⌋ = 55 (was 50 against 72 GB and 1 GB + 8k activations)
    expect(result.fit!.kvCacheTokens).toBe(455_584);
    expect(result.fit!.maxConcurrentSequences).toBe(55);
    expect(result.fit!.verdict).toBe('concurrency-short');
    expect(rules(result)).toEqual(['vram.concurrency-short']);
    expect(result.findings[0]?.fixes.length).toBeGreaterThan(0);
  });

  it('refuses tensor parallel on a SKU without NVLink, and TP above the VM GPU count', () => {
    const a10x2 = check('gpu-vm', { model: 'llama-3.1-8b', sku: 'Standard_NV72ads_A10_v5', tensorParallel: 2 });
    expect(getVmSku('Standard_NV72ads_A10_v5')?.nvlink).toBe(false);
    expect(rules(a10x2.result)).toContain('vram.tp-needs-nvlink');
    const one = check('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_NC24ads_A100_v4', tensorParallel: 2, count: 2 });
    expect(rules(one.result)).toContain('vram.tp-needs-nvlink');
    const ok = check('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_NC48ads_A100_v4', tensorParallel: 2, precision: 'int8' });
    expect(rules(ok.result)).not.toContain('vram.tp-needs-nvlink');
  });

  it('refuses pipeline parallel across VMs on a SKU without InfiniBand', () => {
    const noIb = check('gpu-vm', {
      model: 'llama-3.1-70b',
      sku: 'Standard_NC96ads_A100_v4',
      tensorParallel: 4,
      pipelineParallel: 2,
      count: 2,
    });
    expect(getVmSku('Standard_NC96ads_A100_v4')?.infinibandGbps).toBeNull();
    expect(noIb.result.findings.find((f) => f.ruleId === 'vram.pp-needs-infiniband')?.severity).toBe('error');
    const ib = check('gpu-vm', {
      model: 'llama-3.1-405b',
      sku: 'Standard_ND96amsr_A100_v4',
      tensorParallel: 8,
      pipelineParallel: 2,
      count: 2,
    });
    expect(rules(ib.result)).not.toContain('vram.pp-needs-infiniband');
    expect(ib.result.fit?.fits).toBe(true); // 405B BF16: 811.71 GB ÷ 16 GPUs = 50.7 GB each
  });

  it('GPU count: TP × PP above VMs × GPUs is an error', () => {
    const r = check('gpu-vm', {
      model: 'llama-3.1-405b',
      sku: 'Standard_ND96amsr_A100_v4',
      tensorParallel: 8,
      pipelineParallel: 2,
      count: 1,
    });
    expect(rules(r.result)).toContain('vram.gpu-count-mismatch');
  });

  it('FP8 on A100 (no FP8 hardware) is a warning (weight-only W8A16); on V100 an error; on H100 fine', () => {
    const a100 = check('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_NC96ads_A100_v4', tensorParallel: 4, precision: 'fp8' });
    expect(a100.result.findings.find((f) => f.ruleId === 'vram.fp8-unsupported')?.severity).toBe('warning');
    const v100 = check('gpu-vm', { model: 'llama-3.2-1b', sku: 'Standard_NC6s_v3', precision: 'fp8' });
    expect(v100.result.findings.find((f) => f.ruleId === 'vram.fp8-unsupported')?.severity).toBe('error');
    const h100 = check('gpu-vm', {
      model: 'llama-3.1-70b',
      sku: 'Standard_ND96isr_H100_v5',
      tensorParallel: 8,
      precision: 'fp8',
      kvCachePrecision: 'fp8',
    });
    // FP8 is fine on H100; 70B in FP8 over 8 GPUs uses 19% of their memory, so the only finding is the
    // over-provisioned info (one NC80adis_H100_v5 at tensor parallel 2 holds the same replica).
    expect(rules(h100.result)).toEqual(['vram.over-provisioned']);
  });

  it("context over the model's maximum: Phi-3 mini 4k with an 8,192-token scenario", () => {
    const r = check('gpu-vm', { model: 'phi-3-mini-4k', sku: 'Standard_NC24ads_A100_v4' });
    expect(rules(r.result)).toContain('vram.context-over-max');
    const over = check('gpu-vm', { model: 'mistral-7b-v0.3', sku: 'Standard_NC24ads_A100_v4', maxContextTokens: 65536 });
    expect(over.result.findings.filter((f) => f.ruleId === 'vram.context-over-max')).toHaveLength(1);
  });

  it('over target: gpu_memory_utilization 0.95 reserves more than the 90% target (seed 9.11)', () => {
    const r = check('gpu-vm', { model: 'llama-3.1-8b', sku: 'Standard_NC24ads_A100_v4', gpuMemoryUtilization: 0.95 });
    expect(rules(r.result)).toEqual(['vram.over-target']);
    expect(r.result.findings[0]?.fixes[0]?.patch?.config).toEqual({ gpuMemoryUtilization: 0.9 });
  });

  it('over target with a tight fit: lowering gpu_memory_utilization alone would not fit, so fixes change more', () => {
    // 8B, 58 × 8,192 tokens: 16.09 + 0.77 + 58 × 1.074 = 79.1 GB > 76.6 GB (0.9 × 85.09 driver total) but < 80.8 GB (0.95 ×)
    const { design, node, result } = check(
      'gpu-vm',
      { model: 'llama-3.1-8b', sku: 'Standard_NC24ads_A100_v4', gpuMemoryUtilization: 0.95 },
      { concurrentSequences: 58 },
    );
    expect(result.fit?.fits).toBe(true);
    expect(result.fit?.utilization).toBeGreaterThan(0.9);
    const f = result.findings.find((x) => x.ruleId === 'vram.over-target');
    expect(f?.fixes.length).toBeGreaterThan(0);
    for (const fix of f?.fixes ?? []) {
      expect(fix.patch?.config.gpuMemoryUtilization).toBe(0.9);
      const patched = { ...node, config: { ...node.config, ...fix.patch?.config } } as DesignNode;
      const after = vramCheckNode(
        contextOf(buildGraph({ ...design, nodes: design.nodes.map((n) => (n.id === 'n' ? patched : n)) })),
        patched,
      );
      expect(after.fit?.fits, fix.description).toBe(true);
      expect(
        after.findings.map((x) => x.ruleId),
        fix.description,
      ).not.toContain('vram.over-target');
    }
  });

  it('AKS MIG 3g.40gb slice: 40 GB per replica (NVIDIA mig-parted profiles in the catalog)', () => {
    const r = check('aks-gpu-pool', {
      model: 'llama-3.1-8b',
      sku: 'Standard_NC24ads_A100_v4',
      gpuSharing: 'mig',
      migProfile: '3g.40gb',
      replicasPerGpu: 2,
      minNodes: 1,
      maxNodes: 2,
    });
    expect(r.result.fit?.capacityGBPerGpu).toBe(40);
    expect(r.result.fit?.replicas).toBe(4); // 2 nodes × 1 GPU × 2 slices
    expect(rules(r.result)).toEqual([]);
  });

  it('AKS MIG on a GPU without MIG, or a profile the GPU lacks, is refused', () => {
    const t4 = check('aks-gpu-pool', { model: 'llama-3.2-1b', sku: 'Standard_NC4as_T4_v3', gpuSharing: 'mig', replicasPerGpu: 2 });
    expect(rules(t4.result)).toContain('vram.mig-unsupported');
    const bad = check('aks-gpu-pool', { model: 'llama-3.2-1b', sku: 'Standard_NC24ads_A100_v4', gpuSharing: 'mig', migProfile: '9g.99gb' });
    expect(rules(bad.result)).toContain('vram.mig-unsupported');
  });

  it('AKS time-slicing: capacity ÷ replicas and a no-isolation warning', () => {
    const r = check('aks-gpu-pool', {
      model: 'llama-3.2-1b',
      sku: 'Standard_NC24ads_A100_v4',
      gpuSharing: 'time-slicing',
      replicasPerGpu: 4,
    });
    expect(r.result.fit?.capacityGBPerGpu).toBe(20);
    expect(rules(r.result)).toContain('vram.time-slicing-no-isolation');
  });

  it('unknown SKU or model: an error finding with a plain message, no fit', () => {
    const r = check('gpu-vm', { model: 'llama-9', sku: 'Standard_Nope' });
    expect(r.result.fit).toBeNull();
    expect(rules(r.result).sort()).toEqual(['catalog.unknown-model', 'catalog.unknown-sku']);
    expect(r.result.findings[0]?.message).toContain('Standard_Nope');
    expect(vramFitForNode(contextOf(r.g), r.node)).toBeNull();
  });

  it('an ML online endpoint is checked the same way', () => {
    const r = check('ml-online-endpoint', { model: 'llama-3.1-8b', sku: 'Standard_NC24ads_A100_v4', instances: 2 });
    expect(r.result.fit?.fits).toBe(true);
    expect(r.result.fit?.replicas).toBe(2);
  });
});

describe('cheapestFittingSku (self-hosted alternative, eastus PAYG, facts §3.2)', () => {
  const scenario = DesignSchema.parse({ schemaVersion: 1, name: 's' }).scenario;
  it('Llama 3.1 8B BF16 → NC24ads_A100_v4, TP 1, $3.673/h', () => {
    expect(cheapestFittingSku('llama-3.1-8b', 'bf16', scenario, 'eastus', CATALOG_PRICES)).toEqual({
      skuId: 'Standard_NC24ads_A100_v4',
      tensorParallel: 1,
      usdPerHour: 3.673,
    });
  });
  it('Llama 3.1 70B BF16 → NC96ads_A100_v4, TP 4, $14.692/h (2 GPUs leave too little KV room for 16 × 8k)', () => {
    expect(cheapestFittingSku('llama-3.1-70b', 'bf16', scenario, null, CATALOG_PRICES)).toEqual({
      skuId: 'Standard_NC96ads_A100_v4',
      tensorParallel: 4,
      usdPerHour: 14.692,
    });
  });
  it('unknown model → null', () => {
    expect(cheapestFittingSku('nope', 'bf16', scenario, 'eastus', CATALOG_PRICES)).toBeNull();
  });
});
