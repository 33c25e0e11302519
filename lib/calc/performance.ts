/**
 * Model speed from first principles (self-hosted) and from the catalog (managed models).
 *
 * Self-hosted, per replica of TP × PP GPUs:
 *   decode (memory-bandwidth bound): each step reads the weights and every running sequence's KV cache
 *     once, each GPU its share, so
 *       step ≈ (weights ÷ TP + batch × context × KV bytes per token per GPU) ÷ (bandwidth × MBU)
 *     (pipeline stages run one after another for a token, so PP does not shorten a step), and never less
 *     than the compute time 2 × active params × batch ÷ (TP × dense TFLOPS × MFU).
 *     Output tokens/s per sequence = 1 ÷ step. Tensor-parallel all-reduce time is IGNORED (optimistic).
 *   prefill (compute bound): TTFT ≈ 2 × active params × input tokens ÷ (TP × dense TFLOPS × MFU), FP8
 *     TFLOPS when the weights are FP8 on FP8 hardware, else BF16; at least one read of the weights.
 *   requests/min per replica = concurrent sequences × 60 s ÷ (TTFT + output tokens × step).
 * Managed: Azure OpenAI from the published median output speed, with the PTU latency target (99% of requests
 * faster) as the worst case (aoai-speed.ts); Foundry serverless from the node's assumptions.
 */
import { getAoaiModel } from '../catalog/index';
import type { OpenModel } from '../catalog/types';
import type { DesignNode, Scenario } from '../design/schema';
import type { Precision } from '../design/node-configs';
import { formatInt } from '../format';
import type { CalcContext } from './context';
import { nodeLabel } from '../design/node-label';
import type { DesignGraph } from './graph';
import { aoaiOutputSpeed } from './aoai-speed';
import { kvBytesPerToken } from './kv-cache';
import { computeFinding } from './rules-compute';
import type { Finding, ModelPerformance } from './types';
import { isSelfHostedNode, servingPlanForNode, weightsBytes, type MemoryPlan, type ResolvedServing } from './vram';

/** Prefill model-FLOPs utilization. ASSUMPTION: 0.4. */
export const PREFILL_MFU_ASSUMPTION = 0.4;
/** Decode compute-bound floor uses the same MFU. ASSUMPTION. */
export const DECODE_MFU_ASSUMPTION = 0.4;
/**
 * Decode memory-bandwidth utilization (MBU): share of peak HBM bandwidth a serving engine achieves.
 * ASSUMPTION: 0.7 (well-tuned engines are commonly put at 60-85%; not a published constant).
 */
export const DECODE_BANDWIDTH_EFFICIENCY = 0.7;
/** Seed 9.11: generation speed target 30-100 tokens/s. */
export const SLOW_GENERATION_TOKENS_PER_SECOND = 30;

/**
 * Weight bytes a decode step reads for `batch` sequences. Dense: all of them. MoE: shared weights plus
 * the experts the batch's tokens touch, expected fraction 1 − (1 − k/E)^batch (uniform routing, an
 * ASSUMPTION); expert size from total = shared + E·e and active = shared + k·e.
 */
export function decodeWeightsReadBytes(
  model: Pick<OpenModel, 'parameters' | 'activeParameters' | 'moe'>,
  precision: Precision,
  batch: number,
): number {
  const all = weightsBytes(model, precision);
  if (model.moe === null || model.moe.experts <= model.moe.activeExperts) return all;
  const { experts: E, activeExperts: k } = model.moe;
  const perExpert = (model.parameters - model.activeParameters) / (E - k);
  const shared = model.parameters - E * perExpert;
  const touched = 1 - (1 - k / E) ** Math.max(1, batch);
  return weightsBytes({ parameters: shared + E * perExpert * touched }, precision);
}

