/**
 * Operations pack: for each model deployment of a design, the key metrics of the seed (module 9.11,
 * "Key Metrics for AI Workloads") with their targets and what the studio predicts, and the queries
 * that watch them in production: KQL over Azure Monitor Logs for Azure OpenAI and API Management, and
 * PromQL for self-hosted GPUs (NVIDIA DCGM exporter, vLLM). `opsPackToMarkdown` writes it as a runbook
 * page.
 */
import { COMPONENTS, type ComponentKind } from '../catalog/components';
import { evaluate } from '../calc/evaluate';
import { nodeLabel } from '../design/node-label';
import type { Report } from '../calc/types';
import type { Design, DesignNode } from '../design/schema';
import { formatCount, formatMs, formatPercent } from '../format';

export interface OpsMetric {
  metric: string;
  measures: string;
  /** The seed's target, as it words it. */
  target: string;
  /** What the studio predicts for this deployment, where it computes it; null: it does not. */
  predicted: string | null;
  /** Where to watch it (the seed's tool column, made concrete). */
  tool: string;
}

export interface OpsDeployment {
  nodeId: string;
  label: string;
  kind: ComponentKind;
  kindName: string;
  model: string;
  region: string | null;
  selfHosted: boolean;
  metrics: OpsMetric[];
}

export interface OpsQuery {
  id: string;
  title: string;
  language: 'KQL' | 'PromQL';
  /** The table or metric family the query reads. */
  reads: string;
  /** What has to be switched on for the data to exist. */
  requires: string;
  query: string;
  /** Microsoft or vendor documentation of the table, columns or metric names. */
  source: string;
  /** Deployments the query is for. */
  nodeIds: string[];
}

export interface OpsPack {
  design: string;
  deployments: OpsDeployment[];
  queries: OpsQuery[];
  /** The seed section the metrics and targets come from. */
  basis: string;
}

const SOURCES = {
  cognitiveLogs: 'https://learn.microsoft.com/azure/azure-monitor/reference/supported-logs/microsoft-cognitiveservices-accounts-logs',
  aoaiMetrics: 'https://learn.microsoft.com/azure/ai-foundry/openai/monitor-openai-reference',
  azureMetrics: 'https://learn.microsoft.com/azure/azure-monitor/reference/tables/azuremetrics',
  apimGateway: 'https://learn.microsoft.com/azure/azure-monitor/reference/tables/apimanagementgatewaylogs',
  apimLlm: 'https://learn.microsoft.com/azure/azure-monitor/reference/tables/apimanagementgatewayllmlog',
  dcgm: 'https://docs.nvidia.com/datacenter/dcgm/latest/dcgm-api/dcgm-api-field-ids.html',
  vllm: 'https://docs.vllm.ai/en/latest/usage/metrics.html',
} as const;

const SELF_HOSTED: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['gpu-vm', 'aks-gpu-pool', 'ml-online-endpoint']);
const MODEL_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  'azure-openai',
  'foundry-serverless',
  'gpu-vm',
  'aks-gpu-pool',
  'ml-online-endpoint',
]);

/** KQL string literal: double quotes with backslash escapes (Kusto string literals). */
const kqlString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;

