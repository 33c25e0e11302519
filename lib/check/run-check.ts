/**
 * The command-line checker: `npm run check -- design.json [--json]`. Pure apart from the injected
 * file reader, so the tests run it directly. Exit codes: 0 no error findings, 1 error findings,
 * 2 the file cannot be read or parsed (or the arguments are wrong), or evaluating it failed (a bug in the
 * studio: the message says what failed; lib/ does not catch errors, this is the edge that does).
 *
 * Exports instead of the summary: `--bom csv|json|md` (bill of materials), `--share <base URL>` (a
 * share link), `--ops` (the operations runbook). They write the export to stdout and exit 0 even when
 * the design has error findings (a note on stderr says so): the export is what was asked for.
 */
import { evaluate } from '../calc/evaluate';
import type { Finding, Report } from '../calc/types';
import { formatGB, formatInt, formatMs, formatPercent, formatSla, formatUsdPerMonth, formatMinutes } from '../format';
import { escapeControl } from '../design/ids';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { billOfMaterials } from '../export/bom';
import { bomToCsv, bomToJson, bomToMarkdown } from '../export/bom-encode';
import { operationsPack, opsPackToMarkdown } from '../export/ops-pack';
import { classifyShareLength, shareUrl } from '../share/share-link';

export interface CheckResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** Problems of an invalid file listed one by one; the rest are counted. */
export const MAX_ERRORS_SHOWN = 50;

/**
 * The folder a relative design path is read from: the caller's own folder. `npm run check` runs the
 * script from the project folder and passes the caller's folder as INIT_CWD; run directly, the
 * working folder is the caller's.
 */
export function callerFolder(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const init = env.INIT_CWD;
  return init !== undefined && init !== '' ? init : cwd;
}

export const CHECK_USAGE = 'usage: npm run check -- <design.json> [--json | --bom csv|json|md | --share <base URL> | --ops]';

export const BOM_FORMATS = ['csv', 'json', 'md'] as const;
export type BomFormat = (typeof BOM_FORMATS)[number];

type Mode =
  { kind: 'summary' } | { kind: 'json' } | { kind: 'bom'; format: BomFormat } | { kind: 'share'; baseUrl: string } | { kind: 'ops' };

