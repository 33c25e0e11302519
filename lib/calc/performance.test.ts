/**
 * Model speed. Self-hosted figures from first principles with the catalog's GPU figures (A100 80GB PCIe:
 * 1,935 GB/s, 312 dense BF16 TFLOPS, NVIDIA datasheet; H100 SXM: 3,350 GB/s, 989 BF16 / 1,978 FP8 dense
 * TFLOPS) and the labelled assumptions MBU 0.7 and MFU 0.4. Managed figures: PTU latency targets (facts
 * §5.1: gpt-4o 25 tokens/s, gpt-4.1 80) and the node's TTFT assumption (facts §6.2: none published).
 */
import { describe, expect, it } from 'vitest';
import { getOpenModel } from '../catalog/index';
import { DesignSchema, type DesignNode, type Scenario } from '../design/schema';
import { buildGraph } from './graph';
import {
  DECODE_BANDWIDTH_EFFICIENCY,
  PREFILL_MFU_ASSUMPTION,
  decodeWeightsReadBytes,
  modelPerformance,
  performanceCheckNode,
  selfHostedSpeed,
} from './performance';

function perf(kind: string, config: Record<string, unknown>, scenario: Partial<Scenario> = {}) {
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
  return { g, node, design, result: performanceCheckNode({ g, scenario: design.scenario }, node) };
}

const m8 = getOpenModel('llama-3.1-8b')!;
const m70 = getOpenModel('llama-3.1-70b')!;

describe('first-principles speed', () => {
  it('assumptions are the labelled ones', () => {
    expect(DECODE_BANDWIDTH_EFFICIENCY).toBe(0.7);
    expect(PREFILL_MFU_ASSUMPTION).toBe(0.4);
  });

  it('decode is bandwidth bound: 8B BF16 on one A100 80GB, one sequence = 16.06 GB ÷ (1,935 GB/s × 0.7) = 11.86 ms/token', () => {
    const s = selfHostedSpeed({
      model: m8,
      precision: 'bf16',
      tensorParallel: 1,
      kvBytesPerTokenPerGpu: 131_072,
      memoryBandwidthGBps: 1935,
      denseTflops: 312,
      batch: 1,
      decodeContextTokens: 0,
      inputTokens: 1500,
      outputTokens: 300,
    });
    expect(s.decodeMemoryMs).toBeCloseTo((16_060_522_496 / (1935e9 * 0.7)) * 1000, 6);
    expect(s.decodeMemoryMs).toBeCloseTo(11.857, 3);
    expect(s.decodeComputeMs).toBeCloseTo(((2 * 8_030_261_248) / (312e12 * 0.4)) * 1000, 6); // 0.129 ms: not the bound
    expect(s.outputTokensPerSecond).toBeCloseTo(84.34, 2);
    // prefill is compute bound: 2 × 8.03B × 1,500 ÷ (312 TFLOPS × 0.4) = 193.04 ms
    expect(s.ttftMs).toBeCloseTo(193.035, 3);
    expect(s.e2eMs).toBeCloseTo(193.035 + 299 * 11.857, 0);
    expect(s.requestsPerMinute).toBeCloseTo(60_000 / (193.035 + 299 * 11.857), 1);
  });

  it('tensor parallel 4 reads a quarter of the weights per GPU; KV of 16 sequences × 1,650 tokens adds to each step', () => {
    const base = {
      model: m70,
      precision: 'bf16' as const,
      memoryBandwidthGBps: 1935,
      denseTflops: 312,
      inputTokens: 1500,
      outputTokens: 300,
    };
    const tp1 = selfHostedSpeed({ ...base, tensorParallel: 1, kvBytesPerTokenPerGpu: 327_680, batch: 1, decodeContextTokens: 0 });
    const tp4 = selfHostedSpeed({ ...base, tensorParallel: 4, kvBytesPerTokenPerGpu: 81_920, batch: 1, decodeContextTokens: 0 });
    expect(tp1.decodeMemoryMs / tp4.decodeMemoryMs).toBeCloseTo(4, 9);
    expect(tp4.decodeMemoryMs).toBeCloseTo(26.04, 2); // 35.277 GB ÷ 1,354.5 GB/s
    const loaded = selfHostedSpeed({ ...base, tensorParallel: 4, kvBytesPerTokenPerGpu: 81_920, batch: 16, decodeContextTokens: 1650 });
    expect(loaded.decodeMemoryMs).toBeCloseTo((((70_553_706_496 * 2) / 4 + 16 * 1650 * 81_920) / (1935e9 * 0.7)) * 1000, 6); // 27.64 ms
    expect(loaded.outputTokensPerSecond).toBeCloseTo(36.18, 2);
    expect(tp4.ttftMs! * 4).toBeCloseTo(tp1.ttftMs!, 6);
  });

  it('MoE decode reads only the experts a batch touches (Mixtral, 2 of 8): one sequence reads the active 12.88B', () => {
    const mix = getOpenModel('mixtral-8x7b')!;
    expect(decodeWeightsReadBytes(mix, 'bf16', 1)).toBeCloseTo(12_879_925_248 * 2, -3);
    expect(decodeWeightsReadBytes(mix, 'bf16', 256) / (46_702_792_704 * 2)).toBeGreaterThan(0.999);
    expect(decodeWeightsReadBytes(m70, 'bf16', 1)).toBe(70_553_706_496 * 2); // dense: all weights
  });
});