function metricsFor(node: DesignNode, report: Report, selfHosted: boolean): OpsMetric[] {
  const perf = report.performance.find((p) => p.nodeId === node.id);
  const vram = report.vram.find((v) => v.nodeId === node.id);
  const lat = report.latency;
  const onPath = lat.hops.some((h) => h.toNodeId === node.id);
  const metrics: OpsMetric[] = [
    {
      metric: 'TTFT (time to first token)',
      measures: 'Latency before the first token appears',
      target: '< 1 second',
      predicted:
        perf?.ttftMs != null
          ? `${formatMs(perf.ttftMs)} model side${onPath && lat.ttftMs !== null ? `; ${formatMs(lat.ttftMs)} along the request path` : ''}`
          : null,
      tool: selfHosted
        ? 'vLLM metrics (vllm:time_to_first_token_seconds) / Application Insights'
        : 'Azure OpenAI metric Time to Response / Application Insights',
    },
    {
      metric: 'TPS (tokens per second)',
      measures: 'Generation speed',
      target: '30-100 TPS',
      predicted:
        perf?.outputTokensPerSecond != null
          ? `${formatCount(perf.outputTokensPerSecond, 0)} tokens/s per sequence${perf.worstCaseOutputTokensPerSecond != null ? ` typical; worst case ${formatCount(perf.worstCaseOutputTokensPerSecond, 0)} tokens/s (PTU latency target, 99% of requests faster)` : ''}`
          : null,
      tool: selfHosted ? 'vLLM metrics (vllm:generation_tokens_total)' : 'Azure OpenAI diagnostics',
    },
    {
      metric: 'End-to-end latency',
      measures: 'Total time from request to complete response',
      target: '< 5 s for interactive',
      predicted:
        onPath && lat.e2eMs !== null
          ? `${formatMs(lat.e2eMs)}${lat.streaming ? ' (streamed)' : ''}${lat.worstCaseE2eMs !== null ? `; worst case ${formatMs(lat.worstCaseE2eMs)}` : ''}`
          : null,
      tool: 'Application Insights; API Management gateway logs (TotalTime)',
    },
    {
      metric: 'Token consumption (input + output)',
      measures: 'Cost driver',
      target: 'Within budget',
      predicted: tokensPredicted(node, report),
      tool: selfHosted
        ? 'vLLM metrics (vllm:prompt_tokens_total, vllm:generation_tokens_total); API Management LLM logs'
        : 'Azure Monitor (Azure OpenAI metrics; API Management LLM logs)',
    },
    { metric: '429 rate', measures: 'Rate-limit rejections', target: '< 1% in production', predicted: null, tool: 'Azure Monitor' },
    { metric: 'Error rate (4xx, 5xx)', measures: 'Service reliability', target: '< 0.1%', predicted: null, tool: 'Azure Monitor' },
  ];
  if (selfHosted) {
    metrics.push(
      {
        metric: 'GPU utilization',
        measures: 'Compute efficiency',
        target: '60-85% sustained',
        predicted: null,
        tool: 'NVIDIA DCGM exporter / Azure Monitor',
      },
      {
        metric: 'VRAM utilization',
        measures: 'Memory pressure',
        target: '< 90%',
        predicted: vram
          ? `${formatPercent(vram.utilization)} of ${formatCount(vram.capacityGBPerGpu, 0)} GB per GPU at the scenario's load`
          : null,
        tool: 'NVIDIA DCGM exporter',
      },
      {
        metric: 'Queue depth',
        measures: 'Backlog of pending requests',
        target: 'Near zero for real-time',
        predicted: null,
        tool: 'vLLM metrics (vllm:num_requests_waiting)',
      },
    );
  } else {
    metrics.push({
      metric: 'Queue depth',
      measures: 'Backlog of pending requests',
      target: 'Near zero for real-time',
      predicted: null,
      tool: 'Custom metric (the caller’s own queue; Azure OpenAI queues nothing for you)',
    });
  }
  return metrics;
}

/** Tokens a month from the report's cost lines for this node (1M-token units), where it prices tokens. */
function tokensPredicted(node: DesignNode, report: Report): string | null {
  if (node.kind === 'azure-openai' && node.config.ptuUnits > 0 && /provisioned/.test(node.config.deploymentType))
    return `billed per PTU (${node.config.ptuUnits} PTU), not per token: watch utilization`;
  const lines = report.cost.lines.filter((l) => l.nodeId === node.id && /^1M (input|output) tokens$/.test(l.unit));
  if (lines.length === 0) return null;
  const sum = (part: string) => lines.filter((l) => l.unit.includes(part)).reduce((s, l) => s + l.quantity, 0);
  return `${formatCount(sum('input'), 1)}M input + ${formatCount(sum('output'), 1)}M output tokens a month`;
}