/** The arguments as a file and one output mode, or what is wrong with them. */
function parseArgs(args: readonly string[]): { ok: true; files: string[]; mode: Mode } | { ok: false; error: string } {
  const files: string[] = [];
  const modes: { flag: string; mode: Mode }[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--') ? args[++i] : undefined);
    if (flag === '--json') modes.push({ flag, mode: { kind: 'json' } });
    else if (flag === '--ops') modes.push({ flag, mode: { kind: 'ops' } });
    else if (flag === '--bom') {
      const format = value();
      if (format === undefined || !(BOM_FORMATS as readonly string[]).includes(format))
        return { ok: false, error: `--bom needs a format: ${BOM_FORMATS.join(', ')}${format === undefined ? '' : ` (got "${format}")`}` };
      modes.push({ flag, mode: { kind: 'bom', format: format as BomFormat } });
    } else if (flag === '--share') {
      const baseUrl = value();
      if (baseUrl === undefined || !/^https?:\/\/[^\s/#?]+/.test(baseUrl))
        return {
          ok: false,
          error: `--share needs the studio's address, e.g. --share https://studio.example/${baseUrl === undefined ? '' : ` (got "${baseUrl}")`}`,
        };
      modes.push({ flag, mode: { kind: 'share', baseUrl } });
    } else if (arg.startsWith('-')) return { ok: false, error: `unknown option ${arg}` };
    else files.push(arg);
  }
  if (modes.length > 1) return { ok: false, error: `give one of ${modes.map((m) => m.flag).join(', ')}, not several` };
  return { ok: true, files, mode: modes[0]?.mode ?? { kind: 'summary' } };
}

export function runCheck(
  args: readonly string[],
  readFile: (path: string) => string,
  evaluateDesign: (design: Design) => Report = evaluate,
): CheckResult {
  const parsedArgs = parseArgs(args);
  if (!parsedArgs.ok) return { exitCode: 2, stdout: '', stderr: `${parsedArgs.error}\n${CHECK_USAGE}\n` };
  const { files, mode } = parsedArgs;
  if (files.length !== 1)
    return { exitCode: 2, stdout: '', stderr: `${files.length === 0 ? 'no design file given' : 'give one design file'}\n${CHECK_USAGE}\n` };
  const path = files[0] as string;
  const shownPath = escapeControl(path);

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
    return { exitCode: 2, stdout: '', stderr: `${shownPath}: cannot read the design file: ${why}\n` };
  }

  const parsed = parseDesign(text);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    const lines = parsed.errors.slice(0, MAX_ERRORS_SHOWN).map((err) => `  ${escapeControl(err.path)} ${escapeControl(err.message)}`);
    if (n > MAX_ERRORS_SHOWN) lines.push(`  … and ${n - MAX_ERRORS_SHOWN} more problem${n - MAX_ERRORS_SHOWN === 1 ? '' : 's'}`);
    return {
      exitCode: 2,
      stdout: '',
      stderr: `${shownPath}: not a valid design (${n} problem${n === 1 ? '' : 's'}):\n${lines.join('\n')}\n`,
    };
  }

  const design = parsed.design;
  let report: Report;
  try {
    report = evaluateDesign(design);
  } catch (e) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return {
      exitCode: 2,
      stdout: '',
      stderr: `${shownPath}: the design is valid but evaluating it failed (${what}). This is a bug in the studio; please report it with the design file.\n`,
    };
  }
  const errors = report.counts.error;
  const exportNote =
    errors > 0
      ? `note: ${shownPath} has ${errors} error finding${errors === 1 ? '' : 's'}; run the check without options to see them\n`
      : '';
  switch (mode.kind) {
    case 'bom': {
      const bom = billOfMaterials(design, report);
      const stdout = mode.format === 'csv' ? bomToCsv(bom) : mode.format === 'json' ? bomToJson(bom) : bomToMarkdown(bom);
      return { exitCode: 0, stdout, stderr: exportNote };
    }
    case 'share': {
      const url = shareUrl(mode.baseUrl, design);
      const length = classifyShareLength(url);
      return { exitCode: 0, stdout: `${url}\n`, stderr: `${length.verdict === 'fine' ? '' : `warning: ${length.message}\n`}${exportNote}` };
    }
    case 'ops':
      return { exitCode: 0, stdout: opsPackToMarkdown(operationsPack(design, report)), stderr: exportNote };
    case 'json':
      return { exitCode: errors > 0 ? 1 : 0, stdout: `${JSON.stringify({ design: design.name, report }, null, 2)}\n`, stderr: '' };
    case 'summary':
      return { exitCode: errors > 0 ? 1 : 0, stdout: formatSummary(design, report), stderr: '' };
  }
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
        `  ${v.nodeId}: ${v.modelId} ${v.precision} on ${v.skuId} — ${formatGB(v.requiredGBPerGpu)} of ${formatGB(v.capacityGBPerGpu)} (${formatPercent(v.utilization)}), ${v.verdict === 'does-not-fit' ? 'DOES NOT FIT' : v.verdict}; up to ${v.maxConcurrentSequences} sequences at the scenario's context${v.kvCacheTokens !== null ? `; vLLM KV cache ${formatInt(v.kvCacheTokens)} tokens` : ''}`,
      );
    }
    out.push('');
  }

  const lat = report.latency;
  out.push(
    `Latency  TTFT ${formatMs(lat.ttftMs)} (target < ${formatMs(lat.targets.ttftMs)}), end to end ${formatMs(lat.e2eMs)} (target < ${formatMs(lat.targets.e2eMs)})${lat.worstCaseE2eMs !== null && lat.e2eMs !== null && lat.worstCaseE2eMs > lat.e2eMs ? `, worst case ${formatMs(lat.worstCaseE2eMs)}` : ''}${lat.streaming ? ', streamed' : ''}`,
  );
  const ha = report.ha;
  out.push(
    ha.compositeSla === null
      ? `Availability  composite SLA not computed (${ha.patternLabel})`
      : `Availability  ${formatSla(ha.compositeSla)} composite SLA (${ha.patternLabel}), downtime allowed ${formatMinutes(ha.downtimeMinutesPerMonth)} a month`,
  );
  // Names, ids and kinds come from the file: a control character in one must not drive the terminal.
  return `${out.map(escapeControl).join('\n')}\n`;
}
