/**
 * Public vLLM startup logs, as typed fixtures for the engine memory model (vllm-memory.test.ts). Each case
 * names its source URL and quotes the log lines it pins, verbatim, in the comment above it. "GB" in
 * vLLM's older "Loading model weights took X GB" is GiB (the figure is bytes ÷ 2^30).
 *
 * `check` states what the test pins for the case and, where a figure cannot be pinned, why: a number
 * the model is known to miss is still asserted inside a stated band, so a change that moves it fails.
 */
import type { CheckpointSchemeId } from '../../catalog/checkpoint-schemes';
import type { VllmEngineSettings } from './vllm-memory';

export interface VllmLogFixture {
  id: string;
  /** Public URL of the log. */
  source: string;
  /** vLLM version where the log or its issue states it. */
  vllmVersion: string | null;
  /** lib/catalog/model-architectures.ts id. */
  architectureId: string;
  /** The checkpoint served (Hugging Face name as logged). */
  checkpoint: string;
  scheme: CheckpointSchemeId;
  gpu: {
    name: string;
    /** Driver total, GiB: from the log itself when it prints it, else lib/catalog/gpu-memory.ts. */
    totalGiB: number;
    totalFrom: 'log' | 'gpu-memory-table' | 'derived-from-log';
  };
  tensorParallel: number;
  settings: Partial<VllmEngineSettings>;
  logged: {
    weightsGiB: number | null;
    activationGiB: number | null;
    nonTorchGiB: number | null;
    kvCacheGiB: number | null;
    gpuBlocks: number | null;
    /** KV tokens as logged ("GPU KV cache size: N tokens", or blocks × 16). */
    kvTokens: number | null;
    maxConcurrency: number | null;
    refused: boolean;
  };
  check: {
    /** 'pinned' = within ±3 %; a band = known divergence, asserted inside [min, max] of computed ÷ logged. */
    weights: 'pinned' | { min: number; max: number; why: string } | 'not-logged';
    /** 'pinned' = within ±5 % of the logged KV tokens (or of the logged KV GiB when tokens are not printed). */
    kvCache: 'pinned' | { min: number; max: number; why: string } | 'not-logged' | 'refused';
    /** false when the log does not show whether the engine started (the verdict is then not compared). */
    verdict?: false;
  };
}