function aoaiQueries(nodes: DesignNode[]): OpsQuery[] {
  if (nodes.length === 0) return [];
  const names = nodes.map((n) => kqlString(n.id)).join(', ');
  const letNames = `// Azure resource names of the Azure OpenAI accounts; the studio's node ids are used as placeholders.\nlet accounts = dynamic([${names}]);`;
  const ids = nodes.map((n) => n.id);
  const diag = 'Diagnostic setting on each Azure OpenAI account sending "Request and Response Logs" to Log Analytics (AzureDiagnostics).';
  const metricsReq = 'Diagnostic setting on each Azure OpenAI account sending "AllMetrics" to Log Analytics (AzureMetrics).';
  return [
    {
      id: 'aoai-tokens',
      title: 'Azure OpenAI: tokens per hour (prompt and generated)',
      language: 'KQL',
      reads: 'AzureMetrics (ProcessedPromptTokens, GeneratedTokens)',
      requires: metricsReq,
      query: `${letNames}
AzureMetrics
| where TimeGenerated > ago(24h)
| where ResourceProvider == "MICROSOFT.COGNITIVESERVICES"
| where Resource in~ (accounts)
| where MetricName in ("ProcessedPromptTokens", "GeneratedTokens")
| summarize Tokens = sum(Total) by bin(TimeGenerated, 1h), Resource, MetricName
| order by TimeGenerated desc`,
      source: `${SOURCES.aoaiMetrics}; ${SOURCES.azureMetrics}`,
      nodeIds: ids,
    },
    {
      id: 'aoai-429',
      title: 'Azure OpenAI: 429 rate per 5 minutes (target < 1%)',
      language: 'KQL',
      reads: 'AzureDiagnostics, category RequestResponse (ResultSignature = HTTP status)',
      requires: diag,
      query: `${letNames}
AzureDiagnostics
| where TimeGenerated > ago(24h)
| where ResourceProvider == "MICROSOFT.COGNITIVESERVICES" and Category == "RequestResponse"
| where Resource in~ (accounts)
| summarize Requests = count(), Throttled = countif(ResultSignature == "429"), Errors = countif(ResultSignature startswith "5")
    by bin(TimeGenerated, 5m), Resource
| extend ThrottledPct = round(100.0 * Throttled / Requests, 2), ErrorPct = round(100.0 * Errors / Requests, 3)
| order by TimeGenerated desc`,
      source: SOURCES.cognitiveLogs,
      nodeIds: ids,
    },
    {
      id: 'aoai-latency',
      title: 'Azure OpenAI: request duration percentiles per hour',
      language: 'KQL',
      reads: 'AzureDiagnostics, category RequestResponse (DurationMs)',
      requires: diag,
      query: `${letNames}
AzureDiagnostics
| where TimeGenerated > ago(24h)
| where ResourceProvider == "MICROSOFT.COGNITIVESERVICES" and Category == "RequestResponse"
| where Resource in~ (accounts)
| summarize P50 = percentile(DurationMs, 50), P95 = percentile(DurationMs, 95), P99 = percentile(DurationMs, 99)
    by bin(TimeGenerated, 1h), Resource
| order by TimeGenerated desc`,
      source: SOURCES.cognitiveLogs,
      nodeIds: ids,
    },
    {
      id: 'aoai-ttft',
      title: 'Azure OpenAI: time to first token (Time to Response metric, target < 1 s)',
      language: 'KQL',
      reads: 'AzureMetrics (AzureOpenAITimeToResponse, milliseconds)',
      requires: metricsReq,
      query: `${letNames}
AzureMetrics
| where TimeGenerated > ago(24h)
| where ResourceProvider == "MICROSOFT.COGNITIVESERVICES"
| where Resource in~ (accounts)
| where MetricName == "AzureOpenAITimeToResponse"
| summarize AvgMs = avg(Average), MaxMs = max(Maximum) by bin(TimeGenerated, 1h), Resource
| order by TimeGenerated desc`,
      source: SOURCES.aoaiMetrics,
      nodeIds: ids,
    },
  ];
}

