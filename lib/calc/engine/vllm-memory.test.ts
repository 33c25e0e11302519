/**
 * The engine memory model against vLLM's own startup logs (vllm-logs.fixtures.ts, each with its public
 * URL): weights within ±3 %, KV-cache tokens within ±5 %, and the same verdict where vLLM refused to start.
 * Constants come from vLLM's code or one stated calibration (vllm-memory.ts); nothing is fitted per case.
 * Run with DEBUG_ENGINE_TABLE=1 to print the case / logged / computed / ratio table.
 */
import { describe, expect, it } from 'vitest';
import { getCheckpointScheme, CHECKPOINT_SCHEMES, CheckpointScheme } from '../../catalog/checkpoint-schemes';
import { GPU_MEMORY, GpuMemoryRow, usableGpuBytes, GIB as GIB_CATALOG } from '../../catalog/gpu-memory';
import { getModelArchitecture, MODEL_ARCHITECTURES } from '../../catalog/model-architectures';
import { COMPUTE_SOURCES } from '../../catalog/sources-compute';
import { VLLM_LOG_FIXTURES, type VllmLogFixture } from './vllm-logs.fixtures';
import {
  defaultVllmSettings,
  GIB,
  profilingActivationBytes,
  releaseConstants,
  SAMPLER_BYTES_PER_LOGIT_FROM_0_17,
  SAMPLER_BYTES_PER_LOGIT_UNTIL_0_16,
  vllmKvBytesPerToken,
  vllmMemoryPlan,
  type VllmMemoryBreakdown,
} from './vllm-memory';

function plan(f: VllmLogFixture): VllmMemoryBreakdown {
  const arch = getModelArchitecture(f.architectureId);
  if (!arch) throw new Error(`no architecture ${f.architectureId}`);
  return vllmMemoryPlan({
    model: arch.config,
    scheme: getCheckpointScheme(f.scheme),
    gpu: { totalBytes: f.gpu.totalGiB * GIB, name: f.gpu.name },
    tensorParallel: f.tensorParallel,
    settings: f.settings,
  });
}

/** Logged KV tokens, or (when only GiB is printed) the whole blocks that GiB holds at the computed block size. */
function loggedKvTokens(f: VllmLogFixture, r: VllmMemoryBreakdown): number | null {
  if (f.logged.kvTokens !== null) return f.logged.kvTokens;
  if (f.logged.kvCacheGiB === null) return null;
  return Math.floor((f.logged.kvCacheGiB * GIB) / r.kvBlockBytes) * r.settings.blockSize;
}

