/**
 * The VRAM check of one self-hosted node: its fit, the vram.* / catalog.* findings and their fixes.
 */
import type { Gpu } from '../../catalog/types';
import type { DesignNode, Scenario } from '../../design/schema';
import { formatGBValue, formatInt, formatUsd } from '../../format';
import type { CalcContext } from '../context';
import { nodeLabel } from '../../design/node-label';
import type { DesignGraph } from '../graph';
import { computeFinding } from '../rules-compute';
import type { Finding, VramFit, VramVerdict } from '../types';
import { engineReportFigures } from '../engine/deployment';
import { TARGETS, bytesToGB } from '../units';
import { explainPlan } from './explain';
import { fixesFor } from './fixes';
import { overProvisionOf } from './overprovision';
import { isSelfHostedNode, layoutIssues, resolveServing, type ResolvedServing } from './layout';
import { planServingMemory, type MemoryPlan } from './memory';

// ---------------------------------------------------------------- the node check

/**
 * The engine's report figures, once per engine result: results are memoized on their inputs
 * (vram/memory.ts memoVllmPlan), so every node with the same deployment shares one read-only object.
 */
const engineFigures = new WeakMap<object, ReturnType<typeof engineReportFigures>>();
function reportFiguresOf(result: Parameters<typeof engineReportFigures>[0]): ReturnType<typeof engineReportFigures> {
  let figures = engineFigures.get(result);
  if (!figures) {
    figures = engineReportFigures(result);
    engineFigures.set(result, figures);
  }
  return figures;
}

function toVramFit(r: ResolvedServing, plan: MemoryPlan, scenario: Scenario, verdict: VramVerdict): VramFit {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const engine = plan.engine.applied ? reportFiguresOf(plan.engine.result) : null;
  return {
    nodeId: r.node.id,
    kind: r.node.kind,
    modelId: r.model.id,
    skuId: r.sku.id,
    precision: r.layout.precision,
    gpusPerReplica: plan.gpusPerReplica,
    replicas: plan.replicas,
    weightsGBPerGpu: round(bytesToGB(plan.weightsBytesPerGpu)),
    kvCacheGBPerGpu: round(bytesToGB(plan.kvBytesPerGpu)),
    overheadGBPerGpu: round(bytesToGB(plan.overheadBytesPerGpu)),
    requiredGBPerGpu: round(bytesToGB(plan.requiredBytesPerGpu)),
    capacityGBPerGpu: round(plan.capacityGBPerGpu),
    usableGBPerGpu: round(plan.usableGBPerGpu),
    fits: verdict !== 'does-not-fit',
    utilization: plan.utilization,
    kvBytesPerToken: plan.kvBytesPerTokenPerGpu,
    maxConcurrentSequences: plan.maxConcurrentSequences,
    maxConcurrentSequencesContiguous: plan.maxConcurrentSequencesContiguous,
    sequencesByContext: plan.sequencesByContext,
    verdict,
    kvCacheTokens: engine?.kvCacheTokens ?? null,
    engine,
    engineFallback: plan.engine.applied ? null : plan.engine.reason,
    explanation: explainPlan(r, plan, scenario),
  };
}

/**
 * GPUs without BF16 tensor cores are pre-Ampere (V100, T4, M60): vLLM's FP8 Marlin weight-only kernels
 * are listed for Ampere, Ada and Hopper (docs.vllm.ai "Supported Hardware" for quantization), so FP8
 * there is an error; Ampere (A100, A10) runs FP8 weight-only (W8A16), a warning.
 */
const noFp8Path = (gpu: Gpu): boolean => !gpu.fp8 && gpu.denseBf16Tflops === null;

export interface VramCheck {
  fit: VramFit | null;
  findings: Finding[];
  /** The plan behind `fit` (null when catalog ids are unknown), for the performance model. */
  plan: MemoryPlan | null;
  resolved: ResolvedServing | null;
}

