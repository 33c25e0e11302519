/**
 * The engine memory model for a designed deployment: resolves the catalog (model architecture, GPU driver
 * total, checkpoint scheme from the node's precision) and runs vllmMemoryPlan. This is the one call the
 * VRAM plan, the VRAM panel and the checker need; it returns a clear reason instead of a number when the
 * catalog lacks something. Figures follow vLLM (see vllm-memory.ts); other engines are named in the notes.
 */
import { getCheckpointScheme, type CheckpointSchemeId } from '../../catalog/checkpoint-schemes';
import { getGpu } from '../../catalog/index';
import { usableGpuBytes } from '../../catalog/gpu-memory';
import { getModelArchitecture } from '../../catalog/model-architectures';
import type { Precision } from '../../design/node-configs';
import { GIB, vllmMemoryPlan, type VllmEngineSettings, type VllmMemoryBreakdown } from './vllm-memory';

export interface EngineDeploymentInput {
  /** models.ts / model-architectures.ts id. */
  modelId: string;
  /** gpus.ts id (the VM size's gpuId). */
  gpuId: string;
  tensorParallel: number;
  pipelineParallel?: number;
  /** The node's weights precision. */
  precision: Precision;
  kvCachePrecision: 'auto' | 'fp16' | 'bf16' | 'fp8';
  gpuMemoryUtilization: number;
  /** The node's max_model_len; undefined = the model's maximum. */
  maxContextTokens?: number;
  /** Engine knobs the design does not carry yet (release, enforce_eager, batch sizes, block size). */
  settings?: Partial<VllmEngineSettings>;
}

export type EngineDeploymentResult =
  | {
      ok: true;
      plan: VllmMemoryBreakdown;
      scheme: CheckpointSchemeId;
      /** How the GPU total was found: from a public log or estimated from nvidia-smi / the datasheet. */
      gpuMemoryBasis: 'logged' | 'estimated';
      gpuMemoryNote: string;
    }
  | { ok: false; reason: string };

/**
 * The checkpoint scheme a design precision stands for. INT4 means AWQ/GPTQ group-128 (same bytes), except
 * for gpt-oss, whose released checkpoint is MXFP4 experts; FP8 on DeepSeek-V3/R1 and the Qwen3 MoE is the
 * released 128×128 block-scaled checkpoint.
 */
export function schemeForPrecision(precision: Precision, modelId: string): CheckpointSchemeId {
  switch (precision) {
    case 'fp32':
      return 'fp32';
    case 'fp16':
      return 'fp16';
    case 'bf16':
      return 'bf16';
    case 'fp8':
      return /^(deepseek-(v3|r1)|qwen3-.*-a\d+b)$/.test(modelId) ? 'fp8-block' : 'fp8-dynamic';
    case 'int8':
      return 'w8a8-int8';
    case 'int4':
      return modelId.startsWith('gpt-oss') ? 'mxfp4-moe' : 'awq-int4';
  }
}

export function vllmPlanForDeployment(input: EngineDeploymentInput): EngineDeploymentResult {
  const arch = getModelArchitecture(input.modelId);
  if (!arch) return { ok: false, reason: `No architecture (config.json figures) is catalogued for model "${input.modelId}".` };
  const gpu = getGpu(input.gpuId);
  if (!gpu) return { ok: false, reason: `Unknown GPU "${input.gpuId}".` };
  if ((input.pipelineParallel ?? 1) > 1)
    return { ok: false, reason: 'Pipeline parallelism is not modelled by the vLLM memory model yet (layer split and P2P buffers).' };
  const tp = Math.max(1, Math.floor(input.tensorParallel));
  if (arch.config.attentionHeads % tp !== 0)
    return {
      ok: false,
      reason: `vLLM requires the ${arch.config.attentionHeads} attention heads to divide evenly by tensor parallel ${tp}.`,
    };
  const schemeId = schemeForPrecision(input.precision, input.modelId);
  const memory = usableGpuBytes(gpu.id, gpu.memoryGB);
  const plan = vllmMemoryPlan({
    model: arch.config,
    scheme: getCheckpointScheme(schemeId),
    gpu: { totalBytes: memory.bytes, name: gpu.name },
    tensorParallel: tp,
    settings: {
      gpuMemoryUtilization: input.gpuMemoryUtilization,
      ...(input.maxContextTokens !== undefined ? { maxModelLen: Math.min(input.maxContextTokens, arch.config.maxPositionEmbeddings) } : {}),
      kvCacheDtype: input.kvCachePrecision === 'fp8' ? 'fp8' : 'auto',
      ...input.settings,
    },
  });
  return { ok: true, plan, scheme: schemeId, gpuMemoryBasis: memory.basis, gpuMemoryNote: memory.note };
}

