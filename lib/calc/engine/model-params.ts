/**
 * Parameter counts by part of a decoder-only transformer, from the numbers in its published config.json
 * (layers, hidden, intermediate, heads, KV heads, head_dim, vocab, tied embeddings, MoE experts, MLA
 * ranks). Weights in memory = Σ over parts of (parameters × bytes per parameter of the checkpoint scheme);
 * splitting the count by part is what lets a quantization that leaves some parts in BF16 (AWQ/GPTQ keep
 * embeddings and LM head; Meta's FP8 keeps attention) be sized exactly. Pure arithmetic, no catalog.
 *
 * Per-rank counts follow vLLM's tensor-parallel layers: QKV/O and MLP/expert projections are split across
 * ranks, K/V projections are replicated when KV heads < TP, embeddings and LM head are vocab-parallel
 * (vocab padded to a multiple of 64, vLLM `DEFAULT_VOCAB_PADDING_SIZE`), norms, routers and MLA's
 * low-rank down-projections are replicated.
 */

/** MoE block of a model config (Mixtral, Qwen3-MoE, DeepSeek, Llama 4, gpt-oss). */
export interface MoeConfig {
  /** Routed experts per MoE layer (`num_local_experts` / `n_routed_experts` / `num_experts`). */
  experts: number;
  /** Experts each token is routed to (`num_experts_per_tok` / `experts_per_token`). */
  activeExperts: number;
  /** Intermediate size of one routed expert (`moe_intermediate_size`; Mixtral: `intermediate_size`). */
  expertIntermediateSize: number;
  /** Shared (always-on) experts, counted as one dense MLP of `sharedExperts × expertIntermediateSize` (DeepSeek, Llama 4). */
  sharedExperts?: number;
  /** Intermediate size of the shared expert when it differs from the routed one (Llama 4: `intermediate_size`). */
  sharedExpertIntermediateSize?: number;
  /** Leading layers that stay dense with `intermediateSize` (DeepSeek `first_k_dense_replace`). */
  firstDenseLayers?: number;
  /** Every n-th layer is MoE, the others dense (Llama 4 Maverick `interleave_moe_layer_step` 2); default 1. */
  moeLayerStep?: number;
  /** Expert projections carry biases (gpt-oss). */
  expertBias?: boolean;
}

/** Multi-head latent attention block (DeepSeek V2/V3/R1 `kv_lora_rank`, `q_lora_rank`, ...). */
export interface MlaConfig {
  kvLoraRank: number;
  /** null = queries are projected directly (DeepSeek-V2-Lite). */
  qLoraRank: number | null;
  qkNopeHeadDim: number;
  qkRopeHeadDim: number;
  vHeadDim: number;
}

/** The config.json fields parameter counts and engine memory depend on. */
export interface TransformerConfig {
  layers: number;
  hiddenSize: number;
  /** Dense MLP intermediate size (for MoE models the dense layers' / first-k layers' size). */
  intermediateSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  vocabSize: number;
  tiedEmbeddings: boolean;
  /** Q/K/V projections carry biases (Qwen2/2.5, gpt-oss). */
  qkvBias?: boolean;
  /** Gated MLP (gate + up + down: Llama, Qwen, Mistral, Phi-3); false = up + down only. Default true. */
  gatedMlp?: boolean;
  /** `max_position_embeddings`: vLLM keeps a cos/sin RoPE cache of this many positions. */
  maxPositionEmbeddings: number;
  moe?: MoeConfig;
  mla?: MlaConfig;
}

/** Parameters by part. `experts` are routed experts only; shared experts count under `mlp`. */
export interface ParameterParts {
  attention: number;
  mlp: number;
  experts: number;
  router: number;
  embeddings: number;
  lmHead: number;
  norms: number;
}

export const VLLM_VOCAB_PADDING = 64;

const sum = (p: ParameterParts): number => p.attention + p.mlp + p.experts + p.router + p.embeddings + p.lmHead + p.norms;

