/**
 * Checkpoint schemes: how many bytes one parameter of each part of a model takes in GPU memory once an
 * engine has loaded the checkpoint. Quantized formats keep some parts in BF16 (AWQ and GPTQ never
 * quantize the embeddings or the LM head; Meta's Llama 3.1 405B FP8 quantizes only the feed-forward
 * layers), and group-wise formats carry scales (and zero points) per group of weights, so a single
 * "bytes per parameter" misstates quantized weights by 10–30 %. Weights = Σ parts × bytes (see
 * lib/calc/engine/vllm-memory.ts). Sources: sources-compute.ts.
 *
 * Group overhead, per weight: a group of g weights shares one FP16 scale (2 B) and, for asymmetric
 * formats, one 4-bit zero point packed eight to an int32 (0.5 B): int4 g128 = 0.5 + 2/128 + 0.5/128
 * = 0.51953 B. Per-channel scales (one FP32 per output row) add < 0.001 B and are left out.
 */
import { z } from 'zod';
import { IsoDate } from './types';

export const CheckpointSchemeId = z.enum([
  'fp32',
  'bf16',
  'fp16',
  'fp8-dynamic',
  'fp8-block',
  'fp8-mlp-only',
  'w8a8-int8',
  'awq-int4',
  'gptq-int4',
  'mxfp4-moe',
]);
export type CheckpointSchemeId = z.infer<typeof CheckpointSchemeId>;

const bytes = z.number().positive();

export const CheckpointScheme = z.object({
  id: CheckpointSchemeId,
  name: z.string(),
  /** Bytes per parameter, by part (routed experts separately from dense MLP / shared experts). */
  bytesPerParam: z.object({
    attention: bytes,
    mlp: bytes,
    experts: bytes,
    router: bytes,
    embeddings: bytes,
    lmHead: bytes,
    norms: bytes,
  }),
  /**
   * Transformer layers (first and last) whose feed-forward weights the scheme leaves in BF16 (Meta's FP8
   * recipe, Llama 3 paper §6.2). 0 for every other scheme.
   */
  bf16EdgeMlpLayers: z.number().int().nonnegative(),
  /** Activation / KV dtype bytes the engine computes in (2: BF16/FP16). */
  activationBytes: z.number().positive(),
  source: z.string().min(1),
  asOf: IsoDate,
  note: z.string(),
});
export type CheckpointScheme = z.infer<typeof CheckpointScheme>;

/** FP16 scale + packed 4-bit zero per group of 128 int4 weights. */
export const INT4_G128_BYTES = 0.5 + 2 / 128 + 0.5 / 128;
/** FP8 with one FP32 scale per 128×128 block (DeepSeek-V3 / Qwen3 FP8 `weight_block_size` [128, 128]). */
export const FP8_BLOCK128_BYTES = 1 + 4 / (128 * 128);
/** MXFP4: 4-bit E2M1 values plus one 8-bit E8M0 scale per 32 values (OCP MX spec). */
export const MXFP4_BYTES = 0.5 + 1 / 32;

const all = (b: number) => ({ attention: b, mlp: b, experts: b, router: b, embeddings: b, lmHead: b, norms: b });
const linear = (b: number) => ({ attention: b, mlp: b, experts: b, router: 2, embeddings: 2, lmHead: 2, norms: 2 });

