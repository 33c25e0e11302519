import { describe, expect, it } from 'vitest';
import { evaluate } from '../calc/evaluate';
import { EXAMPLES } from '../design/examples';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { formatMs } from '../format';
import { operationsPack, opsPackToMarkdown } from './ops-pack';

const designOf = (doc: unknown): Design => {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
};
const example = (slug: string) => designOf(EXAMPLES.find((e) => e.slug === slug)!.document);

describe('operations pack', () => {
  it('lists each model deployment with the seed 9.11 metrics and targets', () => {
    const pack = operationsPack(example('enterprise-reference'));
    expect(pack.deployments.map((d) => d.nodeId)).toEqual(['aoai-east', 'aoai-west']);
    const east = pack.deployments[0]!;
    // Seed 9.11 "Key Metrics for AI Workloads", targets as written there.
    const targets = Object.fromEntries(east.metrics.map((m) => [m.metric, m.target]));
    expect(targets).toMatchObject({
      'TTFT (time to first token)': '< 1 second',
      'TPS (tokens per second)': '30-100 TPS',
      'End-to-end latency': '< 5 s for interactive',
      'Token consumption (input + output)': 'Within budget',
      '429 rate': '< 1% in production',
      'Error rate (4xx, 5xx)': '< 0.1%',
      'Queue depth': 'Near zero for real-time',
    });
    expect(targets['GPU utilization']).toBeUndefined(); // not self-hosted
    const report = evaluate(example('enterprise-reference'));
    expect(east.metrics[0]!.predicted).toContain(formatMs(report.latency.ttftMs));
    expect(east.metrics.find((m) => m.metric.startsWith('Token'))!.predicted).toMatch(/billed per PTU \(50 PTU\)/);
    expect(pack.deployments[1]!.metrics.find((m) => m.metric.startsWith('Token'))!.predicted).toMatch(
      /M input \+ .*M output tokens a month/,
    );
  });

  it('Azure OpenAI speed and end to end: typical with the worst case beside it (gpt-4.1 Global PTU: 185 typical, 80 worst)', () => {
    const design = example('enterprise-reference');
    const east = operationsPack(design).deployments[0]!;
    const report = evaluate(design);
    const byName = Object.fromEntries(east.metrics.map((m) => [m.metric, m.predicted]));
    // gpt-4.1: median 185 tokens/s on Azure (aa-gpt-4-1-secondary); PTU latency target 80 tokens/s (facts §5.1).
    expect(byName['TPS (tokens per second)']).toBe(
      '185 tokens/s per sequence typical; worst case 80 tokens/s (PTU latency target, 99% of requests faster)',
    );
    expect(report.latency.worstCaseE2eMs).not.toBeNull();
    expect(byName['End-to-end latency']).toBe(
      `${formatMs(report.latency.e2eMs)} (streamed); worst case ${formatMs(report.latency.worstCaseE2eMs)}`,
    );
  });

  it('self-hosted deployments add GPU, VRAM and queue depth with the VRAM prediction', () => {
    const design = example('self-hosted-llama-70b-aks');
    const pack = operationsPack(design);
    const pool = pack.deployments.find((d) => d.selfHosted)!;
    const byName = Object.fromEntries(pool.metrics.map((m) => [m.metric, m]));
    expect(byName['GPU utilization']!.target).toBe('60-85% sustained');
    expect(byName['VRAM utilization']!.target).toBe('< 90%');
    const vram = evaluate(design).vram.find((v) => v.nodeId === pool.nodeId)!;
    expect(byName['VRAM utilization']!.predicted).toContain(`${(vram.utilization * 100).toFixed(0)}%`);
    const ids = pack.queries.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining(['gpu-utilization', 'vram-utilization', 'vllm-queue', 'vllm-ttft', 'apim-tokens', 'apim-429', 'apim-latency']),
    );
    expect(ids).not.toContain('aoai-tokens'); // no Azure OpenAI in this design
    expect(pack.queries.find((q) => q.id === 'vram-utilization')!.query).toContain(
      'DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE)',
    );
  });

  it('KQL reads real Azure Monitor tables and columns', () => {
    const pack = operationsPack(example('enterprise-reference'));
    const q = (id: string) => pack.queries.find((x) => x.id === id)!;
    // Azure OpenAI resource logs land in AzureDiagnostics (category RequestResponse); metrics in AzureMetrics.
    expect(q('aoai-429').query).toMatch(/^AzureDiagnostics$/m);
    expect(q('aoai-429').query).toContain('Category == "RequestResponse"');
    expect(q('aoai-429').query).toContain('ResultSignature == "429"');
    expect(q('aoai-latency').query).toContain('percentile(DurationMs, 95)');
    expect(q('aoai-tokens').query).toContain('MetricName in ("ProcessedPromptTokens", "GeneratedTokens")');
    expect(q('aoai-ttft').query).toContain('MetricName == "AzureOpenAITimeToResponse"');
    expect(q('aoai-tokens').query).toContain('let accounts = dynamic(["aoai-east", "aoai-west"]);');
    // API Management gateway tables (resource-specific mode).
    expect(q('apim-429').query).toContain('countif(ResponseCode == 429)');
    expect(q('apim-429').query).toContain('countif(BackendResponseCode == 429)');
    expect(q('apim-latency').query).toContain('percentile(TotalTime, 95)');
    expect(q('apim-tokens').query).toMatch(/^ApiManagementGatewayLlmLog$/m);
    for (const x of pack.queries) expect(x.source).toMatch(/^https:\/\//);
  });

  it('writes a runbook page in Markdown with fenced queries', () => {
    const md = opsPackToMarkdown(operationsPack(example('multi-region-ptu-fallback')));
    expect(md.startsWith('# Operations runbook: Multi-region PTU')).toBe(true);
    expect(md).toContain('| Metric | What it measures | Target | Predicted | Where to watch |');
    expect(md).toContain('```kusto\n');
    expect(md).toContain('```promql\n');
    expect(md).toContain('| 429 rate | Rate-limit rejections | &lt; 1% in production |');
  });

  it('a node id with quotes or backticks cannot break the KQL string or the Markdown fence', () => {
    // Parsing refuses such ids (lib/design/ids.ts); a design held in memory may still carry one.
    const parsed = designOf({
      schemaVersion: 1,
      name: 'Odd ids',
      nodes: [{ id: 'odd', kind: 'azure-openai', label: '<b>x</b> | y', position: { x: 0, y: 0 } }],
    });
    const design: Design = { ...parsed, nodes: parsed.nodes.map((n) => ({ ...n, id: 'a"b```c' })) };
    const pack = operationsPack(design);
    expect(pack.queries[0]!.query).toContain('dynamic(["a\\"b```c"])');
    const md = opsPackToMarkdown(pack);
    expect(md).toContain('````kusto');
    expect(md).toContain('## &lt;b&gt;x&lt;/b&gt; \\| y');
  });

  it('a design without models says there is nothing to watch', () => {
    const md = opsPackToMarkdown(operationsPack(designOf({ schemaVersion: 1, name: 'Empty' })));
    expect(md).toContain('no model deployment');
  });
});
