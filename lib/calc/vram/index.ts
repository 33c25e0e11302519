/**
 * VRAM fit of a self-hosted model deployment (GPU VM, AKS GPU pool, Azure ML online endpoint): the memory
 * plan (memory.ts), the layout on GPUs and VMs (layout.ts), the fixes (fixes.ts) and the node check with
 * its findings (check.ts).
 */
export { servingPlanForNode, vramCheckNode, vramFitForNode, type VramCheck } from './check';
export { smallestFittingTensorParallel } from './fixes';
export {
  DEFAULT_LAYOUT,
  billedVmCount,
  gpuShare,
  gpusPerVm,
  isSelfHostedNode,
  layoutIssues,
  layoutOf,
  memoryPerGpuGB,
  offeredIn,
  resolveServing,
  type GpuShare,
  type GpuSharing,
  type KvCachePrecision,
  type LayoutIssue,
  type ResolvedServing,
  type SelfHostedNode,
  type ServingLayout,
} from './layout';
export {
  ACTIVATION_FALLBACK_GB,
  ACTIVATION_MLP_HIDDEN_MULTIPLE,
  ACTIVATION_RESIDUAL_HIDDEN_MULTIPLE,
  CHART_CONTEXTS,
  CUDA_OVERHEAD_GB,
  PROFILE_BATCH_TOKENS,
  activationBytesPerGpu,
  planServingMemory,
  weightsBytes,
  weightsGBFromBillions,
  type MemoryPlan,
} from './memory';