export const CHECKPOINT_SCHEMES: CheckpointScheme[] = [
  {
    id: 'fp32',
    name: 'FP32 (unquantized, --dtype float32)',
    bytesPerParam: all(4),
    bf16EdgeMlpLayers: 0,
    activationBytes: 4,
    source: 'gh-llm-d-planner-accuracy',
    asOf: '2026-04',
    note: '4 bytes per parameter and FP32 activations and KV cache. Checked: Llama-3.1-8B with --dtype float32 logs 29.98 GiB of weights in vLLM 0.19 (llm-d-planner report), 2 × the BF16 14.99 GiB.',
  },
  {
    id: 'bf16',
    name: 'BF16 (unquantized)',
    bytesPerParam: all(2),
    bf16EdgeMlpLayers: 0,
    activationBytes: 2,
    source: 'derived-param-count',
    asOf: '2026-11',
    note: '2 bytes per parameter everywhere. Checked: Llama 3.1 8B logs 14.99 GiB in vLLM (8,030,261,248 × 2 B = 14.96 GiB + the RoPE cos/sin cache).',
  },
  {
    id: 'fp16',
    name: 'FP16 (unquantized)',
    bytesPerParam: all(2),
    bf16EdgeMlpLayers: 0,
    activationBytes: 2,
    source: 'derived-param-count',
    asOf: '2026-11',
    note: 'Same size as BF16; the only choice on GPUs without BF16 (V100, T4).',
  },
  {
    id: 'fp8-dynamic',
    name: 'FP8 W8A8, per-channel / per-tensor scales',
    bytesPerParam: linear(1),
    bf16EdgeMlpLayers: 0,
    activationBytes: 2,
    source: 'vllm-docs-fp8',
    asOf: '2026-11',
    note: 'Every Linear layer in FP8 E4M3 (1 B) with FP32 scales per tensor or per output channel (< 0.001 B/param). Embeddings, LM head and norms stay BF16. vLLM runs FP8 natively on Ada/Hopper and weight-only (Marlin) on Ampere.',
  },
  {
    id: 'fp8-block',
    name: 'FP8, 128×128 block scales (DeepSeek-V3, Qwen3-FP8)',
    bytesPerParam: linear(FP8_BLOCK128_BYTES),
    bf16EdgeMlpLayers: 0,
    activationBytes: 2,
    source: 'hf-deepseek-v3-config',
    asOf: '2026-11',
    note: 'quantization_config weight_block_size [128, 128]: one FP32 scale per 16,384 weights. Embeddings, LM head, norms and the MoE router (gate) stay BF16.',
  },
  {
    id: 'fp8-mlp-only',
    name: "FP8 feed-forward only (Meta's Llama 3.1 405B FP8)",
    bytesPerParam: { attention: 2, mlp: 1, experts: 1, router: 2, embeddings: 2, lmHead: 2, norms: 2 },
    bf16EdgeMlpLayers: 2,
    activationBytes: 2,
    source: 'meta-llama3-paper',
    asOf: '2024-07',
    note: 'Llama 3 paper §6.2: FP8 for the feed-forward layers only; self-attention stays BF16 and the first and last Transformer layers are not quantized. Checked against vLLM issue #6746: 57.75 GiB per H100 at TP 8 logged, 56.71 GiB computed.',
  },
  {
    id: 'w8a8-int8',
    name: 'INT8 W8A8 (SmoothQuant-style, per-channel scales)',
    bytesPerParam: linear(1),
    bf16EdgeMlpLayers: 0,
    activationBytes: 2,
    source: 'vllm-docs-int8',
    asOf: '2026-11',
    note: 'Linear layers INT8 (1 B) with per-channel FP32 scales; embeddings and LM head BF16. Ampere and newer.',
  },
  {
    id: 'awq-int4',
    name: 'AWQ INT4, group size 128',
    bytesPerParam: linear(INT4_G128_BYTES),
    bf16EdgeMlpLayers: 0,
    activationBytes: 2,
    source: 'autoawq-format',
    asOf: '2026-11',
    note: 'qweight 4 bit + FP16 scales + packed 4-bit zeros per 128 weights = 0.5195 B. Embeddings and LM head stay FP16: for Qwen2.5 7B they are 29 % of the AWQ checkpoint. Checked: vLLM issue #13882 logs 5.20 GiB, computed 5.19 GiB.',
  },
  {
    id: 'gptq-int4',
    name: 'GPTQ INT4, group size 128',
    bytesPerParam: linear(INT4_G128_BYTES),
    bf16EdgeMlpLayers: 0,
    activationBytes: 2,
    source: 'autogptq-format',
    asOf: '2026-11',
    note: 'qweight 4 bit + FP16 scales + packed qzeros per 128 weights (+ an int32 g_idx per input row, < 0.001 B/param). vLLM repacks to Marlin at the same size. Embeddings and LM head FP16.',
  },
  {
    id: 'mxfp4-moe',
    name: 'MXFP4 experts (gpt-oss)',
    bytesPerParam: { attention: 2, mlp: 2, experts: MXFP4_BYTES, router: 2, embeddings: 2, lmHead: 2, norms: 2 },
    bf16EdgeMlpLayers: 0,
    activationBytes: 2,
    source: 'openai-gpt-oss-model-card',
    asOf: '2025-08',
    note: 'Only the MoE expert weights are MXFP4 (4.25 bits/param: E2M1 values + one E8M0 scale per 32); attention, router, embeddings and unembedding stay BF16. Kernels on GPUs without native FP4 pad the expert matrices (lib/calc/engine mxfp4ExpertPaddingFactor), so vLLM logs 64.4–66.0 GiB for gpt-oss-120b against 60.7 GiB of checkpoint tensors.',
  },
];

export const getCheckpointScheme = (id: CheckpointSchemeId): CheckpointScheme => {
  const s = CHECKPOINT_SCHEMES.find((r) => r.id === id);
  if (!s) throw new Error(`unknown checkpoint scheme ${id}`);
  return s;
};