describe('self-hosted node', () => {
  it('70B on NC96ads_A100_v4 TP 4, default scenario: 36.2 tokens/s, TTFT 424 ms, requests/min = 16 × 60 s ÷ E2E', () => {
    const { result } = perf('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_NC96ads_A100_v4', tensorParallel: 4 });
    const p = result.performance!;
    expect(p.outputTokensPerSecond).toBe(36.2);
    // TTFT = 2 × 70.55B × 1,500 ÷ (4 × 312 TFLOPS × 0.4) = 423.9 ms
    expect(p.ttftMs).toBe(Math.round(((2 * 70_553_706_496 * 1500) / (4 * 312e12 * 0.4)) * 1000));
    expect(p.ttftMs).toBe(424);
    const e2e = 423.9 + 299 * (1000 / 36.18);
    expect(p.requestsPerMinutePerReplica).toBeCloseTo((16 * 60_000) / e2e, 0);
    expect(p.basis).toContain('assumption');
    expect(result.findings).toEqual([]);
  });

  it('FP8 weights on H100 use the FP8 TFLOPS (1,978) for prefill: TTFT halves against BF16', () => {
    const fp8 = perf('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_ND96isr_H100_v5', tensorParallel: 8, precision: 'fp8' });
    const bf16 = perf('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_ND96isr_H100_v5', tensorParallel: 8, precision: 'bf16' });
    expect(fp8.result.performance?.ttftMs).toBe(Math.round(((2 * 70_553_706_496 * 1500) / (8 * 1978e12 * 0.4)) * 1000)); // 33 ms
    expect(bf16.result.performance?.ttftMs).toBe(Math.round(((2 * 70_553_706_496 * 1500) / (8 * 989e12 * 0.4)) * 1000)); // 67 ms
  });

  it('a MIG slice gets its share of bandwidth: slower than a whole GPU', () => {
    const whole = perf('aks-gpu-pool', { model: 'llama-3.1-8b', sku: 'Standard_NC24ads_A100_v4' }, { concurrentSequences: 4 });
    const slice = perf(
      'aks-gpu-pool',
      { model: 'llama-3.1-8b', sku: 'Standard_NC24ads_A100_v4', gpuSharing: 'mig', migProfile: '3g.40gb', replicasPerGpu: 2 },
      { concurrentSequences: 4 },
    );
    expect(slice.result.performance!.outputTokensPerSecond!).toBeLessThan(whole.result.performance!.outputTokensPerSecond! * 0.6);
  });

  it('a deployment that does not fit has no speed', () => {
    const { result } = perf('gpu-vm', { model: 'llama-3.1-70b', sku: 'Standard_NC24ads_A100_v4' });
    expect(result.performance?.outputTokensPerSecond).toBeNull();
    expect(result.performance?.ttftMs).toBeNull();
  });

  it('slow generation (< 30 tokens/s, seed 9.11) is flagged: 70B INT8 on 2 × A100 (TP 2) with 24 sequences of 7,000-token prompts', () => {
    const { result } = perf(
      'gpu-vm',
      { model: 'llama-3.1-70b', sku: 'Standard_NC48ads_A100_v4', tensorParallel: 2, precision: 'int8' },
      { concurrentSequences: 24, inputTokensPerRequest: 7000 },
    );
    expect(result.performance!.outputTokensPerSecond!).toBeLessThan(30);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['latency.slow-generation']);
  });
});