function apimQueries(apims: DesignNode[], modelIds: string[]): OpsQuery[] {
  if (apims.length === 0) return [];
  const requires = 'Diagnostic setting on API Management sending the gateway logs to Log Analytics in resource-specific mode.';
  return [
    {
      id: 'apim-tokens',
      title: 'API Management: tokens per deployment per hour',
      language: 'KQL',
      reads: 'ApiManagementGatewayLlmLog (PromptTokens, CompletionTokens, TotalTokens)',
      requires: `${requires} Include the logs related to generative AI gateway.`,
      query: `ApiManagementGatewayLlmLog
| where TimeGenerated > ago(24h)
| summarize Requests = dcount(CorrelationId), PromptTokens = sum(PromptTokens), CompletionTokens = sum(CompletionTokens), TotalTokens = sum(TotalTokens)
    by bin(TimeGenerated, 1h), DeploymentName, ModelName
| order by TimeGenerated desc`,
      source: SOURCES.apimLlm,
      nodeIds: modelIds,
    },
    {
      id: 'apim-429',
      title: 'API Management: 429s to callers and from the model backends per 5 minutes',
      language: 'KQL',
      reads: 'ApiManagementGatewayLogs (ResponseCode, BackendResponseCode, BackendId)',
      requires,
      query: `ApiManagementGatewayLogs
| where TimeGenerated > ago(24h)
| summarize Requests = count(),
    ThrottledToCaller = countif(ResponseCode == 429),
    ThrottledByBackend = countif(BackendResponseCode == 429),
    Errors = countif(ResponseCode >= 500)
    by bin(TimeGenerated, 5m), BackendId
| extend ThrottledPct = round(100.0 * ThrottledToCaller / Requests, 2), ErrorPct = round(100.0 * Errors / Requests, 3)
| order by TimeGenerated desc`,
      source: SOURCES.apimGateway,
      nodeIds: modelIds,
    },
    {
      id: 'apim-latency',
      title: 'API Management: end-to-end and backend latency percentiles per hour (target < 5 s interactive)',
      language: 'KQL',
      reads: 'ApiManagementGatewayLogs (TotalTime, BackendTime, milliseconds)',
      requires,
      query: `ApiManagementGatewayLogs
| where TimeGenerated > ago(24h)
| summarize TotalP50 = percentile(TotalTime, 50), TotalP95 = percentile(TotalTime, 95), TotalP99 = percentile(TotalTime, 99),
    BackendP95 = percentile(BackendTime, 95)
    by bin(TimeGenerated, 1h), BackendId
| order by TimeGenerated desc`,
      source: SOURCES.apimGateway,
      nodeIds: modelIds,
    },
  ];
}

function selfHostedQueries(nodes: DesignNode[]): OpsQuery[] {
  if (nodes.length === 0) return [];
  const ids = nodes.map((n) => n.id);
  const requires =
    'NVIDIA DCGM exporter and the vLLM /metrics endpoint scraped by Azure Monitor managed service for Prometheus (query in Azure Managed Grafana or the Prometheus explorer).';
  return [
    {
      id: 'gpu-utilization',
      title: 'GPU utilization per GPU (target 60-85% sustained)',
      language: 'PromQL',
      reads: 'DCGM_FI_DEV_GPU_UTIL',
      requires,
      query: 'avg by (Hostname, gpu) (avg_over_time(DCGM_FI_DEV_GPU_UTIL[5m]))',
      source: SOURCES.dcgm,
      nodeIds: ids,
    },
    {
      id: 'vram-utilization',
      title: 'VRAM utilization per GPU (target < 90%)',
      language: 'PromQL',
      reads: 'DCGM_FI_DEV_FB_USED, DCGM_FI_DEV_FB_FREE (MiB)',
      requires,
      query: 'max by (Hostname, gpu) (DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE))',
      source: SOURCES.dcgm,
      nodeIds: ids,
    },
    {
      id: 'vllm-queue',
      title: 'vLLM queue depth (target near zero for real time)',
      language: 'PromQL',
      reads: 'vllm:num_requests_waiting, vllm:num_requests_running',
      requires,
      query: 'sum by (model_name) (vllm:num_requests_waiting)',
      source: SOURCES.vllm,
      nodeIds: ids,
    },
    {
      id: 'vllm-ttft',
      title: 'vLLM time to first token, 95th percentile (target < 1 s)',
      language: 'PromQL',
      reads: 'vllm:time_to_first_token_seconds (histogram)',
      requires,
      query: 'histogram_quantile(0.95, sum by (le, model_name) (rate(vllm:time_to_first_token_seconds_bucket[5m])))',
      source: SOURCES.vllm,
      nodeIds: ids,
    },
    {
      id: 'vllm-tps',
      title: 'vLLM generated tokens per second (target 30-100 per sequence)',
      language: 'PromQL',
      reads: 'vllm:generation_tokens_total, vllm:num_requests_running',
      requires,
      query: 'sum by (model_name) (rate(vllm:generation_tokens_total[5m])) / clamp_min(sum by (model_name) (vllm:num_requests_running), 1)',
      source: SOURCES.vllm,
      nodeIds: ids,
    },
  ];
}

