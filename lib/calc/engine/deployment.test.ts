/**
 * The deployment adapter: catalog resolution, precision → checkpoint scheme, refusals with reasons, and
 * the checker summary. Expected figures are the engine model's, pinned against vLLM logs in
 * vllm-memory.test.ts (llm-d-planner v0.19 H100 runs: Llama-3.1-8B TP 1 at 0.95 → 476,000 KV tokens).
 */
import { describe, expect, it } from 'vitest';
import { engineCheckerSummary, schemeForPrecision, vllmPlanForDeployment } from './deployment';

describe('vLLM plan for a designed deployment', () => {
  it('Llama 3.1 8B on one H100 (catalog total 79.11 GiB) at 0.95 and 8K context: ≈ 475K KV tokens, 58 concurrent 8K requests', () => {
    const r = vllmPlanForDeployment({
      modelId: 'llama-3.1-8b',
      gpuId: 'h100-80gb-sxm',
      tensorParallel: 1,
      precision: 'bf16',
      kvCachePrecision: 'auto',
      gpuMemoryUtilization: 0.95,
      maxContextTokens: 8192,
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.gpuMemoryBasis).toBe('logged');
    expect(r.scheme).toBe('bf16');
    // 79.11 GiB here vs 79.19 GiB on the llm-d host: 0.076 GiB less budget → about 600 fewer tokens than 476,000
    expect(r.plan.kvCacheTokens / 476000).toBeGreaterThan(0.99);
    expect(r.plan.kvCacheTokens / 476000).toBeLessThan(1.0);
    const s = engineCheckerSummary(r.plan);
    expect(s.kvCacheTokens).toBe(r.plan.kvCacheTokens);
    expect(s.maxConcurrency).toBeCloseTo(58, 0);
    expect(s.vllmRelease).toBe('0.19 (V1)');
    expect(s.verdict).toBe('fits');
    expect(s.outsideBudget.cudaGraphsGiB).toEqual({ low: 1, high: 3 });
  });

  it('maps precisions to checkpoint schemes (AWQ for INT4, MXFP4 for gpt-oss, block FP8 for DeepSeek / Qwen3 MoE)', () => {
    expect(schemeForPrecision('int4', 'llama-3.1-70b')).toBe('awq-int4');
    expect(schemeForPrecision('int4', 'gpt-oss-120b')).toBe('mxfp4-moe');
    expect(schemeForPrecision('fp8', 'deepseek-r1')).toBe('fp8-block');
    expect(schemeForPrecision('fp8', 'qwen3-235b-a22b')).toBe('fp8-block');
    expect(schemeForPrecision('fp8', 'llama-3.1-8b')).toBe('fp8-dynamic');
    expect(schemeForPrecision('int8', 'qwen2.5-7b')).toBe('w8a8-int8');
  });

  it('gpt-oss-120b on one H100 at the default 131,072-token context refuses to start, as vLLM does (issues #23278, #27508)', () => {
    const r = vllmPlanForDeployment({
      modelId: 'gpt-oss-120b',
      gpuId: 'h100-80gb-sxm',
      tensorParallel: 1,
      precision: 'int4',
      kvCachePrecision: 'auto',
      gpuMemoryUtilization: 0.9,
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.verdict).toBe('refuses');
    expect(engineCheckerSummary(r.plan).refusal).toMatch(/max_model_len 131072/);
  });

  it('DeepSeek-R1 (MLA) FP8 on 8 × H200: KV per token is the 70,272-byte latent on every GPU, not split by TP', () => {
    const r = vllmPlanForDeployment({
      modelId: 'deepseek-r1',
      gpuId: 'h200-141gb',
      tensorParallel: 8,
      precision: 'fp8',
      kvCachePrecision: 'auto',
      gpuMemoryUtilization: 0.9,
      maxContextTokens: 32768,
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.gpuMemoryBasis).toBe('estimated');
    expect(r.plan.kvBytesPerToken).toBe(70272);
    expect(r.plan.verdict).toBe('fits');
  });

  it('answers with a reason, not a number, when the catalog or layout cannot be modelled', () => {
    const base = { tensorParallel: 1, precision: 'bf16' as const, kvCachePrecision: 'auto' as const, gpuMemoryUtilization: 0.9 };
    expect(vllmPlanForDeployment({ ...base, modelId: 'gpt-4-estimated', gpuId: 'h100-80gb-sxm' })).toMatchObject({ ok: false });
    expect(vllmPlanForDeployment({ ...base, modelId: 'llama-3.1-8b', gpuId: 'no-such-gpu' })).toMatchObject({ ok: false });
    expect(vllmPlanForDeployment({ ...base, modelId: 'llama-3.1-8b', gpuId: 'h100-80gb-sxm', pipelineParallel: 2 })).toMatchObject({
      ok: false,
    });
    const r = vllmPlanForDeployment({ ...base, modelId: 'phi-4', gpuId: 'h100-80gb-sxm', tensorParallel: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/40 attention heads/);
  });
});