describe('managed models', () => {
  // Typical speed = the published median on Azure (catalog AOAI_TYPICAL_OUTPUT_SPEED, Artificial Analysis);
  // worst case = the PTU latency target, 99% of requests faster (facts §5.1). Before the typical figure was
  // catalogued, the PTU floor was used as the speed itself (gpt-4o 25 tokens/s → a 12 s answer).
  it('Azure OpenAI provisioned gpt-4o: typical 115 tokens/s (Azure median, aa-azure-gpt-4o-2024-05-13), worst case the PTU SLA 25 tokens/s', () => {
    const { result } = perf('azure-openai', { model: 'gpt-4o', deploymentType: 'provisioned', ptuUnits: 50, expectedTtftMs: 700 });
    expect(result.performance?.outputTokensPerSecond).toBe(115);
    expect(result.performance?.worstCaseOutputTokensPerSecond).toBe(25);
    expect(result.performance?.ttftMs).toBe(700);
    expect(result.performance?.requestsPerMinutePerReplica).toBeNull();
    expect(result.performance?.basis).toContain('no median is published for provisioned deployments');
    expect(result.performance?.basis).toContain('PTU latency SLA');
    expect(result.performance?.explanation.sources).toEqual(expect.arrayContaining(['aa-azure-gpt-4o-2024-05-13', 'aoai-ptu-onboarding']));
    // 115 tokens/s is inside the seed's 30-100+ range: no slow-generation finding (it fired at 25 before).
    expect(result.findings).toEqual([]);
  });
  it('Azure OpenAI global-standard gpt-4.1: typical 185 tokens/s (aa-gpt-4-1-secondary), worst case 80, "no latency SLA"', () => {
    const { result } = perf('azure-openai', { model: 'gpt-4.1', deploymentType: 'global-standard' });
    expect(result.performance?.outputTokensPerSecond).toBe(185);
    expect(result.performance?.worstCaseOutputTokensPerSecond).toBe(80);
    expect(result.performance?.basis).toContain('no latency SLA');
    expect(result.findings).toEqual([]);
  });
  it('gpt-4.1-mini data-zone-standard: 107.9 tokens/s (aa-azure-gpt-4-1-mini), worst case 90', () => {
    const { result } = perf('azure-openai', { model: 'gpt-4.1-mini', deploymentType: 'data-zone-standard' });
    expect(result.performance?.outputTokensPerSecond).toBe(107.9);
    expect(result.performance?.worstCaseOutputTokensPerSecond).toBe(90);
  });
  it('gpt-4o-mini has no published Azure median: the PTU floor, 33 tokens/s, stands in for typical and worst case, and says so', () => {
    const { result } = perf('azure-openai', { model: 'gpt-4o-mini', deploymentType: 'global-standard' });
    expect(result.performance?.outputTokensPerSecond).toBe(33);
    expect(result.performance?.worstCaseOutputTokensPerSecond).toBe(33);
    expect(result.performance?.basis).toContain('No median output speed is published for gpt-4o-mini');
    expect(result.performance?.explanation.substituted).toContain('PTU floor, no published median');
    expect(result.findings).toEqual([]);
  });
  it('o1 has no published median either: its floor, 25 tokens/s, is below 30 → latency.slow-generation naming the floor', () => {
    const { result } = perf('azure-openai', { model: 'o1', deploymentType: 'global-standard' });
    expect(result.performance?.outputTokensPerSecond).toBe(25);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['latency.slow-generation']);
    expect(result.findings[0]?.message).toContain('PTU floor, 25 tokens/s');
  });
  it('o3: median 82.6 tokens/s (aa-azure-o3); the PTU floor 80 comes from the §5.1 table although o3 has no PTU sizing row', () => {
    const { result } = perf('azure-openai', { model: 'o3', deploymentType: 'global-standard' });
    expect(result.performance?.outputTokensPerSecond).toBe(82.6);
    expect(result.performance?.worstCaseOutputTokensPerSecond).toBe(80);
  });
  it('gpt-5-mini has neither a median nor a PTU floor: speed unknown', () => {
    const { result } = perf('azure-openai', { model: 'gpt-5-mini', deploymentType: 'global-standard' });
    expect(result.performance?.outputTokensPerSecond).toBeNull();
    expect(result.performance?.worstCaseOutputTokensPerSecond).toBeNull();
    expect(result.performance?.basis).toContain('output speed unknown');
  });
  it('Foundry serverless: the node assumptions', () => {
    const { result } = perf('foundry-serverless', { model: 'llama-3.1-70b', expectedTtftMs: 450, expectedOutputTokensPerSecond: 20 });
    expect(result.performance?.ttftMs).toBe(450);
    expect(result.performance?.outputTokensPerSecond).toBe(20);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['latency.slow-generation']);
  });
  it('other kinds are not model deployments', () => {
    const { g, node, design } = perf('redis', {});
    expect(modelPerformance(g, node, design.scenario)).toBeNull();
  });
});