describe('vLLM startup logs (fixtures)', () => {
  it('has at least 10 public cases with a URL, several refusals, models and GPUs', () => {
    expect(VLLM_LOG_FIXTURES.length).toBeGreaterThanOrEqual(10);
    for (const f of VLLM_LOG_FIXTURES) expect(f.source, f.id).toMatch(/^https:\/\/github\.com\//);
    expect(VLLM_LOG_FIXTURES.filter((f) => f.logged.refused).length).toBeGreaterThanOrEqual(4);
    expect(new Set(VLLM_LOG_FIXTURES.map((f) => f.architectureId)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(VLLM_LOG_FIXTURES.map((f) => f.scheme)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(VLLM_LOG_FIXTURES.map((f) => f.id)).size).toBe(VLLM_LOG_FIXTURES.length);
  });

  const rows: string[] = [];
  for (const f of VLLM_LOG_FIXTURES) {
    describe(f.id, () => {
      const r = plan(f);
      const check = f.check;

      if (check.weights !== 'not-logged') {
        const w = check.weights;
        it(w === 'pinned' ? 'weights within ±3 % of the log' : `weights inside the stated band (${w.why})`, () => {
          const ratio = r.weightsBytes / ((f.logged.weightsGiB as number) * GIB);
          if (w === 'pinned') expect(Math.abs(ratio - 1), `ratio ${ratio.toFixed(3)}`).toBeLessThanOrEqual(0.03);
          else {
            expect(ratio).toBeGreaterThanOrEqual(w.min);
            expect(ratio).toBeLessThanOrEqual(w.max);
          }
        });
      }

      if (check.verdict !== false)
        it(f.logged.refused ? 'refuses to start, as vLLM did' : 'starts, as vLLM did', () => {
          expect(r.verdict).toBe(f.logged.refused ? 'refuses' : 'fits');
        });

      const k = check.kvCache;
      if (k !== 'not-logged' && k !== 'refused') {
        it(k === 'pinned' ? 'KV-cache tokens within ±5 % of the log' : `KV-cache tokens inside the stated band (${k.why})`, () => {
          const logged = loggedKvTokens(f, r) as number;
          const ratio = r.kvCacheTokens / logged;
          if (k === 'pinned') expect(Math.abs(ratio - 1), `ratio ${ratio.toFixed(3)}`).toBeLessThanOrEqual(0.05);
          else {
            expect(ratio).toBeGreaterThanOrEqual(k.min);
            expect(ratio).toBeLessThanOrEqual(k.max);
          }
        });
      }

      const lt = loggedKvTokens(f, r);
      rows.push(
        [
          f.id.padEnd(42),
          `W ${f.logged.weightsGiB?.toFixed(2) ?? '–'} / ${(r.weightsBytes / GIB).toFixed(2)} GiB`.padEnd(26),
          `KV ${lt ?? '–'} / ${r.kvCacheTokens} tok`.padEnd(30),
          lt ? (r.kvCacheTokens / lt).toFixed(3) : '–',
          `${check.verdict === false ? 'not logged' : f.logged.refused ? 'refused' : 'fits'} / ${r.verdict}`,
        ].join('  '),
      );
    });
  }

  it('prints the comparison table on request', () => {
    if (process.env.DEBUG_ENGINE_TABLE)
      console.log(['case  weights logged/computed  KV tokens logged/computed  ratio  verdict', ...rows].join('\n'));
    expect(rows.length).toBe(VLLM_LOG_FIXTURES.length);
  });
});

describe('vLLM accounting details', () => {
  const llama8b = getModelArchitecture('llama-3.1-8b')!.config;
  const bf16 = getCheckpointScheme('bf16');
  const h100 = { totalBytes: 79.11 * GIB, name: 'NVIDIA H100 80GB HBM3' };
  const a100 = { totalBytes: 79.25 * GIB, name: 'NVIDIA A100-SXM4-80GB' };

  it('batch defaults follow vLLM get_batch_defaults: H100 8192/1024, A100 and small GPUs 2048/256, V0 max(max_model_len, 2048)', () => {
    expect(defaultVllmSettings(llama8b, h100)).toMatchObject({
      maxNumBatchedTokens: 8192,
      maxNumSeqs: 1024,
      gpuMemoryUtilization: 0.9,
      blockSize: 16,
    });
    expect(defaultVllmSettings(llama8b, a100)).toMatchObject({ maxNumBatchedTokens: 2048, maxNumSeqs: 256 });
    expect(defaultVllmSettings(llama8b, h100, { usageContext: 'llm-class' })).toMatchObject({ maxNumBatchedTokens: 16384 });
    expect(defaultVllmSettings(llama8b, a100, { engineVersion: 'v0', maxModelLen: 8192 })).toMatchObject({
      maxNumBatchedTokens: 8192,
      enableChunkedPrefill: false,
    });
    expect(defaultVllmSettings(llama8b, a100, { engineVersion: 'v0', maxModelLen: 65536 })).toMatchObject({
      maxNumBatchedTokens: 2048,
      enableChunkedPrefill: true,
    });
  });

  it('KV per token: GQA per rank (Llama 3.1 8B 131,072 B; TP 2 → 65,536 B) and MLA latent (DeepSeek-V3 61 × 576 × 2 = 70,272 B, not split by TP)', () => {
    expect(vllmKvBytesPerToken(llama8b, 1, 2, 'v1')).toBe(131072);
    expect(vllmKvBytesPerToken(llama8b, 2, 2, 'v1')).toBe(65536);
    const v3 = getModelArchitecture('deepseek-v3')!.config;
    expect(vllmKvBytesPerToken(v3, 1, 2, 'v1')).toBe(70272);
    expect(vllmKvBytesPerToken(v3, 8, 2, 'v1')).toBe(70272);
    // V0 aligns each MLA entry to 256 B: 1152 → 1280
    expect(vllmKvBytesPerToken(v3, 8, 2, 'v0')).toBe(61 * 1280);
    // and a GQA model's MLA-style formula would be 2 × 61 × 128 × 192 × 2 = 5,996,544 B: 85× more
    expect((2 * 61 * 128 * 192 * 2) / 70272).toBeCloseTo(85.3, 1);
  });

  it('activation peak: Llama 3.1 8B at 20,000 tokens is the MLP (110,592 B/token = 2.06 GiB); at 8,192 tokens the sampler (1.26 GiB)', () => {
    const a = profilingActivationBytes(llama8b, 1, 20000, 256, 2);
    expect(a.forwardBytes).toBe(20000 * 110592);
    expect(a.forwardBytes / GIB).toBeCloseTo(2.06, 2);
    const b = profilingActivationBytes(llama8b, 1, 8192, 256, 2, SAMPLER_BYTES_PER_LOGIT_UNTIL_0_16);
    expect(b.samplerBytes).toBeGreaterThan(b.forwardBytes);
    expect(b.samplerBytes / GIB).toBeCloseTo(1.26, 2);
    // vLLM 0.19 on an H100 profiles 1024 sequences at ≈ 15 B per logit: 1.89 GiB logged (llm-d-planner report)
    const c = profilingActivationBytes(llama8b, 1, 8192, 1024, 2, SAMPLER_BYTES_PER_LOGIT_FROM_0_17);
    expect(c.samplerBytes / GIB).toBeCloseTo(1.89, 1);
  });

  it('release constants: the sampler share drops at 0.17, TP ≥ 2 non-torch memory is about 2.1 GiB from 0.18', () => {
    expect(releaseConstants(16, 1).samplerBytesPerLogit).toBe(39.2);
    expect(releaseConstants(17, 1).samplerBytesPerLogit).toBe(14.9);
    expect(releaseConstants(19, 1).nonTorchBytes / GIB).toBeCloseTo(0.25, 5);
    expect(releaseConstants(19, 2).nonTorchBytes / GIB).toBeCloseTo(2.1, 5);
    expect(releaseConstants(10, 4).nonTorchBytes / GIB).toBeCloseTo(0.16, 5);
    expect(defaultVllmSettings(llama8b, h100).vllmMinorVersion).toBe(19);
    expect(defaultVllmSettings(llama8b, h100, { vllmMinorVersion: 6 }).engineVersion).toBe('v0');
  });

  it('KV tokens are whole 16-token blocks and concurrency = tokens ÷ max_model_len', () => {
    const r = vllmMemoryPlan({ model: llama8b, scheme: bf16, gpu: h100, tensorParallel: 1, settings: { maxModelLen: 32768 } });
    expect(r.kvCacheTokens % 16).toBe(0);
    expect(r.kvBlocks).toBe(Math.floor(r.kvCacheBytes / (131072 * 16)));
    expect(r.maxConcurrency).toBeCloseTo(r.kvBlocks / (32768 / 16), 10);
    expect(r.budgetBytes).toBeCloseTo(0.9 * 79.11 * GIB, 0);
    expect(r.cudaGraphBytes).toEqual({ low: 1 * GIB, high: 3 * GIB });
    expect(r.notes.join(' ')).toMatch(/SGLang/);
  });

  it('enforce_eager drops the CUDA-graph reserve; utilization 0.99 leaves too little headroom and warns', () => {
    const eager = vllmMemoryPlan({
      model: llama8b,
      scheme: bf16,
      gpu: h100,
      tensorParallel: 1,
      settings: { enforceEager: true, maxModelLen: 8192 },
    });
    expect(eager.cudaGraphBytes).toEqual({ low: 0, high: 0 });
    const tight = vllmMemoryPlan({
      model: llama8b,
      scheme: bf16,
      gpu: h100,
      tensorParallel: 1,
      settings: { gpuMemoryUtilization: 0.985, maxModelLen: 8192 },
    });
    expect(tight.verdict).toBe('fits');
    expect(tight.warnings.join(' ')).toMatch(/CUDA graphs/);
  });

  it('V1 refuses a utilization above the free memory at startup', () => {
    const r = vllmMemoryPlan({
      model: llama8b,
      scheme: bf16,
      gpu: h100,
      tensorParallel: 1,
      settings: { gpuMemoryUtilization: 1, maxModelLen: 8192 },
    });
    expect(r.refusal?.code).toBe('utilization-exceeds-free-memory');
  });

  it('fp8 KV cache halves the bytes per token and about doubles the tokens', () => {
    const a = vllmMemoryPlan({ model: llama8b, scheme: bf16, gpu: h100, tensorParallel: 1, settings: { maxModelLen: 8192 } });
    const b = vllmMemoryPlan({
      model: llama8b,
      scheme: bf16,
      gpu: h100,
      tensorParallel: 1,
      settings: { maxModelLen: 8192, kvCacheDtype: 'fp8' },
    });
    expect(b.kvBytesPerToken).toBe(a.kvBytesPerToken / 2);
    expect(b.kvCacheTokens / a.kvCacheTokens).toBeCloseTo(2, 2);
  });
});

describe('catalog tables used by the engine model', () => {
  const sourceIds = new Set(COMPUTE_SOURCES.map((s) => s.id));

  it('checkpoint schemes parse and cite known sources; int4 g128 carries 0.0195 B of scales and zeros per weight', () => {
    for (const s of CHECKPOINT_SCHEMES) {
      expect(() => CheckpointScheme.parse(s), s.id).not.toThrow();
      expect(sourceIds.has(s.source), `${s.id} -> ${s.source}`).toBe(true);
    }
    expect(getCheckpointScheme('awq-int4').bytesPerParam.mlp).toBeCloseTo(0.51953, 5);
    expect(getCheckpointScheme('awq-int4').bytesPerParam.embeddings).toBe(2);
    expect(getCheckpointScheme('mxfp4-moe').bytesPerParam.experts).toBeCloseTo(0.53125, 5);
  });

  it('GPU memory rows parse, cite known sources, and an "80 GB" H100 is 79.11 GiB ≈ 84.9e9 B', () => {
    for (const g of GPU_MEMORY) {
      expect(() => GpuMemoryRow.parse(g), g.gpuId).not.toThrow();
      expect(sourceIds.has(g.source), `${g.gpuId} -> ${g.source}`).toBe(true);
      for (const id of Object.values(g.fieldSources ?? {})) expect(sourceIds.has(id), `${g.gpuId} -> ${id}`).toBe(true);
    }
    const h100 = usableGpuBytes('h100-80gb-sxm', 80);
    expect(h100.basis).toBe('logged');
    expect(h100.bytes / 1e9).toBeCloseTo(84.94, 2);
    expect(usableGpuBytes('a10-24gb', 24).bytes / GIB_CATALOG).toBeCloseTo(22.18, 2);
    const l4 = usableGpuBytes('l4-24gb', 24);
    expect(l4.basis).toBe('estimated');
    expect(l4.bytes / GIB_CATALOG).toBeCloseTo(22.18, 1);
    const h200 = usableGpuBytes('h200-141gb', 141);
    expect(h200.basis).toBe('estimated');
    expect(h200.bytes / GIB_CATALOG).toBeCloseTo(139.4, 1);
  });

  it('architectures cite known sources', () => {
    for (const m of MODEL_ARCHITECTURES) expect(sourceIds.has(m.source), `${m.id} -> ${m.source}`).toBe(true);
  });
});
