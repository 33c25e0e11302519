/**
 * GPU memory as the CUDA driver reports it: the total an inference engine budgets against. vLLM reads
 * `torch.cuda.mem_get_info()` (cudaMemGetInfo) and multiplies its total by gpu_memory_utilization, so a
 * datasheet "80 GB" H100 gives 79.11–79.22 GiB, and GDDR6 parts with ECC on (A10, L4) lose about 6 %
 * more to ECC. Figures are quoted from public logs (PyTorch OOM messages "GPU 0 has a total capacity of
 * X GiB", vLLM's "total_gpu_memory (X GiB)", nvidia-smi "used / total MiB"), each with its source.
 * A GPU whose driver total no public log gave has `totalGiB: null` and is estimated by the caller
 * (usableGpuBytes below), flagged as an estimate. Sources: sources-compute.ts.
 */
import { z } from 'zod';
import { IsoDate } from './types';

export const GpuMemoryRow = z.object({
  /** A gpus.ts id where the GPU is in the Azure catalog; otherwise an id used by the engine fixtures. */
  gpuId: z.string(),
  name: z.string(),
  /** Driver total as PyTorch/vLLM report it, GiB (2^30 bytes), two decimals as logged. null = no public figure found. */
  totalGiB: z.number().positive().nullable(),
  /** nvidia-smi "Memory-Usage" total, MiB, where a public log shows it. */
  nvidiaSmiMiB: z.number().positive().nullable(),
  /** Datasheet capacity, GB as marketed. */
  datasheetGB: z.number().positive(),
  /** ECC reserves part of GDDR memory on data-centre GDDR parts (A10, L4, L40S), on by default. */
  eccReservesMemory: z.boolean(),
  source: z.string().min(1),
  asOf: IsoDate,
  fieldSources: z.record(z.string(), z.string()).optional(),
  note: z.string().optional(),
});
export type GpuMemoryRow = z.infer<typeof GpuMemoryRow>;

export const GIB = 2 ** 30;
export const MIB = 2 ** 20;