/** The operations pack of a design: its deployments with metrics and targets, and the queries. */
export function operationsPack(design: Design, report: Report = evaluate(design)): OpsPack {
  const models = design.nodes.filter((n) => MODEL_KINDS.has(n.kind));
  const deployments: OpsDeployment[] = models.map((n) => {
    const selfHosted = SELF_HOSTED.has(n.kind);
    return {
      nodeId: n.id,
      label: nodeLabel(n),
      kind: n.kind,
      kindName: COMPONENTS[n.kind].name,
      model: (n.config as { model?: string }).model ?? '',
      region: report.nodes[n.id]?.region ?? null,
      selfHosted,
      metrics: metricsFor(n, report, selfHosted),
    };
  });
  const aoai = models.filter((n) => n.kind === 'azure-openai');
  const apims = design.nodes.filter((n) => n.kind === 'apim');
  const queries = [
    ...aoaiQueries(aoai),
    ...apimQueries(
      apims,
      models.map((n) => n.id),
    ),
    ...selfHostedQueries(models.filter((n) => SELF_HOSTED.has(n.kind))),
  ];
  return { design: design.name, deployments, queries, basis: 'seed 9.11 (Key Metrics for AI Workloads)' };
}

/** Markdown table cell: pipes and line breaks escaped, HTML special characters as entities. */
const cell = (s: string | null) =>
  (s ?? '—').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The operations pack as a runbook page in Markdown. */
export function opsPackToMarkdown(pack: OpsPack): string {
  const out: string[] = [];
  out.push(`# Operations runbook: ${cell(pack.design)}`);
  out.push('');
  out.push(
    `Metrics and targets: ${pack.basis}. "Predicted" is what the studio computes for the design's scenario; watch the real value with the queries below.`,
  );
  if (pack.deployments.length === 0) {
    out.push('');
    out.push('The design has no model deployment, so there is nothing to watch yet.');
  }
  for (const d of pack.deployments) {
    out.push('');
    out.push(`## ${cell(d.label)} (${cell(d.kindName)}${d.model ? `, ${cell(d.model)}` : ''}${d.region ? `, ${d.region}` : ''})`);
    out.push('');
    out.push('| Metric | What it measures | Target | Predicted | Where to watch |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const m of d.metrics)
      out.push(`| ${cell(m.metric)} | ${cell(m.measures)} | ${cell(m.target)} | ${cell(m.predicted)} | ${cell(m.tool)} |`);
  }
  if (pack.queries.length > 0) {
    out.push('');
    out.push('## Queries');
    for (const q of pack.queries) {
      out.push('');
      out.push(`### ${q.title}`);
      out.push('');
      out.push(`Reads ${q.reads}. Needs: ${q.requires} Reference: ${q.source}`);
      out.push('');
      // A fence longer than any run of backticks in the query (a node id could hold some).
      const fence = '`'.repeat(Math.max(3, ...(q.query.match(/`+/g) ?? []).map((r) => r.length + 1)));
      out.push(`${fence}${q.language === 'KQL' ? 'kusto' : 'promql'}`);
      out.push(q.query);
      out.push(fence);
    }
  }
  return `${out.join('\n')}\n`;
}