/** VRAM fit and the vram.* / catalog.* findings of one self-hosted node. */
export function vramCheckNode(ctx: CalcContext, node: DesignNode): VramCheck {
  const { g, scenario } = ctx;
  if (!isSelfHostedNode(node)) return { fit: null, findings: [], plan: null, resolved: null };
  const { resolved: r, findings } = resolveServing(g, node);
  if (!r) return { fit: null, findings, plan: null, resolved: null };
  const { model, sku, gpu, layout } = r;
  const label = nodeLabel(node);
  const nodeIds = [node.id];
  const plan = planServingMemory(model, sku, gpu, layout, scenario);
  const sources = [model.source, sku.source, gpu.source].join(', ');

  if (!plan.kvKnown)
    findings.push(
      computeFinding('catalog.model-architecture-unknown', {
        message: `${label}: the catalog lacks ${model.name}'s layers / KV heads / head size, so the KV cache is left out and concurrency is not computed.`,
        nodeIds,
        basis: model.source,
      }),
    );

  for (const issue of layoutIssues(model, sku, gpu, layout))
    findings.push(computeFinding(issue.ruleId, { message: `${label}: ${issue.message}`, nodeIds, basis: sku.source }));

  if (layout.precision === 'fp8' && !gpu.fp8)
    findings.push(
      noFp8Path(gpu)
        ? computeFinding('vram.fp8-unsupported', {
            message: `${label}: FP8 weights on ${gpu.name}, which has no FP8 support (vLLM's FP8 weight-only kernels need Ampere or later). Use BF16/FP16, INT8 or INT4 weights.`,
            nodeIds,
            severity: 'error',
            basis: gpu.source,
          })
        : computeFinding('vram.fp8-unsupported', {
            message: `${label}: FP8 weights on ${gpu.name}, which has no FP8 tensor cores. vLLM runs FP8 checkpoints there weight-only (W8A16, FP8 Marlin): the memory saving holds, compute stays BF16/FP16.`,
            nodeIds,
            basis: gpu.source,
          }),
    );
  if (layout.kvCachePrecision === 'fp8' && !gpu.fp8)
    findings.push(
      computeFinding('vram.fp8-unsupported', {
        message: `${label}: an FP8 KV cache on ${gpu.name}, which has no FP8 tensor cores. vLLM stores the cache in 8 bits (half the KV bytes per token, so about twice the tokens) and converts it back to 16 bits for attention: the capacity gain holds, attention runs at 16-bit speed plus the conversion, and accuracy can drop slightly without calibrated scales.`,
        nodeIds,
        basis: gpu.source,
      }),
    );

  const configMax = layout.maxContextTokens;
  if (model.maxContextTokens !== null && configMax !== undefined && configMax > model.maxContextTokens)
    findings.push(
      computeFinding('vram.context-over-max', {
        message: `${label}: max context ${formatInt(configMax)} tokens is above ${model.name}'s maximum of ${formatInt(model.maxContextTokens)}; the engine will refuse it. Computed at ${formatInt(model.maxContextTokens)}.`,
        nodeIds,
        basis: model.source,
      }),
    );
  if (scenario.contextTokens > plan.maxContextTokens)
    findings.push(
      computeFinding('vram.context-over-max', {
        message: `${label}: the scenario's context of ${formatInt(scenario.contextTokens)} tokens is above this deployment's maximum of ${formatInt(plan.maxContextTokens)} (${configMax !== undefined && configMax < plan.modelMaxContextTokens ? 'max context setting' : `${model.name}'s limit`}); longer requests are rejected. Memory is computed at ${formatInt(plan.maxContextTokens)}.`,
        nodeIds,
        basis: model.source,
      }),
    );

  if (layout.gpuSharing === 'time-slicing' && layout.replicasPerGpu > 1)
    findings.push(
      computeFinding('vram.time-slicing-no-isolation', {
        message: `${label}: ${layout.replicasPerGpu} replicas time-share each GPU without memory isolation: one replica's KV cache growth can run another out of memory, and latency is unpredictable. Each is counted with ${plan.capacityGBPerGpu.toFixed(1)} GB. Use MIG for isolation, or dedicated GPUs.`,
        nodeIds,
      }),
    );

  let verdict: VramVerdict = 'fits';
  const engine = plan.engine.applied ? plan.engine.result.plan : null;
  if (engine)
    for (const w of engine.warnings)
      findings.push(computeFinding('vram.engine-warning', { message: `${label}: ${w}`, nodeIds, basis: sources }));
  const weightsAndOverheadFit = plan.kvBudgetBytesPerGpu >= 0;
  if (engine?.refusal) {
    verdict = 'does-not-fit';
    const refusal = engine.refusal;
    const heldTokens = refusal.code === 'max-model-len-exceeds-kv-cache' ? refusal.maxModelLenThatFits : 0;
    const fitLen = Math.floor(heldTokens / 1024) * 1024;
    const lenFix =
      fitLen >= Math.max(256, plan.contextTokens)
        ? [
            {
              description: `Set max context (max_model_len) to ${formatInt(fitLen)} tokens: the KV cache holds ${formatInt(heldTokens)}.`,
              patch: { nodeId: node.id, config: { maxContextTokens: fitLen } },
            },
          ]
        : [];
    findings.push(
      computeFinding('vram.does-not-fit', {
        message: `${label}: vLLM would refuse to start ${model.name} in ${layout.precision.toUpperCase()} on ${sku.id}: ${refusal.message}`,
        nodeIds,
        fixes: [...lenFix, ...fixesFor(ctx, r, 3)].slice(0, 3),
        basis: sources,
      }),
    );
  } else if (!plan.fits && (plan.maxConcurrentSequences === 0 || !plan.kvKnown)) {
    verdict = 'does-not-fit';
    const why = !weightsAndOverheadFit
      ? `weights (${formatGBValue(bytesToGB(plan.weightsBytesPerGpu))} GB) and overhead (${formatGBValue(bytesToGB(plan.overheadBytesPerGpu))} GB) alone exceed the ${plan.usableGBPerGpu.toFixed(2)} GB usable per GPU`
      : `after weights and overhead only ${formatGBValue(bytesToGB(plan.kvBudgetBytesPerGpu))} GB per GPU is left, less than one sequence's KV cache at ${formatInt(plan.contextTokens)} tokens (${formatGBValue(bytesToGB(plan.kvBytesPerSequencePerGpu))} GB)`;
    findings.push(
      computeFinding('vram.does-not-fit', {
        message: `${label}: ${model.name} in ${layout.precision.toUpperCase()} does not fit on ${sku.id}: needs ${formatGBValue(bytesToGB(plan.requiredBytesPerGpu))} GB per GPU, ${plan.usableGBPerGpu.toFixed(2)} GB usable (${plan.capacityGBPerGpu.toFixed(2)} × ${layout.gpuMemoryUtilization}); ${why}. The process would stop with out-of-memory.`,
        nodeIds,
        fixes: fixesFor(ctx, r, 3),
        basis: sources,
      }),
    );
  } else if (plan.kvKnown && scenario.concurrentSequences > plan.maxConcurrentSequences) {
    verdict = 'concurrency-short';
    findings.push(
      computeFinding('vram.concurrency-short', {
        message: `${label}: the KV cache holds ${plan.maxConcurrentSequences} sequences of ${formatInt(plan.contextTokens)} tokens per replica (paged), the scenario needs ${scenario.concurrentSequences}; the rest queue or get preempted. Needs ${formatGBValue(bytesToGB(plan.requiredBytesPerGpu))} of ${plan.usableGBPerGpu.toFixed(2)} GB usable per GPU.`,
        nodeIds,
        fixes: fixesFor(ctx, r, 3),
        basis: sources,
      }),
    );
  } else {
    const engineReserve = layout.engine === 'vllm' || layout.engine === 'sglang' ? layout.gpuMemoryUtilization : 0;
    if (plan.utilization > TARGETS.vramUtilization || engineReserve > TARGETS.vramUtilization) {
      verdict = 'above-target';
      findings.push(
        computeFinding('vram.over-target', {
          message:
            plan.utilization > TARGETS.vramUtilization
              ? `${label}: uses ${(plan.utilization * 100).toFixed(0)}% of GPU memory, above the 90% target: little headroom for longer prompts or bursts.`
              : `${label}: the engine reserves ${(layout.gpuMemoryUtilization * 100).toFixed(0)}% of GPU memory (gpu_memory_utilization ${layout.gpuMemoryUtilization}), above the 90% target.`,
          nodeIds,
          fixes: planServingMemory(model, sku, gpu, { ...layout, gpuMemoryUtilization: 0.9 }, scenario).fits
            ? [
                {
                  description: 'Set gpu_memory_utilization to 0.9 (vLLM default); the scenario still fits.',
                  patch: { nodeId: node.id, config: { gpuMemoryUtilization: 0.9 } },
                },
              ]
            : fixesFor(ctx, { ...r, layout: { ...layout, gpuMemoryUtilization: 0.9 } }, 3).map((f) => ({
                ...f,
                description: `${f.description} (with gpu_memory_utilization 0.9)`,
                ...(f.patch ? { patch: { ...f.patch, config: { ...f.patch.config, gpuMemoryUtilization: 0.9 } } } : {}),
              })),
        }),
      );
    }
  }
  if (verdict === 'fits' && plan.kvKnown) {
    const over = overProvisionOf(ctx, r);
    if (over)
      findings.push(
        computeFinding('vram.over-provisioned', {
          message: `${label}: ${formatInt(over.replicas)} replica${over.replicas === 1 ? '' : 's'} of ${model.name} on ${sku.id} ${over.replicas === 1 ? 'uses' : 'use'} ${(plan.utilization * 100).toFixed(0)}% of GPU memory and cost ${formatUsd(over.currentUsdPerMonth)} a month; ${over.vmCount} × ${over.skuId}${over.tensorParallel > 1 ? ` (tensor parallel ${over.tensorParallel})` : ''} holds the same replicas at the scenario's ${formatInt(scenario.concurrentSequences)} sequences of ${formatInt(scenario.contextTokens)} tokens for ${formatUsd(over.cheaperUsdPerMonth)}. Keep the larger GPUs only if you need their speed.`,
          nodeIds,
          fixes: [over.fix],
          basis: sources,
        }),
      );
  }
  const fit = toVramFit(r, plan, scenario, verdict);
  return { fit, findings, plan, resolved: r };
}

/** The memory plan of a self-hosted node without findings or fixes (for the speed model); null when unresolved. */
export function servingPlanForNode(
  g: DesignGraph,
  node: DesignNode,
  scenario: Scenario,
): { resolved: ResolvedServing; plan: MemoryPlan } | null {
  if (!isSelfHostedNode(node)) return null;
  const { resolved } = resolveServing(g, node);
  if (!resolved) return null;
  return { resolved, plan: planServingMemory(resolved.model, resolved.sku, resolved.gpu, resolved.layout, scenario) };
}

/** The VRAM fit of a self-hosted node, or null for other kinds and unknown catalog ids. */
export function vramFitForNode(ctx: CalcContext, node: DesignNode): VramFit | null {
  return vramCheckNode(ctx, node).fit;
}