export interface SelfHostedSpeedInputs {
  model: Pick<OpenModel, 'parameters' | 'activeParameters' | 'moe'>;
  precision: Precision;
  tensorParallel: number;
  /** KV bytes per token on one GPU of the tensor-parallel group, all layers (PP = 1 view). */
  kvBytesPerTokenPerGpu: number;
  /** Per GPU, GB/s (times the replica's share for MIG / time-slicing). */
  memoryBandwidthGBps: number;
  /** Dense TFLOPS used for compute (FP8 or BF16), per GPU × share; null = unknown. */
  denseTflops: number | null;
  batch: number;
  /** Average context read per step during generation. */
  decodeContextTokens: number;
  inputTokens: number;
  outputTokens: number;
}

export interface SelfHostedSpeed {
  decodeStepMs: number;
  decodeMemoryMs: number;
  decodeComputeMs: number | null;
  outputTokensPerSecond: number;
  ttftMs: number | null;
  e2eMs: number | null;
  requestsPerMinute: number | null;
}

export function selfHostedSpeed(x: SelfHostedSpeedInputs): SelfHostedSpeed {
  const tp = Math.max(1, x.tensorParallel);
  const bw = x.memoryBandwidthGBps * 1e9 * DECODE_BANDWIDTH_EFFICIENCY;
  const weightsRead = decodeWeightsReadBytes(x.model, x.precision, x.batch) / tp;
  const kvRead = x.batch * x.decodeContextTokens * x.kvBytesPerTokenPerGpu;
  const decodeMemoryMs = ((weightsRead + kvRead) / bw) * 1000;
  const flops = x.denseTflops !== null ? x.denseTflops * 1e12 : null;
  const decodeComputeMs = flops !== null ? ((2 * x.model.activeParameters * x.batch) / (tp * flops * DECODE_MFU_ASSUMPTION)) * 1000 : null;
  const decodeStepMs = Math.max(decodeMemoryMs, decodeComputeMs ?? 0);
  const oneWeightReadMs = (weightsBytes(x.model, x.precision) / tp / bw) * 1000;
  const ttftMs =
    flops !== null
      ? Math.max(((2 * x.model.activeParameters * x.inputTokens) / (tp * flops * PREFILL_MFU_ASSUMPTION)) * 1000, oneWeightReadMs)
      : null;
  const e2eMs = ttftMs !== null ? ttftMs + Math.max(0, x.outputTokens - 1) * decodeStepMs : null;
  return {
    decodeStepMs,
    decodeMemoryMs,
    decodeComputeMs,
    outputTokensPerSecond: 1000 / decodeStepMs,
    ttftMs,
    e2eMs,
    requestsPerMinute: e2eMs !== null && e2eMs > 0 ? (x.batch * 60_000) / e2eMs : null,
  };
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

function selfHostedPerformance(r: ResolvedServing, plan: MemoryPlan, scenario: Scenario): ModelPerformance {
  const { model, gpu, layout, node, sku } = r;
  const sources = [...new Set([model.source, gpu.source, sku.source, 'seed 9.4', 'seed 9.11'])];
  const formula =
    'decode step = (weights ÷ TP + batch × context × KV bytes/token/GPU) ÷ (bandwidth × MBU), at least 2 × active params × batch ÷ (TP × TFLOPS × MFU); tokens/s = 1 ÷ step; ' +
    'TTFT = 2 × active params × input tokens ÷ (TP × TFLOPS × MFU); E2E = TTFT + (output − 1) × step; requests/min per replica = batch × 60 s ÷ E2E';
  const empty = (basis: string): ModelPerformance => ({
    nodeId: node.id,
    ttftMs: null,
    outputTokensPerSecond: null,
    worstCaseOutputTokensPerSecond: null,
    requestsPerMinutePerReplica: null,
    basis,
    explanation: { formula, substituted: basis, sources },
  });
  if (plan.arch === null) return empty('Model architecture incomplete in the catalog: speed not computed.');
  if (plan.maxConcurrentSequences < 1) return empty('The model does not fit this deployment (see VRAM): speed not computed.');
  if (gpu.memoryBandwidthGBps === null) return empty(`${gpu.name} has no memory bandwidth figure in the catalog: speed not computed.`);
  const share = plan.share.computeShare;
  const useFp8 = layout.precision === 'fp8' && gpu.fp8 && gpu.denseFp8Tflops !== null;
  const tflopsPerGpu = useFp8 ? gpu.denseFp8Tflops : gpu.denseBf16Tflops;
  const batch = Math.max(1, Math.min(scenario.concurrentSequences, plan.maxConcurrentSequences));
  const inputTokens = Math.min(scenario.inputTokensPerRequest, plan.maxContextTokens);
  const decodeContextTokens = Math.min(inputTokens + scenario.outputTokensPerRequest / 2, plan.maxContextTokens);
  const kvTokGpu = kvBytesPerToken(plan.arch, plan.kvBytesPerElement, layout.tensorParallel);
  const s = selfHostedSpeed({
    model,
    precision: layout.precision,
    tensorParallel: layout.tensorParallel,
    kvBytesPerTokenPerGpu: kvTokGpu,
    memoryBandwidthGBps: gpu.memoryBandwidthGBps * share,
    denseTflops: tflopsPerGpu !== null ? tflopsPerGpu * share : null,
    batch,
    decodeContextTokens,
    inputTokens,
    outputTokens: scenario.outputTokensPerRequest,
  });
  const tp = layout.tensorParallel;
  const substituted = [
    `decode: (${(decodeWeightsReadBytes(model, layout.precision, batch) / 1e9).toFixed(2)} GB ÷ ${tp} + ${batch} × ${Math.round(decodeContextTokens)} tokens × ${formatInt(kvTokGpu)} B) ÷ (${r1(gpu.memoryBandwidthGBps * share)} GB/s × ${DECODE_BANDWIDTH_EFFICIENCY}) = ${s.decodeMemoryMs.toFixed(2)} ms` +
      (s.decodeComputeMs !== null ? `; compute floor ${s.decodeComputeMs.toFixed(2)} ms` : '') +
      ` → ${r1(s.outputTokensPerSecond)} tokens/s per sequence`,
    tflopsPerGpu !== null
      ? `prefill: 2 × ${formatInt(model.activeParameters)} × ${inputTokens} ÷ (${tp} × ${r1(tflopsPerGpu * share)} ${useFp8 ? 'FP8' : 'BF16'} TFLOPS × ${PREFILL_MFU_ASSUMPTION}) → TTFT ${s.ttftMs?.toFixed(0)} ms`
      : `prefill: ${gpu.name} has no dense BF16/FP8 figure in the catalog → TTFT unknown`,
    s.e2eMs !== null
      ? `E2E ${s.e2eMs.toFixed(0)} ms for ${scenario.outputTokensPerRequest} output tokens → ${r1(s.requestsPerMinute ?? 0)} requests/min at ${batch} concurrent`
      : '',
  ]
    .filter((x) => x !== '')
    .join('; ');
  return {
    nodeId: node.id,
    ttftMs: s.ttftMs !== null ? Math.round(s.ttftMs) : null,
    outputTokensPerSecond: r1(s.outputTokensPerSecond),
    worstCaseOutputTokensPerSecond: null,
    requestsPerMinutePerReplica: s.requestsPerMinute !== null ? r1(s.requestsPerMinute) : null,
    basis: `First-principles estimate at ${batch} concurrent sequences: decode bandwidth-bound (MBU ${DECODE_BANDWIDTH_EFFICIENCY}, assumption), prefill compute-bound (MFU ${PREFILL_MFU_ASSUMPTION}, assumption); tensor-parallel communication and queueing ignored (optimistic).`,
    explanation: { formula, substituted, sources },
  };
}

function managedPerformance(node: DesignNode): ModelPerformance | null {
  if (node.kind === 'azure-openai') {
    const speed = aoaiOutputSpeed(node.config.model, node.config.deploymentType);
    const tps = speed.outputTokensPerSecond;
    const worst = speed.worstCaseOutputTokensPerSecond;
    const m = getAoaiModel(node.config.model);
    const sources = [...new Set([m?.source ?? 'catalog openai-models', ...speed.sources, 'facts §5.1', 'facts §6.2'])];
    const basis = `${speed.description} TTFT ${node.config.expectedTtftMs} ms is the node's assumption (Microsoft publishes no TTFT).`;
    return {
      nodeId: node.id,
      ttftMs: node.config.expectedTtftMs,
      outputTokensPerSecond: tps,
      worstCaseOutputTokensPerSecond: worst,
      requestsPerMinutePerReplica: null,
      basis,
      explanation: {
        formula:
          'typical tokens/s = the published median output speed of the model on Azure (catalog), else the PTU latency target; ' +
          'worst-case tokens/s = the PTU latency target (99% of requests faster); TTFT = node setting expectedTtftMs (assumption)',
        substituted: `typical tokens/s = ${tps ?? 'unknown'}${speed.basis === 'ptu-floor-fallback' ? ' (PTU floor, no published median)' : ''}; worst-case tokens/s = ${worst ?? 'unknown'}; TTFT = ${node.config.expectedTtftMs} ms`,
        sources,
      },
    };
  }
  if (node.kind === 'foundry-serverless') {
    return {
      nodeId: node.id,
      ttftMs: node.config.expectedTtftMs,
      outputTokensPerSecond: node.config.expectedOutputTokensPerSecond,
      worstCaseOutputTokensPerSecond: null,
      requestsPerMinutePerReplica: null,
      basis: `Node assumptions: TTFT ${node.config.expectedTtftMs} ms, ${node.config.expectedOutputTokensPerSecond} tokens/s (serverless deployments publish no latency figures).`,
      explanation: {
        formula: 'TTFT and tokens/s = the node settings expectedTtftMs and expectedOutputTokensPerSecond (assumptions)',
        substituted: `TTFT = ${node.config.expectedTtftMs} ms; tokens/s = ${node.config.expectedOutputTokensPerSecond}`,
        sources: ['facts §6.2'],
      },
    };
  }
  return null;
}

export interface PerformanceCheck {
  performance: ModelPerformance | null;
  findings: Finding[];
}

/** Model speed and the latency.slow-generation finding of one model deployment node. */
export function performanceCheckNode(ctx: Pick<CalcContext, 'g' | 'scenario'>, node: DesignNode): PerformanceCheck {
  const { g, scenario } = ctx;
  let performance: ModelPerformance | null = null;
  if (isSelfHostedNode(node)) {
    const v = servingPlanForNode(g, node, scenario);
    if (v) performance = selfHostedPerformance(v.resolved, v.plan, scenario);
  } else performance = managedPerformance(node);
  const findings: Finding[] = [];
  const tps = performance?.outputTokensPerSecond ?? null;
  if (performance && tps !== null && tps < SLOW_GENERATION_TOKENS_PER_SECOND)
    findings.push(
      computeFinding('latency.slow-generation', {
        message: `${nodeLabel(node)}: about ${tps} output tokens/s per request, below the 30-100 tokens/s target; a ${scenario.outputTokensPerRequest}-token answer takes ${(scenario.outputTokensPerRequest / tps).toFixed(1)} s to generate. ${performance.basis}`,
        nodeIds: [node.id],
      }),
    );
  return { performance, findings };
}

/**
 * Speed of a model deployment: self-hosted nodes from first principles, Azure OpenAI from the published
 * median (worst case: the PTU latency target), Foundry serverless from the node's assumptions. null for nodes that are not model deployments
 * and for self-hosted nodes whose catalog ids are unknown.
 */
export function modelPerformance(g: DesignGraph, node: DesignNode, scenario: Scenario): ModelPerformance | null {
  return performanceCheckNode({ g, scenario }, node).performance;
}