/** Total parameters of a parts breakdown. */
export const totalParameters = sum;

/** Layers that are MoE (the rest are dense). */
export function moeLayerCount(c: TransformerConfig): number {
  if (!c.moe) return 0;
  const first = c.moe.firstDenseLayers ?? 0;
  const step = Math.max(1, c.moe.moeLayerStep ?? 1);
  let n = 0;
  for (let i = first; i < c.layers; i++) if ((i + 1) % step === 0) n++;
  return n;
}

/**
 * Parameters by part for the whole model (tensorParallel = 1) or held by ONE tensor-parallel rank. With
 * tensorParallel = 1 and vocabPadding = 1 the sum equals the published parameter count.
 */
export function parameterParts(c: TransformerConfig, tensorParallel = 1, vocabPadding = 1): ParameterParts {
  const tp = Math.max(1, Math.floor(tensorParallel));
  const H = c.hiddenSize;
  const gated = c.gatedMlp ?? true;
  const mlpMatrices = gated ? 3 : 2;

  // Attention, per layer, per rank.
  let attention: number;
  let attnNorms = 0;
  if (c.mla) {
    const m = c.mla;
    const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
    const q = m.qLoraRank === null ? H * c.attentionHeads * qHead : H * m.qLoraRank * tp + m.qLoraRank * c.attentionHeads * qHead; // q_a replicated
    const kvA = H * (m.kvLoraRank + m.qkRopeHeadDim) * tp; // replicated on every rank
    const kvB = m.kvLoraRank * c.attentionHeads * (m.qkNopeHeadDim + m.vHeadDim);
    const o = c.attentionHeads * m.vHeadDim * H;
    attention = (q + kvA + kvB + o) / tp;
    attnNorms = m.kvLoraRank + (m.qLoraRank ?? 0);
  } else {
    const kvPerRank = Math.max(1, Math.ceil(c.kvHeads / tp));
    const qPerRank = c.attentionHeads / tp;
    const d = c.headDim;
    const qkv = H * (qPerRank + 2 * kvPerRank) * d + (c.qkvBias ? (qPerRank + 2 * kvPerRank) * d : 0);
    const o = qPerRank * d * H;
    attention = qkv + o;
  }

  const moeLayers = moeLayerCount(c);
  const denseLayers = c.layers - moeLayers;
  const denseMlp = (mlpMatrices * H * c.intermediateSize) / tp;
  let mlp = denseLayers * denseMlp;
  let experts = 0;
  let router = 0;
  if (c.moe) {
    const e = c.moe;
    const perExpert = mlpMatrices * H * e.expertIntermediateSize + (e.expertBias ? (mlpMatrices - 1) * e.expertIntermediateSize + H : 0);
    experts = (moeLayers * e.experts * perExpert) / tp;
    router = moeLayers * (H * e.experts + (e.expertBias ? e.experts : 0));
    const sharedInter = e.sharedExpertIntermediateSize ?? e.expertIntermediateSize;
    if (e.sharedExperts) mlp += (moeLayers * mlpMatrices * H * sharedInter * e.sharedExperts) / tp;
  }

  const vocab = Math.ceil(c.vocabSize / vocabPadding) * vocabPadding;
  const embeddings = (vocab * H) / tp;
  const lmHead = c.tiedEmbeddings ? 0 : (vocab * H) / tp;
  // Two RMSNorms per layer (+ MLA's latent norms) and the final norm; replicated.
  const norms = c.layers * (2 * H + attnNorms) + H;
  return { attention: c.layers * attention, mlp, experts, router, embeddings, lmHead, norms };
}

/** Parameters active per token (MoE: routed experts × activeExperts / experts). */
export function activeParameters(c: TransformerConfig): number {
  const p = parameterParts(c);
  if (!c.moe) return sum(p);
  return sum(p) - p.experts + (p.experts * c.moe.activeExperts) / c.moe.experts;
}