export const GPU_MEMORY: GpuMemoryRow[] = [
  {
    gpuId: 'h100-80gb-sxm',
    name: 'NVIDIA H100 80GB HBM3',
    totalGiB: 79.11,
    nvidiaSmiMiB: 81559,
    datasheetGB: 80,
    eccReservesMemory: false,
    source: 'gh-vllm-27508',
    asOf: '2025-10',
    fieldSources: { nvidiaSmiMiB: 'gh-lmcache-259' },
    note: 'PyTorch OOM text on an H100: "GPU 0 has a total capacity of 79.11 GiB". vLLM logs on H100-80G elsewhere show 79.22 GiB (vLLM PR #10511, #12126): drivers differ by ~0.1 GiB.',
  },
  {
    gpuId: 'a100-80gb-sxm',
    name: 'NVIDIA A100-SXM4-80GB',
    totalGiB: 79.25,
    nvidiaSmiMiB: 81920,
    datasheetGB: 80,
    eccReservesMemory: false,
    source: 'gh-ootdiffusion-235',
    asOf: '2025-03',
    fieldSources: { nvidiaSmiMiB: 'derived-compute-arith' },
    note: 'PyTorch OOM text on an A100 80GB: "79.25 GiB total capacity". nvidia-smi 81920 MiB = 80 GiB (HBM2e, no ECC carve-out).',
  },
  {
    gpuId: 'a100-80gb-pcie',
    name: 'NVIDIA A100 80GB PCIe',
    totalGiB: 79.25,
    nvidiaSmiMiB: 81920,
    datasheetGB: 80,
    eccReservesMemory: false,
    source: 'gh-ootdiffusion-235',
    asOf: '2025-03',
    fieldSources: { nvidiaSmiMiB: 'derived-compute-arith' },
    note: 'Same 80 GB HBM2e as the SXM part; the SXM figure is used.',
  },
  {
    gpuId: 'a100-40gb-sxm',
    name: 'NVIDIA A100 40GB',
    totalGiB: 39.5,
    nvidiaSmiMiB: null,
    datasheetGB: 40,
    eccReservesMemory: false,
    source: 'gh-coser-10',
    asOf: '2025-01',
    note: 'PyTorch OOM text on an A100 40GB: "GPU 0 has a total capacity of 39.50 GiB".',
  },
  {
    gpuId: 'a10-24gb',
    name: 'NVIDIA A10',
    totalGiB: 22.18,
    nvidiaSmiMiB: 23028,
    datasheetGB: 24,
    eccReservesMemory: true,
    source: 'gh-minicpmv-640',
    asOf: '2024-10',
    fieldSources: { nvidiaSmiMiB: 'gh-vllm-10034' },
    note: 'PyTorch on one A10: "total capacity of 22.18 GiB" (ECC on). nvidia-smi shows 23028 MiB on driver 555; an older driver (470) showed 22731 MiB. Azure NVadsA10 v5 full-GPU sizes.',
  },
  {
    gpuId: 'l4-24gb',
    name: 'NVIDIA L4',
    totalGiB: null,
    nvidiaSmiMiB: 23034,
    datasheetGB: 24,
    eccReservesMemory: true,
    source: 'gh-lmstudio-1638',
    asOf: '2025-06',
    note: "nvidia-smi 23034 MiB. No public PyTorch/vLLM total was found; the engine estimates it from nvidia-smi less the A10's observed 0.31 GiB gap (same GDDR6 + ECC layout). Not an Azure VM GPU today.",
  },
  {
    gpuId: 'l40-48gb',
    name: 'NVIDIA L40',
    totalGiB: 44.4,
    nvidiaSmiMiB: null,
    datasheetGB: 48,
    eccReservesMemory: true,
    source: 'gh-qwen3vl-2097',
    asOf: '2026-06',
    note: 'PyTorch OOM text on one L40: "GPU 0 has a total capacity of 44.40 GiB". The L40S has the same 48 GB GDDR6 with ECC.',
  },
  {
    gpuId: 'rtx-3090-24gb',
    name: 'NVIDIA GeForce RTX 3090',
    totalGiB: 23.58,
    nvidiaSmiMiB: null,
    datasheetGB: 24,
    eccReservesMemory: false,
    source: 'gh-vllm-10517',
    asOf: '2024-12',
    note: 'vLLM "total_gpu_memory=23.58GiB". Consumer card, used only by the engine fixtures.',
  },
  {
    gpuId: 'rtx-4090-24gb',
    name: 'NVIDIA GeForce RTX 4090',
    totalGiB: 23.68,
    nvidiaSmiMiB: 24564,
    datasheetGB: 24,
    eccReservesMemory: false,
    source: 'gh-cogvideo-36',
    asOf: '2023-05',
    fieldSources: { nvidiaSmiMiB: 'gh-vllm-7553' },
    note: 'PyTorch "23.68 GiB total capacity"; nvidia-smi 24564 MiB. Consumer card, used only by the engine fixtures.',
  },
  {
    gpuId: 'rtx-4060-8gb',
    name: 'NVIDIA GeForce RTX 4060 (8 GB)',
    totalGiB: 8.0,
    nvidiaSmiMiB: null,
    datasheetGB: 8,
    eccReservesMemory: false,
    source: 'gh-vllm-13882',
    asOf: '2025-02',
    note: 'vLLM "total_gpu_memory (8.00GiB)" under WSL. Consumer card, used only by the engine fixtures.',
  },
];

export const getGpuMemory = (gpuId: string): GpuMemoryRow | undefined => GPU_MEMORY.find((r) => r.gpuId === gpuId);

/** nvidia-smi total minus driver total on the A10 (23028 MiB − 22.18 GiB), used to estimate the L4. */
const GDDR_SMI_GAP_GIB = (23028 * MIB) / GIB - 22.18;

/**
 * Usable bytes (driver total) of a GPU and how they were found: 'logged' from a public log, or
 * 'estimated' — from nvidia-smi less the GDDR gap, or from the datasheet as HBM parts report it
 * (79.11 GiB of an "80 GB" H100 = 98.9 % of 80 GiB) and, with ECC on GDDR, 92.4 % (A10: 22.18 of 24).
 */
export function usableGpuBytes(gpuId: string, datasheetGB: number): { bytes: number; basis: 'logged' | 'estimated'; note: string } {
  const row = getGpuMemory(gpuId);
  if (row?.totalGiB)
    return { bytes: row.totalGiB * GIB, basis: 'logged', note: `${row.name}: ${row.totalGiB} GiB as the driver reports it` };
  if (row?.nvidiaSmiMiB)
    return {
      bytes: ((row.nvidiaSmiMiB * MIB) / GIB - (row.eccReservesMemory ? GDDR_SMI_GAP_GIB : 0)) * GIB,
      basis: 'estimated',
      note: `${row.name}: estimated from nvidia-smi ${row.nvidiaSmiMiB} MiB`,
    };
  const ecc = row?.eccReservesMemory ?? false;
  const share = ecc ? 22.18 / 24 : 79.11 / 80;
  return { bytes: datasheetGB * share * GIB, basis: 'estimated', note: `estimated from the ${datasheetGB} GB datasheet figure` };
}
