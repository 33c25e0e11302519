/**
 * How a setting's value reads in the studio. A module of its own (no catalog, no schemas), so the canvas can
 * label edges without loading the inspector's field definitions.
 */
/** Words for setting values, where the id alone does not read well. */
const VALUE_WORDS: Record<string, string> = {
  payg: 'Pay-as-you-go',
  'reserved-1y': 'Reserved 1 year',
  'reserved-3y': 'Reserved 3 years',
  spot: 'Spot',
  auto: 'Same as weights',
  vllm: 'vLLM',
  'tensorrt-llm': 'TensorRT-LLM',
  sglang: 'SGLang',
  tgi: 'TGI (Text Generation Inference)',
  triton: 'Triton Inference Server',
  ollama: 'Ollama',
  standard: 'Standard',
  'global-standard': 'Global Standard',
  'data-zone-standard': 'Data Zone Standard',
  provisioned: 'Provisioned (PTU, regional)',
  'global-provisioned': 'Global Provisioned (PTU)',
  'data-zone-provisioned': 'Data Zone Provisioned (PTU)',
  hourly: 'Hourly (no commitment)',
  monthly: 'Monthly reservation',
  annual: 'Annual reservation',
  'premium-p1v3': 'Premium P1v3',
  'premium-p2v3': 'Premium P2v3',
  'premium-p3v3': 'Premium P3v3',
  'basic-b1': 'Basic B1',
  'standard-s1': 'Standard S1',
  'flex-consumption': 'Flex Consumption',
  'premium-ep1': 'Premium EP1',
  'premium-ep2': 'Premium EP2',
  mig: 'MIG (Multi-Instance GPU)',
  'time-slicing': 'Time-slicing',
  mps: 'MPS (Multi-Process Service)',
  full: 'Full fine-tuning',
  lora: 'LoRA',
  qlora: 'QLoRA',
  lrs: 'LRS (locally redundant)',
  zrs: 'ZRS (zone redundant)',
  grs: 'GRS (geo-redundant)',
  gzrs: 'GZRS (geo-zone redundant)',
  'ra-grs': 'RA-GRS (read-access geo-redundant)',
  'ra-gzrs': 'RA-GZRS (read-access geo-zone redundant)',
  'managed-identity': 'Managed identity',
  key: 'API key',
  none: 'None',
  'private-endpoint': 'Private endpoint',
  public: 'Public endpoint',
  request: 'Request',
  retrieval: 'Retrieval',
  data: 'Data',
  replication: 'Replication',
  failover: 'Failover',
};
const UPPER = new Set(['fp32', 'fp16', 'bf16', 'fp8', 'int8', 'int4', 's1', 's2', 's3', 'l1', 'l2', 't4', 'a100']);

/** How a setting's value reads in the studio: `global-standard` → "Global Standard". */
export function valueLabel(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const known = Object.hasOwn(VALUE_WORDS, value) ? VALUE_WORDS[value] : undefined;
  if (known) return known;
  if (UPPER.has(value)) return value.toUpperCase();
  return value
    .split('-')
    .map((w) => (w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}