export const VLLM_LOG_FIXTURES: VllmLogFixture[] = [
  /*
   * vllm-project/vllm PR #10511 (youkaichao, 2024-12-13), `vllm serve meta-llama/Meta-Llama-3-8B`:
   *   INFO 12-13 19:54:18 worker.py:243] total_gpu_memory     79.22GiB
   *   INFO 12-13 19:54:18 worker.py:243] gpu_memory_utilization       0.90
   *   INFO 12-13 19:54:18 worker.py:243] model weights take   14.96GiB
   *   INFO 12-13 19:54:18 worker.py:243] non_torch_memory     1.79GiB
   *   INFO 12-13 19:54:18 worker.py:243] PyTorch activation peak memory       1.26GiB
   *   INFO 12-13 19:54:18 worker.py:243] available_kv_cache_memory    53.29GiB
   */
  {
    id: 'v0-llama3-8b-80gb-tp1',
    source: 'https://github.com/vllm-project/vllm/pull/10511',
    vllmVersion: '0.6.4 (dev, V0)',
    architectureId: 'llama-3-8b',
    checkpoint: 'meta-llama/Meta-Llama-3-8B',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB (H100-80G per the same author in PR #12126)', totalGiB: 79.22, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 6, engineVersion: 'v0', gpuMemoryUtilization: 0.9, maxModelLen: 8192 },
    logged: {
      weightsGiB: 14.96,
      activationGiB: 1.26,
      nonTorchGiB: 1.79,
      kvCacheGiB: 53.29,
      gpuBlocks: null,
      kvTokens: null,
      maxConcurrency: null,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * Same PR, `vllm serve meta-llama/Meta-Llama-3-8B -tp 2`:
   *   INFO 12-13 19:55:25 worker.py:243] model weights take   7.48GiB
   *   INFO 12-13 19:55:25 worker.py:243] non_torch_memory     3.58GiB
   *   INFO 12-13 19:55:25 worker.py:243] PyTorch activation peak memory       1.26GiB
   * (the KV line is cut off in the public comment)
   */
  {
    id: 'v0-llama3-8b-80gb-tp2',
    source: 'https://github.com/vllm-project/vllm/pull/10511',
    vllmVersion: '0.6.4 (dev, V0)',
    architectureId: 'llama-3-8b',
    checkpoint: 'meta-llama/Meta-Llama-3-8B',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB', totalGiB: 79.22, totalFrom: 'log' },
    tensorParallel: 2,
    settings: { vllmMinorVersion: 6, engineVersion: 'v0', gpuMemoryUtilization: 0.9, maxModelLen: 8192 },
    logged: {
      weightsGiB: 7.48,
      activationGiB: 1.26,
      nonTorchGiB: 3.58,
      kvCacheGiB: null,
      gpuBlocks: null,
      kvTokens: null,
      maxConcurrency: null,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'not-logged' },
  },
  /*
   * vllm-project/vllm issue #10517, comment by kaspersiminski (2024-12-02), RTX 3090,
   * meta-llama/Llama-3.1-8B-Instruct, --max-model-len 20000:
   *   Loading model weights took 14.9888 GB
   *   Memory profiling results: total_gpu_memory=23.58GiB initial_memory_usage=15.34GiB peak_torch_memory=17.06GiB
   *     memory_usage_post_profile=15.35GiB non_torch_memory=0.35GiB kv_cache_size=3.81GiB gpu_memory_utilization=0.90
   *   GPU blocks: 1952, # CPU blocks: 2048
   *   Maximum concurrency for 20000 tokens per request: 1.56x
   */
  {
    id: 'v0-llama31-8b-rtx3090-20k',
    source: 'https://github.com/vllm-project/vllm/issues/10517',
    vllmVersion: '0.6.4 (V0)',
    architectureId: 'llama-3.1-8b',
    checkpoint: 'meta-llama/Llama-3.1-8B-Instruct',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA GeForce RTX 3090', totalGiB: 23.58, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 6, engineVersion: 'v0', gpuMemoryUtilization: 0.9, maxModelLen: 20000 },
    logged: {
      weightsGiB: 14.9888,
      activationGiB: 17.06 - 14.99,
      nonTorchGiB: 0.35,
      kvCacheGiB: 3.81,
      gpuBlocks: 1952,
      kvTokens: 1952 * 16,
      maxConcurrency: 1.56,
      refused: false,
    },
    check: {
      weights: 'pinned',
      kvCache: {
        min: 1.0,
        max: 1.08,
        why: 'A 3.8 GiB KV pool on a 24 GB card: a 0.2 GiB difference in non-torch memory (0.35 logged vs the 0.16 GiB median used) is 5 % of it.',
      },
    },
  },
  /*
   * Same comment, --max-model-len 29000 (the engine refuses):
   *   Memory profiling results: total_gpu_memory=23.58GiB initial_memory_usage=15.34GiB peak_torch_memory=17.98GiB
   *     memory_usage_post_profile=15.35GiB non_torch_memory=0.35GiB kv_cache_size=2.89GiB gpu_memory_utilization=0.90
   *   # GPU blocks: 1478, # CPU blocks: 2048
   *   Maximum concurrency for 29000 tokens per request: 0.82x
   *   The model's max seq len (29000) is larger than the maximum number of tokens that can be stored in KV cache (23648).
   *   Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine.
   */
  {
    id: 'v0-llama31-8b-rtx3090-29k-refuses',
    source: 'https://github.com/vllm-project/vllm/issues/10517',
    vllmVersion: '0.6.4 (V0)',
    architectureId: 'llama-3.1-8b',
    checkpoint: 'meta-llama/Llama-3.1-8B-Instruct',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA GeForce RTX 3090', totalGiB: 23.58, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 6, engineVersion: 'v0', gpuMemoryUtilization: 0.9, maxModelLen: 29000 },
    logged: {
      weightsGiB: 14.9888,
      activationGiB: 17.98 - 14.99,
      nonTorchGiB: 0.35,
      kvCacheGiB: 2.89,
      gpuBlocks: 1478,
      kvTokens: 23648,
      maxConcurrency: 0.82,
      refused: true,
    },
    check: { weights: 'pinned', kvCache: 'refused' },
  },
  /*
   * xinyuwei-david/david-share, Deep-Learning/Phi4 (2024-12-22), kaitchup/Phi-4-AutoRound-GPTQ-4bit:
   *   INFO 12-22 10:55:34 model_runner.py:1097] Loading model weights took 8.5107 GB
   *   INFO 12-22 10:55:34 worker.py:241] the current vLLM instance can use total_gpu_memory (79.25GiB) x gpu_memory_utilization (0.15) = 11.89GiB
   *   INFO 12-22 10:55:34 worker.py:241] model weights take 8.51GiB; non_torch_memory takes 0.26GiB; PyTorch activation peak memory takes 0.94GiB; the rest of the memory reserved for KV Cache is 2.18GiB.
   *   INFO 12-22 10:55:35 gpu_executor.py:76] # GPU blocks: 715, # CPU blocks: 1310
   *   INFO 12-22 10:55:35 gpu_executor.py:80] Maximum concurrency for 2048 tokens per request: 5.59x
   *   INFO 12-22 10:55:51 model_runner.py:1527] Graph capturing finished in 13 secs, took 0.27 GiB
   */
  {
    id: 'v0-phi4-gptq-80gb-util015',
    source: 'https://github.com/xinyuwei-david/david-share/tree/master/Deep-Learning/Phi4',
    vllmVersion: '0.6.x (V0)',
    architectureId: 'phi-4',
    checkpoint: 'kaitchup/Phi-4-AutoRound-GPTQ-4bit',
    scheme: 'gptq-int4',
    gpu: { name: '80 GB NVIDIA GPU (79.25 GiB logged)', totalGiB: 79.25, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 6, engineVersion: 'v0', gpuMemoryUtilization: 0.15, maxModelLen: 2048 },
    logged: {
      weightsGiB: 8.5107,
      activationGiB: 0.94,
      nonTorchGiB: 0.26,
      kvCacheGiB: 2.18,
      gpuBlocks: 715,
      kvTokens: 715 * 16,
      maxConcurrency: 5.59,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * vllm-project/vllm issue #13061 (2025-02-11), two RTX 4090, DeepSeek-R1-Distill-Qwen-14B,
   * `vllm serve --tensor_parallel_size 2 --gpu_memory_utilization=0.98`:
   *   (VllmWorkerProcess pid=1786) INFO 02-11 07:40:45 model_runner.py:1115] Loading model weights took 13.9476 GB
   *   ValueError: The model's max seq len (131072) is larger than the maximum number of tokens that can be stored in
   *   KV cache (81536). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine.
   * The "non_torch_memory takes 0.25GiB; PyTorch activation peak memory takes 0.19GiB; ... KV Cache is 8.69GiB"
   * is the second worker's line; the driver rank samples (full-vocabulary logits) and has the smaller KV pool,
   * which vLLM uses for every rank.
   */
  {
    id: 'v0-r1-distill-qwen14b-2x4090-tp2-refuses',
    source: 'https://github.com/vllm-project/vllm/issues/13061',
    vllmVersion: '0.7.x (V0)',
    architectureId: 'qwen2.5-14b',
    checkpoint: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA GeForce RTX 4090', totalGiB: 23.68, totalFrom: 'gpu-memory-table' },
    tensorParallel: 2,
    settings: { vllmMinorVersion: 7, engineVersion: 'v0', gpuMemoryUtilization: 0.98, maxModelLen: 131072 },
    logged: {
      weightsGiB: 13.9476,
      activationGiB: null,
      nonTorchGiB: null,
      kvCacheGiB: null,
      gpuBlocks: 81536 / 16,
      kvTokens: 81536,
      maxConcurrency: null,
      refused: true,
    },
    check: { weights: 'pinned', kvCache: 'refused' },
  },
  /*
   * vllm-project/vllm PR #13109 (mgoin, 2025-02-12), TechxGenus/DeepSeek-Coder-V2-Lite-Instruct-AWQ, Triton MLA backend:
   *   INFO 02-12 19:01:41 worker.py:267] model weights take 10.45GiB; non_torch_memory takes 0.16GiB; PyTorch activation peak
   *     memory takes 0.94GiB; the rest of the memory reserved for KV Cache is 59.75GiB.
   *   INFO 02-12 19:01:41 executor_base.py:110] # CUDA blocks: 116023, # CPU blocks: 7767
   *   INFO 02-12 19:01:41 executor_base.py:115] Maximum concurrency for 163840 tokens per request: 11.33x
   * Total memory is not printed: (10.45 + 0.16 + 0.94 + 59.75) / 0.90 = 79.22 GiB, an 80 GB GPU.
   */
  {
    id: 'v0-deepseek-coder-v2-lite-awq-mla-80gb',
    source: 'https://github.com/vllm-project/vllm/pull/13109',
    vllmVersion: '0.7.x (V0)',
    architectureId: 'deepseek-coder-v2-lite',
    checkpoint: 'TechxGenus/DeepSeek-Coder-V2-Lite-Instruct-AWQ',
    scheme: 'awq-int4',
    gpu: { name: '80 GB NVIDIA GPU', totalGiB: 79.22, totalFrom: 'derived-from-log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 7, engineVersion: 'v0', gpuMemoryUtilization: 0.9, maxModelLen: 163840 },
    logged: {
      weightsGiB: 10.45,
      activationGiB: 0.94,
      nonTorchGiB: 0.16,
      kvCacheGiB: 59.75,
      gpuBlocks: 116023,
      kvTokens: 116023 * 16,
      maxConcurrency: 11.33,
      refused: false,
    },
    check: {
      weights: {
        min: 0.75,
        max: 0.82,
        why: 'This AWQ MoE checkpoint loads 2.3 GiB more than int4 g128 over every linear layer predicts; which layers it leaves unquantized is not published in the log.',
      },
      kvCache: 'pinned',
    },
  },
  /*
   * vllm-project/vllm issue #13882 (2025-02-26), RTX 4060 8 GB under WSL, Qwen2.5-7B-Instruct AWQ, utilization 0.70:
   *   INFO 02-26 09:54:02 model_runner.py:1115] Loading model weights took 5.2032 GB
   *   INFO 02-26 09:54:05 worker.py:267] the current vLLM instance can use total_gpu_memory (8.00GiB) x gpu_memory_utilization (0.70) = 5.60GiB
   *   INFO 02-26 09:54:05 worker.py:267] model weights take 5.20GiB; non_torch_memory takes 0.03GiB; PyTorch activation peak memory
   *     takes 1.42GiB; the rest of the memory reserved for KV Cache is -1.05GiB.
   *   INFO 02-26 09:54:05 executor_base.py:111] # cuda blocks: 0, # CPU blocks: 4681
   *   INFO 02-26 09:54:05 executor_base.py:116] Maximum concurrency for 4096 tokens per request: 0.00x
   */
  {
    id: 'v0-qwen25-7b-awq-rtx4060-refuses',
    source: 'https://github.com/vllm-project/vllm/issues/13882',
    vllmVersion: '0.7.x (V0)',
    architectureId: 'qwen2.5-7b',
    checkpoint: 'Qwen/Qwen2.5-7B-Instruct-AWQ',
    scheme: 'awq-int4',
    gpu: { name: 'NVIDIA GeForce RTX 4060 (8 GB)', totalGiB: 8.0, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 7, engineVersion: 'v0', gpuMemoryUtilization: 0.7, maxModelLen: 4096 },
    logged: {
      weightsGiB: 5.2032,
      activationGiB: 1.42,
      nonTorchGiB: 0.03,
      kvCacheGiB: -1.05,
      gpuBlocks: 0,
      kvTokens: 0,
      maxConcurrency: 0,
      refused: true,
    },
    check: { weights: 'pinned', kvCache: 'refused' },
  },
  /*
   * vllm-project/vllm issue #6746 (2024-07-24), meta-llama/Meta-Llama-3.1-405B-Instruct-FP8 on 8 × H100, TP 8:
   *   (VllmWorkerProcess pid=6494) INFO 07-24 14:07:31 model_runner.py:692] Loading model weights took 57.7520 GB
   *   INFO 07-24 14:07:31 model_runner.py:692] Loading model weights took 57.7520 GB
   */
  {
    id: 'v0-llama31-405b-fp8-8xh100-weights',
    source: 'https://github.com/vllm-project/vllm/issues/6746',
    vllmVersion: '0.5.3 (V0)',
    architectureId: 'llama-3.1-405b',
    checkpoint: 'meta-llama/Meta-Llama-3.1-405B-Instruct-FP8',
    scheme: 'fp8-mlp-only',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.11, totalFrom: 'gpu-memory-table' },
    tensorParallel: 8,
    settings: { vllmMinorVersion: 5, engineVersion: 'v0', gpuMemoryUtilization: 0.9, maxModelLen: 8192 },
    logged: {
      weightsGiB: 57.752,
      activationGiB: null,
      nonTorchGiB: null,
      kvCacheGiB: null,
      gpuBlocks: null,
      kvTokens: null,
      maxConcurrency: null,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'not-logged', verdict: false },
  },
  /*
   * vllm-project/vllm issue #21348 (2025-07-22), Qwen3-235B-A22B-FP8 on 4 × H100, `vllm serve ... --tensor-parallel-size 4
   * --kv-transfer-config '{"kv_connector":"LMCacheConnectorV1","kv_role":"kv_both"}'`:
   *   Available KV cache memory: 8.11 GiB
   *   GPU KV cache size: 178,880 tokens
   */
  {
    id: 'v1-qwen3-235b-fp8-4xh100',
    source: 'https://github.com/vllm-project/vllm/issues/21348',
    vllmVersion: '0.9.x (V1)',
    architectureId: 'qwen3-235b-a22b',
    checkpoint: 'Qwen/Qwen3-235B-A22B-FP8',
    scheme: 'fp8-block',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.11, totalFrom: 'gpu-memory-table' },
    tensorParallel: 4,
    settings: { vllmMinorVersion: 9, engineVersion: 'v1', gpuMemoryUtilization: 0.9, maxModelLen: 40960 },
    logged: {
      weightsGiB: null,
      activationGiB: null,
      nonTorchGiB: null,
      kvCacheGiB: 8.11,
      gpuBlocks: 178880 / 16,
      kvTokens: 178880,
      maxConcurrency: null,
      refused: false,
    },
    check: {
      weights: 'not-logged',
      kvCache: {
        min: 1.15,
        max: 1.35,
        why: 'Run with an LMCache KV connector (its GPU staging buffers count against the budget) on vLLM 0.9.x, whose profiling order changed (PR #19312, per the maintainers in the thread); 2.1 GiB per GPU more than the model accounts for is unexplained by the log.',
      },
    },
  },
  /*
   * vllm-project/vllm issue #23278 (2025-08-20), openai/gpt-oss-120b on one H100, default settings:
   *   (EngineCore_0 pid=5839) WARNING 08-20 18:04:08 [marlin_utils_fp4.py:196] Your GPU does not have native support for FP4
   *     computation but FP4 quantization is being used. Weight-only FP4 compression will be used leveraging the Marlin kernel.
   *   (EngineCore_0 pid=5839) INFO 08-20 18:04:10 [gpu_model_runner.py:2007] Model loading took 65.9651 GiB and 12.799889 seconds
   *   (EngineCore_0 pid=5839) INFO 08-20 18:04:22 [gpu_worker.py:276] Available KV cache memory: -2.14 GiB
   *   (EngineCore_0 pid=5839) ERROR 08-20 18:04:22 [core.py:700] EngineCore failed to start.
   */
  {
    id: 'v1-gpt-oss-120b-h100-refuses',
    source: 'https://github.com/vllm-project/vllm/issues/23278',
    vllmVersion: '0.10.1 (V1)',
    architectureId: 'gpt-oss-120b',
    checkpoint: 'openai/gpt-oss-120b',
    scheme: 'mxfp4-moe',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.11, totalFrom: 'gpu-memory-table' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 10, engineVersion: 'v1', gpuMemoryUtilization: 0.9, maxModelLen: 131072 },
    logged: {
      weightsGiB: 65.9651,
      activationGiB: null,
      nonTorchGiB: null,
      kvCacheGiB: -2.14,
      gpuBlocks: null,
      kvTokens: 0,
      maxConcurrency: null,
      refused: true,
    },
    check: {
      weights: 'pinned',
      kvCache: 'refused',
    },
  },
  /*
   * vllm-project/vllm issue #27508 (2025-10-31), openai/gpt-oss-120b on one H100,
   * `vllm serve openai/gpt-oss-120b --gpu-memory-utilization 0.95 --max-num-batched-tokens 1024`:
   *   (EngineCore_DP0 pid=6880) INFO 10-31 15:07:49 [gpu_worker.py:298] Available KV cache memory: 1.71 GiB
   *   (EngineCore_DP0 pid=6880) ERROR 10-31 15:07:50 [core.py:708] EngineCore failed to start.
   *   ... "GPU 0 has a total capacity of 79.11 GiB" (PyTorch, same issue)
   */
  {
    id: 'v1-gpt-oss-120b-h100-util095-refuses',
    source: 'https://github.com/vllm-project/vllm/issues/27508',
    vllmVersion: '0.11.x (V1)',
    architectureId: 'gpt-oss-120b',
    checkpoint: 'openai/gpt-oss-120b',
    scheme: 'mxfp4-moe',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.11, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 11, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 131072, maxNumBatchedTokens: 1024 },
    logged: {
      weightsGiB: null,
      activationGiB: null,
      nonTorchGiB: null,
      kvCacheGiB: 1.71,
      gpuBlocks: null,
      kvTokens: null,
      maxConcurrency: null,
      refused: true,
    },
    check: { weights: 'not-logged', kvCache: 'refused' },
  },

  /*
   * llm-d-incubation/llm-d-planner accuracy/accuracy_report.md (vLLM v0.19.0, H100-80GB, "physical 79.19 GiB",
   * gpu_memory_utilization 0.95; raw logs in accuracy/results/v0.19.0/logs/), "Sensitivity: Tensor Parallelism":
   *   | Llama-3.1-8B-Instruct | 1 | 14.99 | -0.22% | 1.89 | +153.97% | 0.25 | -40.00% | -3.47% |
   * "Sensitivity: Context Length":
   *   | Llama-3.1-8B-Instruct | 8,192 | 58.11 | -3.47% | 476,000 | 459,509 | -3.46% |
   * meta-llama-llama-3-1-8b--h100-80gb--tp1pp1dp1--16384.log:
   *   DEBUG 04-22 01:47:15 [engine/arg_utils.py:2232] Defaulting max_num_batched_tokens to 8192 for OPENAI_API_SERVER usage context.
   *   DEBUG 04-22 01:47:15 [engine/arg_utils.py:2242] Defaulting max_num_seqs to 1024 for OPENAI_API_SERVER usage context.
   *   [v1/worker/gpu_worker.py:284] worker init memory snapshot: torch_peak=0.0GiB, free_memory=78.68GiB, total_memory=79.19GiB, cuda_memory=0.51GiB, ...
   */
  {
    id: 'v1-0.19-llama31-8b-h100-tp1',
    source: 'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/accuracy_report.md',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'llama-3.1-8b',
    checkpoint: 'meta-llama/Llama-3.1-8B-Instruct',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 14.99,
      activationGiB: 1.89,
      nonTorchGiB: 0.25,
      kvCacheGiB: 58.11,
      gpuBlocks: 476000 / 16,
      kvTokens: 476000,
      maxConcurrency: null,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * Same report, TP 2 row (the KV pool is not printed in the row; it is the budget less the logged parts:
   * 0.95 × 79.19 − 7.51 − 1.89 − 2.07 = 63.76 GiB):
   *   | Llama-3.1-8B-Instruct | 2 | 7.51 | -0.42% | 1.89 | +153.97% | 2.07 | -71.01% | +2.76% |
   */
  {
    id: 'v1-0.19-llama31-8b-h100-tp2',
    source: 'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/accuracy_report.md',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'llama-3.1-8b',
    checkpoint: 'meta-llama/Llama-3.1-8B-Instruct',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 2,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 7.51,
      activationGiB: 1.89,
      nonTorchGiB: 2.07,
      kvCacheGiB: 0.95 * 79.19 - 7.51 - 1.89 - 2.07,
      gpuBlocks: null,
      kvTokens: null,
      maxConcurrency: null,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * Same report:
   *   | Qwen2.5-7B-Instruct | 1 | 14.25 | -0.45% | 2.21 | +153.39% | 0.24 | -37.50% | -4.21% |
   *   | Qwen2.5-7B-Instruct | 8,192 | 58.53 | -4.21% | 1,096,000 | 1,049,789 | -4.22% |
   */
  {
    id: 'v1-0.19-qwen25-7b-h100-tp1',
    source: 'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/accuracy_report.md',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'qwen2.5-7b',
    checkpoint: 'Qwen/Qwen2.5-7B-Instruct',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 14.25,
      activationGiB: 2.21,
      nonTorchGiB: 0.24,
      kvCacheGiB: 58.53,
      gpuBlocks: 1096000 / 16,
      kvTokens: 1096000,
      maxConcurrency: null,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * Same report, "--kv-cache-dtype fp8":
   *   | Qwen2.5-7B-Instruct | fp8 | 58.53 | -4.21% | 2,192,000 | 1,049,789 | -52.11% |
   */
  {
    id: 'v1-0.19-qwen25-7b-h100-fp8-kv',
    source: 'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/accuracy_report.md',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'qwen2.5-7b',
    checkpoint: 'Qwen/Qwen2.5-7B-Instruct',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192, kvCacheDtype: 'fp8' },
    logged: {
      weightsGiB: 14.25,
      activationGiB: null,
      nonTorchGiB: null,
      kvCacheGiB: 58.53,
      gpuBlocks: 2192000 / 16,
      kvTokens: 2192000,
      maxConcurrency: null,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * Same report, "Runtime --quantization fp8":
   *   | Llama-3.1-8B-Instruct | 8.49 | +76.18% | 64.61 | -13.18% |
   */
  {
    id: 'v1-0.19-llama31-8b-h100-fp8-weights',
    source: 'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/accuracy_report.md',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'llama-3.1-8b',
    checkpoint: 'meta-llama/Llama-3.1-8B-Instruct (--quantization fp8)',
    scheme: 'fp8-dynamic',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 8.49,
      activationGiB: null,
      nonTorchGiB: null,
      kvCacheGiB: 64.61,
      gpuBlocks: null,
      kvTokens: null,
      maxConcurrency: null,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * Same report, "Part 2: vLLM Version Sensitivity", Qwen/Qwen3-14B, TP 1, max_model_len 8192, utilization 0.95:
   *   | v0.16.0 | 27.52 | 5.64 | 0.13 | 41.94 | 33.55 |
   */
  {
    id: 'v1-0.16-qwen3-14b-h100',
    source: 'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/accuracy_report.md',
    vllmVersion: '0.16.0 (V1)',
    architectureId: 'qwen3-14b',
    checkpoint: 'Qwen/Qwen3-14B',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 16, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 27.52,
      activationGiB: 5.64,
      nonTorchGiB: 0.13,
      kvCacheGiB: 41.94,
      gpuBlocks: null,
      kvTokens: null,
      maxConcurrency: 33.55,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * Same table, the release that cut the profiled activation peak:
   *   | **v0.17.0** | 27.52 | **2.23** | 0.13 | 45.34 | 36.27 |
   */
  {
    id: 'v1-0.17-qwen3-14b-h100',
    source: 'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/accuracy_report.md',
    vllmVersion: '0.17.0 (V1)',
    architectureId: 'qwen3-14b',
    checkpoint: 'Qwen/Qwen3-14B',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 17, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 27.52,
      activationGiB: 2.23,
      nonTorchGiB: 0.13,
      kvCacheGiB: 45.34,
      gpuBlocks: null,
      kvTokens: null,
      maxConcurrency: 36.27,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * llm-d-incubation/llm-d-planner accuracy/results/v0.19.0/logs/fp8dyn-llama-3-3-70b--h100-80gb--tp2pp1dp1--8192.log (vLLM 0.19.0, H100 80GB HBM3):
   *   non-default args: {'model': 'RedHatAI/Llama-3.3-70B-Instruct-fp8-dynamic', 'max_model_len': 8192, 'tensor_parallel_size': 2, 'gpu_memory_utilization': 0.95, ...}
   *   [v1/worker/gpu_model_runner.py:4820] Model loading took 33.88 GiB memory and 54.254199 seconds
   *   [v1/worker/gpu_worker.py:435] Memory profiling takes 50.74 seconds. Total non KV cache memory: 37.95GiB; torch peak memory increase: 1.96GiB; non-torch forward increase memory: 2.1GiB; weights memory: 33.88GiB.
   *   [v1/worker/gpu_worker.py:436] Available KV cache memory: 37.28 GiB
   *   [v1/core/kv_cache_utils.py:1319] GPU KV cache size: 244,304 tokens
   *   [v1/core/kv_cache_utils.py:1324] Maximum concurrency for 8,192 tokens per request: 29.82x
   *   ... Actual usage is 33.88 GiB for weight, 1.96 GiB for peak activation, 2.1 GiB for non-torch memory, and 1.79 GiB for CUDAGrap[h]
   */
  {
    id: 'v1-0.19-llama33-70b-fp8-h100-tp2',
    source:
      'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/results/v0.19.0/logs/fp8dyn-llama-3-3-70b--h100-80gb--tp2pp1dp1--8192.log',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'llama-3.3-70b',
    checkpoint: 'RedHatAI/Llama-3.3-70B-Instruct-fp8-dynamic',
    scheme: 'fp8-dynamic',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 2,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 33.88,
      activationGiB: 1.96,
      nonTorchGiB: 2.1,
      kvCacheGiB: 37.28,
      gpuBlocks: 244304 / 16,
      kvTokens: 244304,
      maxConcurrency: 29.82,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * llm-d-incubation/llm-d-planner accuracy/results/v0.19.0/logs/fp8dyn-llama-3-3-70b--h100-80gb--tp4pp1dp1--8192.log (vLLM 0.19.0, H100 80GB HBM3):
   *   [v1/worker/gpu_model_runner.py:4820] Model loading took 16.96 GiB memory and 14.442714 seconds
   *   [v1/worker/gpu_worker.py:435] ... Total non KV cache memory: 21.14GiB; torch peak memory increase: 1.97GiB; non-torch forward increase memory: 2.21GiB; weights memory: 16.96GiB.
   *   [v1/worker/gpu_worker.py:436] Available KV cache memory: 54.09 GiB
   *   [v1/core/kv_cache_utils.py:1319] GPU KV cache size: 708,992 tokens
   *   [v1/core/kv_cache_utils.py:1324] Maximum concurrency for 8,192 tokens per request: 86.55x
   */
  {
    id: 'v1-0.19-llama33-70b-fp8-h100-tp4',
    source:
      'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/results/v0.19.0/logs/fp8dyn-llama-3-3-70b--h100-80gb--tp4pp1dp1--8192.log',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'llama-3.3-70b',
    checkpoint: 'RedHatAI/Llama-3.3-70B-Instruct-fp8-dynamic',
    scheme: 'fp8-dynamic',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 4,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 16.96,
      activationGiB: 1.97,
      nonTorchGiB: 2.21,
      kvCacheGiB: 54.09,
      gpuBlocks: 708992 / 16,
      kvTokens: 708992,
      maxConcurrency: 86.55,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * llm-d-incubation/llm-d-planner accuracy/results/v0.19.0/logs/w8a8-redhatai-qwen2-5-7b--h100-80gb--tp1pp1dp1--8192.log (vLLM 0.19.0, H100 80GB HBM3):
   *   [v1/worker/gpu_model_runner.py:4820] Model loading took 8.14 GiB memory and 9.156213 seconds
   *   [v1/worker/gpu_worker.py:435] ... Total non KV cache memory: 10.59GiB; torch peak memory increase: 2.21GiB; non-torch forward increase memory: 0.25GiB; weights memory: 8.14GiB.
   *   [v1/worker/gpu_worker.py:436] Available KV cache memory: 64.64 GiB
   *   [v1/core/kv_cache_utils.py:1319] GPU KV cache size: 1,210,272 tokens
   *   [v1/core/kv_cache_utils.py:1324] Maximum concurrency for 8,192 tokens per request: 147.74x
   */
  {
    id: 'v1-0.19-qwen25-7b-w8a8-h100',
    source:
      'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/results/v0.19.0/logs/w8a8-redhatai-qwen2-5-7b--h100-80gb--tp1pp1dp1--8192.log',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'qwen2.5-7b',
    checkpoint: 'RedHatAI/Qwen2.5-7B-Instruct-quantized.w8a8',
    scheme: 'w8a8-int8',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 8.14,
      activationGiB: 2.21,
      nonTorchGiB: 0.25,
      kvCacheGiB: 64.64,
      gpuBlocks: 1210272 / 16,
      kvTokens: 1210272,
      maxConcurrency: 147.74,
      refused: false,
    },
    check: { weights: 'pinned', kvCache: 'pinned' },
  },
  /*
   * llm-d-incubation/llm-d-planner accuracy/results/v0.19.0/logs/w8a8-mistral-small-24b--h100-80gb--tp1pp1dp1--8192.log (vLLM 0.19.0, H100 80GB HBM3):
   *   non-default args: {'model': 'RedHatAI/Mistral-Small-3.1-24B-Instruct-2503-quantized.w8a8', 'max_model_len': 8192, 'gpu_memory_utilization': 0.95, ...}
   *   [v1/worker/gpu_model_runner.py:4820] Model loading took 24.07 GiB memory and 22.705708 seconds
   *   [v1/worker/gpu_worker.py:435] ... Total non KV cache memory: 26.5GiB; torch peak memory increase: 2.18GiB; non-torch forward increase memory: 0.26GiB; weights memory: 24.07GiB.
   *   [v1/worker/gpu_worker.py:436] Available KV cache memory: 48.73 GiB
   *   [v1/core/kv_cache_utils.py:1319] GPU KV cache size: 319,344 tokens
   *   [v1/core/kv_cache_utils.py:1324] Maximum concurrency for 8,192 tokens per request: 38.98x
   */
  {
    id: 'v1-0.19-mistral-small-w8a8-h100-tp1',
    source:
      'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/results/v0.19.0/logs/w8a8-mistral-small-24b--h100-80gb--tp1pp1dp1--8192.log',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'mistral-small-24b',
    checkpoint: 'RedHatAI/Mistral-Small-3.1-24B-Instruct-2503-quantized.w8a8',
    scheme: 'w8a8-int8',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 1,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 24.07,
      activationGiB: 2.18,
      nonTorchGiB: 0.26,
      kvCacheGiB: 48.73,
      gpuBlocks: 319344 / 16,
      kvTokens: 319344,
      maxConcurrency: 38.98,
      refused: false,
    },
    check: {
      weights: {
        min: 0.93,
        max: 0.99,
        why: 'Mistral Small 3.1 is a vision-language checkpoint: the text tower is W8A8 but vLLM also loads the BF16 Pixtral vision encoder and projector, which the text-only architecture row does not count.',
      },
      kvCache: 'pinned',
    },
  },
  /*
   * llm-d-incubation/llm-d-planner accuracy/results/v0.19.0/logs/w8a8-mistral-small-24b--h100-80gb--tp2pp1dp1--8192.log (vLLM 0.19.0, H100 80GB HBM3):
   *   [v1/worker/gpu_model_runner.py:4820] Model loading took 12.11 GiB memory and 18.911944 seconds
   *   [v1/worker/gpu_worker.py:435] ... Total non KV cache memory: 16.21GiB; torch peak memory increase: 2.03GiB; non-torch forward increase memory: 2.07GiB; weights memory: 12.11GiB.
   *   [v1/worker/gpu_worker.py:436] Available KV cache memory: 59.02 GiB
   *   [v1/core/kv_cache_utils.py:1319] GPU KV cache size: 773,584 tokens
   *   [v1/core/kv_cache_utils.py:1324] Maximum concurrency for 8,192 tokens per request: 94.43x
   */
  {
    id: 'v1-0.19-mistral-small-w8a8-h100-tp2',
    source:
      'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/results/v0.19.0/logs/w8a8-mistral-small-24b--h100-80gb--tp2pp1dp1--8192.log',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'mistral-small-24b',
    checkpoint: 'RedHatAI/Mistral-Small-3.1-24B-Instruct-2503-quantized.w8a8',
    scheme: 'w8a8-int8',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 2,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 12.11,
      activationGiB: 2.03,
      nonTorchGiB: 2.07,
      kvCacheGiB: 59.02,
      gpuBlocks: 773584 / 16,
      kvTokens: 773584,
      maxConcurrency: 94.43,
      refused: false,
    },
    check: {
      weights: { min: 0.93, max: 0.99, why: 'Vision encoder in BF16 not in the text-only architecture row (see the TP 1 case).' },
      kvCache: 'pinned',
    },
  },
  /*
   * llm-d-incubation/llm-d-planner accuracy/results/v0.19.0/logs/openai-gpt-oss-20b--h100-80gb--tp2pp1dp1--8192.log (vLLM 0.19.0, H100 80GB HBM3):
   *   non-default args: {'model': 'openai/gpt-oss-20b', 'max_model_len': 8192, 'tensor_parallel_size': 2, ...} (utilization default 0.9)
   *   [v1/worker/gpu_model_runner.py:4820] Model loading took 7.01 GiB memory and 12.429379 seconds
   *   [v1/worker/gpu_worker.py:435] ... Total non KV cache memory: 11.95GiB; torch peak memory increase: 2.87GiB; non-torch forward increase memory: 2.07GiB; weights memory: 7.01GiB.
   *   [v1/worker/gpu_worker.py:436] Available KV cache memory: 59.32 GiB
   *   [v1/core/kv_cache_utils.py:1319] GPU KV cache size: 2,591,776 tokens
   *   [v1/core/kv_cache_utils.py:1324] Maximum concurrency for 8,192 tokens per request: 316.07x
   */
  {
    id: 'v1-0.19-gpt-oss-20b-h100-tp2',
    source:
      'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/results/v0.19.0/logs/openai-gpt-oss-20b--h100-80gb--tp2pp1dp1--8192.log',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'gpt-oss-20b',
    checkpoint: 'openai/gpt-oss-20b',
    scheme: 'mxfp4-moe',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 2,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.9, maxModelLen: 8192 },
    logged: {
      weightsGiB: 7.01,
      activationGiB: 2.87,
      nonTorchGiB: 2.07,
      kvCacheGiB: 59.32,
      gpuBlocks: 2591776 / 16,
      kvTokens: 2591776,
      maxConcurrency: 316.07,
      refused: false,
    },
    check: {
      weights: {
        min: 0.88,
        max: 0.97,
        why: 'Expert padding is modelled (Triton path: intermediate per rank 1440 → 1536), yet vLLM 0.19 logs 0.3 GiB more at TP 2 than that layout explains (13.64 GiB at TP 1 is within 1.5 %).',
      },
      kvCache: 'pinned',
    },
  },
  /*
   * llm-d-incubation/llm-d-planner accuracy/results/v0.19.0/logs/meta-llama-llama-4-scout--h100-80gb--tp4pp1dp1--8192.log (vLLM 0.19.0, H100 80GB HBM3):
   *   non-default args: {'model': 'meta-llama/Llama-4-Scout-17B-16E-Instruct', 'max_model_len': 8192, 'tensor_parallel_size': 4, 'gpu_memory_utilization': 0.95, ...}
   *   [v1/worker/gpu_model_runner.py:4820] Model loading took 53.12 GiB memory and 934.140592 seconds
   *   [v1/worker/gpu_worker.py:435] ... Total non KV cache memory: 58.48GiB; torch peak memory increase: 3.19GiB; non-torch forward increase memory: 2.17GiB; weights memory: 53.12GiB.
   *   [v1/worker/gpu_worker.py:436] Available KV cache memory: 16.75 GiB
   *   [v1/core/kv_cache_utils.py:1319] GPU KV cache size: 365,968 tokens
   *   [v1/core/kv_cache_utils.py:1324] Maximum concurrency for 8,192 tokens per request: 44.68x
   */
  {
    id: 'v1-0.19-llama4-scout-h100-tp4',
    source:
      'https://github.com/llm-d-incubation/llm-d-planner/blob/main/accuracy/results/v0.19.0/logs/meta-llama-llama-4-scout--h100-80gb--tp4pp1dp1--8192.log',
    vllmVersion: '0.19.0 (V1)',
    architectureId: 'llama-4-scout',
    checkpoint: 'meta-llama/Llama-4-Scout-17B-16E-Instruct',
    scheme: 'bf16',
    gpu: { name: 'NVIDIA H100 80GB HBM3', totalGiB: 79.19, totalFrom: 'log' },
    tensorParallel: 4,
    settings: { vllmMinorVersion: 19, engineVersion: 'v1', gpuMemoryUtilization: 0.95, maxModelLen: 8192 },
    logged: {
      weightsGiB: 53.12,
      activationGiB: 3.19,
      nonTorchGiB: 2.17,
      kvCacheGiB: 16.75,
      gpuBlocks: 365968 / 16,
      kvTokens: 365968,
      maxConcurrency: 44.68,
      refused: false,
    },
    check: {
      weights: { min: 0.93, max: 0.99, why: 'The vision encoder (replicated on every rank) is not in the text-only architecture row.' },
      kvCache: {
        min: 1.0,
        max: 1.35,
        why: 'KV bytes per token match the log exactly (16.75 GiB / 365,968 tokens = 49,152 B = 48 layers × 2 × 2 KV heads × 128 × 2 B); the pool is larger only because the vision encoder (2.7 GiB per GPU less weights than logged) is not in the text-only architecture row.',
      },
    },
  },
];
