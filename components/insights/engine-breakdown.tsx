'use client';
/**
 * vLLM's startup memory budget of one GPU of a self-hosted deployment (lib/calc/engine via report.vram): the
 * driver total, what lives outside the gpu_memory_utilization budget, the parts inside it, and the KV cache
 * that is left in tokens and in concurrent requests at max_model_len, with the engine settings that drive
 * it. Renders report fields only; computes nothing.
 */
import type { VramFit } from '@/lib/calc/types';
import { formatCount, formatGiB, formatInt } from '@/lib/format';
import { DataTable } from './ui';

const PART_LABEL: Record<string, string> = {
  attention: 'attention',
  mlp: 'MLP',
  experts: 'experts',
  router: 'router',
  embeddings: 'embeddings',
  lmHead: 'LM head',
  norms: 'norms',
  ropeCache: 'RoPE cache',
};

export function EngineBreakdown({ fit }: { fit: VramFit }) {
  const e = fit.engine;
  if (!e) {
    return (
      <p className="mt-4 text-[13px] leading-snug text-muted" data-testid="engine-fallback">
        {fit.engineFallback ?? 'The vLLM startup memory model does not apply here.'}
      </p>
    );
  }
  const s = e.settings;
  const parts = Object.entries(e.weightsGiBByPart)
    .map(([k, v]) => `${PART_LABEL[k] ?? k} ${formatGiB(v)}`)
    .join(', ');
  const rows: [string, string][] = [
    [`GPU total (${e.gpuMemoryBasis})`, formatGiB(e.totalGiB)],
    ['Outside the budget: CUDA context', formatGiB(e.outsideBudget.cudaContextGiB)],
    [
      'Outside the budget: CUDA graphs',
      s.enforceEager
        ? 'none (enforce_eager)'
        : `${formatGiB(e.outsideBudget.cudaGraphsGiB.low)}–${formatGiB(e.outsideBudget.cudaGraphsGiB.high)}`,
    ],
    ['Outside the budget: headroom after the CUDA context', formatGiB(e.headroomGiB)],
    [`Budget = ${s.gpuMemoryUtilization} × total`, formatGiB(e.budgetGiB)],
    [`Weights (${e.schemeName})`, `${formatGiB(e.weightsGiB)} (${parts})`],
    [
      `Activation peak (${formatInt(e.activation.tokens)} batched tokens, ${formatInt(e.activation.sampledRequests)} sampled)`,
      `${formatGiB(e.activationGiB)} (forward ${formatGiB(e.activation.forwardGiB)}, sampler ${formatGiB(e.activation.samplerGiB)})`,
    ],
    ['Non-torch (cuBLAS, NCCL)', formatGiB(e.nonTorchGiB)],
    ['KV cache', formatGiB(e.kvCacheGiB)],
    ['KV cache tokens', formatInt(e.kvCacheTokens)],
    [`Concurrent requests at max_model_len ${formatInt(e.maxModelLen)}`, formatCount(e.maxConcurrency, 2)],
  ];
  const settings: [string, string][] = [
    ['vLLM release', e.vllmRelease],
    ['gpu_memory_utilization', String(s.gpuMemoryUtilization)],
    ['max_model_len', formatInt(s.maxModelLen)],
    ['Chunked prefill', s.enableChunkedPrefill ? 'on' : 'off'],
    ['max_num_batched_tokens', formatInt(s.maxNumBatchedTokens)],
    ['max_num_seqs', formatInt(s.maxNumSeqs)],
    ['block_size', formatInt(s.blockSize)],
    ['CUDA graphs', s.enforceEager ? 'off (enforce_eager)' : 'on'],
    ['kv_cache_dtype', s.kvCacheDtype],
  ];
  return (
    <section className="mt-5" data-testid="engine-breakdown" aria-label="vLLM memory budget per GPU">
      <h4 className="text-[14px] font-semibold text-fg">vLLM memory budget per GPU</h4>
      <p className="mt-0.5 text-[13px] leading-snug text-muted">
        <span data-testid="kv-cache-tokens" className="font-semibold text-fg">
          {formatInt(e.kvCacheTokens)} KV cache tokens
        </span>{' '}
        ({formatCount(e.maxConcurrency, 2)} requests at {formatInt(e.maxModelLen)} tokens), as vLLM would log them at startup.{' '}
        {e.refusal ? <span className="font-semibold text-err">vLLM would refuse to start: {e.refusal}</span> : null}
      </p>
      <div className="mt-2">
        <DataTable caption="Memory budget per GPU" head={['Part', 'Per GPU']} rows={rows} />
      </div>
      <h5 className="mt-3 text-[13px] font-semibold text-fg">Engine settings</h5>
      <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-0.5 text-[13px]" data-testid="engine-settings">
        {settings.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-muted">{k}</dt>
            <dd className="font-semibold tabular-nums">{v}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-[12px] leading-snug text-muted">{e.gpuMemoryNote}</p>
      <ul className="mt-2 list-disc pl-4 text-[12px] leading-snug text-muted" data-testid="engine-notes">
        {e.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
