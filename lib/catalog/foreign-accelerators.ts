/**
 * Accelerators and machine types of other clouds, recognised by name wherever a design names hardware
 * (a VM size, a model field, a component kind), so the message says "Azure does not offer this" instead
 * of "unknown VM size". Data only; the region check (lib/calc/regions.ts) and the parser use it.
 */

export interface ForeignAccelerator {
  /** Matches the name as typed (case-insensitive). */
  pattern: RegExp;
  /** What the name is, for the message: "a Google Cloud TPU". */
  what: string;
  /** Why it cannot be used, with the Azure alternative. */
  reason: string;
  /** Where the statement comes from. */
  source: string;
  asOf: string;
}

const USE_N_SERIES = 'Use an Azure N-series GPU VM size instead (for example Standard_NC24ads_A100_v4 or Standard_ND96isr_H100_v5).';

export const FOREIGN_ACCELERATORS: readonly ForeignAccelerator[] = [
  {
    // tpu, tpu-v5e, v5litepod-8, v5e, v6e, ct5lp-hightpu-4t, ct6e-standard-4t (Cloud TPU machine types).
    pattern: /(\b|high|\d)tpu|\bv[2-6](e|p|litepod)\b|\bv[2-6](e|p|litepod)-\d+|\bct[4-6][a-z]*-(high|standard)/i,
    what: 'a Google Cloud TPU',
    reason: `TPUs are Google Cloud only; Azure has no TPU offering (seed 9.1). ${USE_N_SERIES}`,
    source: 'seed 9.1 (CPU vs GPU vs TPU vs NPU: TPU "Not available on Azure")',
    asOf: '2026-12-01',
  },
  {
    pattern: /trainium|inferentia|\b(trn|inf)[12]n?\b|\b(trn|inf)[12]n?\.\d*x?large\b/i,
    what: 'an AWS Trainium / Inferentia accelerator',
    reason: `AWS's own accelerators exist only on AWS. ${USE_N_SERIES}`,
    source: 'AWS EC2 accelerated computing instance types (trn1, trn2, inf1, inf2); not in the Azure VM size catalog',
    asOf: '2026-12-01',
  },
  {
    // p4d.24xlarge, p5.48xlarge, p5e.48xlarge, g5.xlarge, g6e.12xlarge, dl1.24xlarge.
    pattern: /\b(p[2-6][a-z]*|g[4-6][a-z]*|dl[12][a-z]*)\.(metal|\d*x?large)\b/i,
    what: 'an AWS EC2 instance type',
    reason: `EC2 instance types are AWS names; Azure VM sizes are named like Standard_NC24ads_A100_v4. ${USE_N_SERIES}`,
    source: 'AWS EC2 instance type naming (family.size, e.g. p5.48xlarge); not in the Azure VM size catalog',
    asOf: '2026-12-01',
  },
  {
    // a2-highgpu-8g, a3-megagpu-8g, a3-ultragpu-8g, g2-standard-48.
    pattern: /\b(a[2-4]-(high|mega|ultra|edge)gpu|g2-standard)-\d+g?\b/i,
    what: 'a Google Cloud machine type',
    reason: `Compute Engine machine types are Google Cloud names; Azure VM sizes are named like Standard_NC24ads_A100_v4. ${USE_N_SERIES}`,
    source: 'Google Compute Engine accelerator-optimized machine types (a2, a3, g2); not in the Azure VM size catalog',
    asOf: '2026-12-01',
  },
  {
    pattern: /gaudi|habana/i,
    what: 'an Intel Gaudi accelerator',
    reason: `No Azure VM size carries Intel Gaudi accelerators. ${USE_N_SERIES}`,
    source: 'Azure GPU-accelerated VM sizes (N-series: NVIDIA and AMD GPUs only); the studio catalog lists no Gaudi size',
    asOf: '2026-12-01',
  },
];

/** The other cloud's accelerator this name refers to, or undefined for anything else. */
export function foreignAccelerator(name: string): ForeignAccelerator | undefined {
  if (name.length > 200) return undefined;
  return FOREIGN_ACCELERATORS.find((x) => x.pattern.test(name));
}
