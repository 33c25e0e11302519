/**
 * Rules of the self-hosted-model calculations (VRAM fit, training, model speed) and of catalog look-ups:
 * stable ids, default severity, area, a title and the basis each rests on. `computeFinding` builds a
 * Finding from a rule id so severity, area and basis come from this table and nowhere else.
 */
import { findingBuilder, type Rule } from './rule';

export const CATALOG_RULES = [
  { id: 'catalog.unknown-sku', severity: 'error', area: 'vram', title: 'VM size not in the catalog', basis: 'catalog vm-skus' },
  { id: 'catalog.unknown-model', severity: 'error', area: 'vram', title: 'Model not in the catalog', basis: 'catalog models' },
  { id: 'catalog.unknown-gpu', severity: 'error', area: 'vram', title: "VM size's GPU not in the catalog", basis: 'catalog gpus' },
  {
    id: 'catalog.model-architecture-unknown',
    severity: 'warning',
    area: 'vram',
    title: 'Model architecture incomplete: KV cache not computed',
    basis: 'catalog models; facts §2.1',
  },
] as const satisfies readonly Rule[];

export const VRAM_RULES = [
  { id: 'vram.does-not-fit', severity: 'error', area: 'vram', title: 'Model does not fit in GPU memory', basis: 'seed 9.3; facts §2.4' },
  { id: 'vram.over-target', severity: 'warning', area: 'vram', title: 'GPU memory utilization over 90%', basis: 'seed 9.11' },
  {
    id: 'vram.over-provisioned',
    severity: 'info',
    area: 'vram',
    title: 'A cheaper layout serves the same replicas',
    basis: 'seed 9.10',
  },
  {
    id: 'vram.tp-needs-nvlink',
    severity: 'error',
    area: 'vram',
    title: 'Tensor parallelism needs NVLink GPUs inside one VM',
    basis: 'seed 9.3 (Multi-GPU setups)',
  },
  {
    id: 'vram.pp-needs-infiniband',
    severity: 'error',
    area: 'vram',
    title: 'Pipeline parallelism across VMs needs InfiniBand',
    basis: 'seed 9.3 (Multi-GPU setups), 9.6, 9.8',
  },
  {
    id: 'vram.gpu-count-mismatch',
    severity: 'error',
    area: 'vram',
    title: 'More GPUs per replica than the deployment has',
    basis: 'seed 9.3',
  },
  {
    id: 'vram.tp-uneven-heads',
    severity: 'error',
    area: 'vram',
    title: 'Tensor parallel size does not divide the attention heads',
    basis: 'vLLM: attention heads must be divisible by tensor_parallel_size',
  },
  {
    id: 'vram.concurrency-short',
    severity: 'warning',
    area: 'vram',
    title: 'KV cache holds fewer sequences than the scenario needs',
    basis: 'seed 9.3, 9.4 (PagedAttention); facts §2.4',
  },
  {
    id: 'vram.engine-warning',
    severity: 'warning',
    area: 'vram',
    title: 'vLLM startup warning',
    basis: 'vLLM memory profiling (lib/calc/engine/vllm-memory.ts)',
  },
  {
    id: 'vram.fp8-unsupported',
    severity: 'warning',
    area: 'vram',
    title: 'FP8 without FP8 hardware',
    basis:
      'docs.vllm.ai FP8 W8A8 and quantization Supported Hardware (Ampere: W8A16 weight-only via FP8 Marlin = warning; pre-Ampere: no FP8 path = error)',
  },
  {
    id: 'vram.context-over-max',
    severity: 'warning',
    area: 'vram',
    title: "Context longer than the model's maximum",
    basis: 'catalog models',
  },
  {
    id: 'vram.time-slicing-no-isolation',
    severity: 'warning',
    area: 'vram',
    title: 'Time-sliced GPU: no memory isolation',
    basis: 'seed 9.2 (GPU sharing strategies on AKS)',
  },
  {
    id: 'vram.mig-unsupported',
    severity: 'error',
    area: 'vram',
    title: 'MIG profile not available for this GPU or layout',
    basis:
      'seed 9.2 (GPU sharing strategies on AKS); catalog gpus (MIG profiles); NVIDIA MIG user guide (no NVLink P2P between MIG instances)',
  },
] as const satisfies readonly Rule[];

export const TRAINING_RULES = [
  {
    id: 'training.does-not-fit',
    severity: 'error',
    area: 'training',
    title: 'Training job does not fit in GPU memory',
    basis: 'seed 9.3; ZeRO (arXiv 1910.02054)',
  },
  {
    id: 'training.multi-node-needs-infiniband',
    severity: 'error',
    area: 'training',
    title: 'Multi-node training on a VM size without InfiniBand',
    basis: 'seed 9.6 (InfiniBand for distributed training), 9.8',
  },
  {
    id: 'training.spot-without-checkpointing',
    severity: 'warning',
    area: 'training',
    title: 'Spot VMs without checkpointing',
    basis: 'seed 9.10 (spot: can be evicted mid-job)',
  },
  {
    id: 'training.retired-sku',
    severity: 'error',
    area: 'training',
    title: 'Training on a retired VM size',
    basis: 'catalog vm-skus (retirement notice)',
  },
] as const satisfies readonly Rule[];

export const PERFORMANCE_RULES = [
  {
    id: 'latency.slow-generation',
    severity: 'warning',
    area: 'latency',
    title: 'Generation slower than 30 tokens/s',
    basis: 'seed 9.11 (TPS target 30-100)',
  },
] as const satisfies readonly Rule[];

export const COMPUTE_RULES = [...CATALOG_RULES, ...VRAM_RULES, ...TRAINING_RULES, ...PERFORMANCE_RULES] as const;

export const computeFinding = findingBuilder(COMPUTE_RULES);
