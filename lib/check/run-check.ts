/**
 * The command-line checker: `npm run check -- design.json [--json]`. Pure apart from the injected
 * file reader, so the tests run it directly. Exit codes: 0 no error findings, 1 error findings,
 * 2 the file cannot be read or parsed (or the arguments are wrong), 3 the evaluation itself failed (a bug
 * in the studio: the message says what failed). lib/ does not catch errors; this is the edge that does.
 */
import { evaluate } from '../calc/evaluate';
import type { Finding, Report } from '../calc/types';
import { formatGB, formatMs, formatPercent, formatSla, formatUsdPerMonth, formatMinutes } from '../format';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';

export interface CheckResult {
  exitCode: 0 | 1 | 2 | 3;
  stdout: string;
  stderr: string;
}

export const CHECK_USAGE = 'usage: npm run check -- <design.json> [--json]';

export function runCheck(
  args: readonly string[],
  readFile: (path: string) => string,
  evaluateDesign: (design: Design) => Report = evaluate,
): CheckResult {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0) return { exitCode: 2, stdout: '', stderr: `unknown option ${unknown.join(', ')}\n${CHECK_USAGE}\n` };
  if (files.length !== 1)
    return { exitCode: 2, stdout: '', stderr: `${files.length === 0 ? 'no design file given' : 'give one design file'}\n${CHECK_USAGE}\n` };
  const path = files[0] as string;

  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : e instanceof Error
              ? e.message
              : String(e);
    return { exitCode: 2, stdout: '', stderr: `${path}: cannot read the design file: ${why}\n` };
  }

  const parsed = parseDesign(text);
  if (!parsed.ok) {
    const lines = parsed.errors.map((err) => `  ${err.path} ${err.message}`);
    return {
      exitCode: 2,
      stdout: '',
      stderr: `${path}: not a valid design (${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n`,
    };
  }

  let report: Report;
  try {
    report = evaluateDesign(parsed.design);
  } catch (e) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return {
      exitCode: 3,
      stdout: '',
      stderr: `${path}: the design is valid but evaluating it failed (${what}). This is a bug in the studio; please report it with the design file.\n`,
    };
  }
  const exitCode = report.counts.error > 0 ? 1 : 0;
  const stdout = json ? `${JSON.stringify({ design: parsed.design.name, report }, null, 2)}\n` : formatSummary(parsed.design, report);
  return { exitCode, stdout, stderr: '' };
}

const severityMark: Record<Finding['severity'], string> = { error: 'ERROR  ', warning: 'WARNING', info: 'INFO   ' };

/** The readable summary: findings by severity, cost, VRAM per deployment, latency and SLA. */
export function formatSummary(design: Design, report: Report): string {
  const out: string[] = [];
  const { error, warning, info } = report.counts;
  out.push(`${design.name}`);
  out.push(
    `${design.nodes.length} nodes, ${design.edges.length} connections — ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} note${info === 1 ? '' : 's'}`,
  );
  out.push('');

  out.push('Findings');
  if (report.findings.length === 0) out.push('  none');
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (const f of report.findings.filter((x) => x.severity === severity)) {
      const where = f.nodeIds.length > 0 ? ` [${f.nodeIds.join(', ')}]` : '';
      out.push(`  ${severityMark[severity]} ${f.ruleId}${where}: ${f.message}`);
      const fix = f.fixes[0];
      if (fix) out.push(`           fix: ${fix.description}`);
    }
  }
  out.push('');

  const cost = report.cost;
  out.push(
    `Monthly cost  ${formatUsdPerMonth(cost.totalUsdPerMonth)}${cost.unpricedCount > 0 ? ` (+ ${cost.unpricedCount} unpriced line${cost.unpricedCount === 1 ? '' : 's'})` : ''}${cost.pricesAsOf ? `, prices as of ${cost.pricesAsOf}` : ''}`,
  );
  const top = [...cost.lines].sort((a, b) => (b.usdPerMonth ?? -1) - (a.usdPerMonth ?? -1)).slice(0, 6);
  for (const line of top) out.push(`  ${formatUsdPerMonth(line.usdPerMonth).padStart(16)}  ${line.item}`);
  out.push('');

  if (report.vram.length > 0) {
    out.push('VRAM per GPU');
    for (const v of report.vram) {
      out.push(
        `  ${v.nodeId}: ${v.modelId} ${v.precision} on ${v.skuId} — ${formatGB(v.requiredGBPerGpu)} of ${formatGB(v.capacityGBPerGpu)} (${formatPercent(v.utilization)}), ${v.fits ? 'fits' : 'DOES NOT FIT'}; up to ${v.maxConcurrentSequences} sequences at the scenario's context`,
      );
    }
    out.push('');
  }

  const lat = report.latency;
  out.push(
    `Latency  TTFT ${formatMs(lat.ttftMs)} (target < ${formatMs(lat.targets.ttftMs)}), end to end ${formatMs(lat.e2eMs)} (target < ${formatMs(lat.targets.e2eMs)})${lat.streaming ? ', streamed' : ''}`,
  );
  const ha = report.ha;
  out.push(
    ha.compositeSla === null
      ? `Availability  composite SLA not computed (${ha.patternLabel})`
      : `Availability  ${formatSla(ha.compositeSla)} composite SLA (${ha.patternLabel}), downtime allowed ${formatMinutes(ha.downtimeMinutesPerMonth)} a month`,
  );
  return `${out.join('\n')}\n`;
}