const gib = (b: number) => Math.round((b / GIB) * 100) / 100;

/** The per-deployment figures the checker JSON carries (GiB, as vLLM prints them). */
export interface EngineCheckerSummary {
  engine: 'vllm';
  vllmRelease: string;
  verdict: 'fits' | 'refuses';
  refusal: string | null;
  kvCacheTokens: number;
  maxConcurrency: number;
  maxModelLen: number;
  kvCacheGiB: number;
  budgetGiB: number;
  weightsGiB: number;
  activationGiB: number;
  nonTorchGiB: number;
  outsideBudget: { cudaContextGiB: number; cudaGraphsGiB: { low: number; high: number } };
}

export function engineCheckerSummary(plan: VllmMemoryBreakdown): EngineCheckerSummary {
  return {
    engine: 'vllm',
    vllmRelease: `0.${plan.settings.vllmMinorVersion} (${plan.settings.engineVersion.toUpperCase()})`,
    verdict: plan.verdict,
    refusal: plan.refusal?.message ?? null,
    kvCacheTokens: plan.kvCacheTokens,
    maxConcurrency: Math.round(plan.maxConcurrency * 100) / 100,
    maxModelLen: plan.settings.maxModelLen,
    kvCacheGiB: gib(Math.max(0, plan.kvCacheBytes)),
    budgetGiB: gib(plan.budgetBytes),
    weightsGiB: gib(plan.weightsBytes),
    activationGiB: gib(plan.activationPeakBytes),
    nonTorchGiB: gib(plan.nonTorchBytes),
    outsideBudget: {
      cudaContextGiB: gib(plan.cudaContextBytes),
      cudaGraphsGiB: { low: gib(plan.cudaGraphBytes.low), high: gib(plan.cudaGraphBytes.high) },
    },
  };
}

/**
 * Everything the VRAM panel and the checker JSON show about a vLLM deployment: the checker summary plus the
 * breakdown by part, the settings that drove it (vLLM's defaults filled in) and the notes on other engines.
 */
export interface EngineReportFigures extends EngineCheckerSummary {
  scheme: CheckpointSchemeId;
  schemeName: string;
  gpuMemoryBasis: 'logged' | 'estimated';
  gpuMemoryNote: string;
  totalGiB: number;
  headroomGiB: number;
  weightsGiBByPart: Record<string, number>;
  activation: { forwardGiB: number; samplerGiB: number; tokens: number; sampledRequests: number };
  kvBytesPerToken: number;
  kvBlocks: number;
  settings: {
    gpuMemoryUtilization: number;
    maxModelLen: number;
    engineVersion: 'v0' | 'v1';
    enableChunkedPrefill: boolean;
    maxNumBatchedTokens: number;
    maxNumSeqs: number;
    blockSize: number;
    enforceEager: boolean;
    kvCacheDtype: 'auto' | 'fp8';
  };
  warnings: string[];
  notes: string[];
}

export function engineReportFigures(result: Extract<EngineDeploymentResult, { ok: true }>): EngineReportFigures {
  const { plan } = result;
  const s = plan.settings;
  return {
    ...engineCheckerSummary(plan),
    scheme: result.scheme,
    schemeName: getCheckpointScheme(result.scheme).name,
    gpuMemoryBasis: result.gpuMemoryBasis,
    gpuMemoryNote: result.gpuMemoryNote,
    totalGiB: gib(plan.totalBytes),
    headroomGiB: gib(plan.headroomBytes),
    weightsGiBByPart: Object.fromEntries(
      Object.entries(plan.weightsByPart)
        .filter(([, b]) => b > 0)
        .map(([k, b]) => [k, gib(b)]),
    ),
    activation: {
      forwardGiB: gib(plan.activation.forwardBytes),
      samplerGiB: gib(plan.activation.samplerBytes),
      tokens: plan.activation.tokens,
      sampledRequests: plan.activation.sampledRequests,
    },
    kvBytesPerToken: plan.kvBytesPerToken,
    kvBlocks: plan.kvBlocks,
    settings: {
      gpuMemoryUtilization: s.gpuMemoryUtilization,
      maxModelLen: s.maxModelLen,
      engineVersion: s.engineVersion,
      enableChunkedPrefill: s.enableChunkedPrefill,
      maxNumBatchedTokens: s.maxNumBatchedTokens,
      maxNumSeqs: s.maxNumSeqs,
      blockSize: s.blockSize,
      enforceEager: s.enforceEager,
      kvCacheDtype: s.kvCacheDtype,
    },
    warnings: plan.warnings,
    notes: plan.notes,
  };
}
