/**
 * Units and the few constants every formula shares. Conversions happen here and nowhere else.
 * GB = 10^9 bytes: how GPU memory and model sizes are quoted.
 */
import type { Precision } from '../design/node-configs';

/** Azure bills a month as 730 hours (365 × 24 / 12); facts §5.2, Microsoft azure-skills pricing reference. */
export const HOURS_PER_MONTH = 730;
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

export const BYTES_PER_GB = 1e9;

export const bytesToGB = (bytes: number): number => bytes / BYTES_PER_GB;
export const gbToBytes = (gb: number): number => gb * BYTES_PER_GB;

/** Bytes per parameter or per KV element by precision (issue 3; NVIDIA NIM memory guide, facts §1.4). */
export const BYTES_PER_PRECISION: Record<Precision, number> = {
  fp32: 4,
  fp16: 2,
  bf16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
};

/** Hours a month something runs when it is on `hoursPerDay` hours each day. */
export const activeHoursPerMonth = (hoursPerDay: number): number => (HOURS_PER_MONTH * Math.min(24, Math.max(0, hoursPerDay))) / 24;

/** Seed 9.11 targets: TTFT < 1 s, end-to-end < 5 s for interactive use, VRAM utilization < 90%. */
export const TARGETS = { ttftMs: 1000, e2eMs: 5000, vramUtilization: 0.9 } as const;
