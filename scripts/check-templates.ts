// npm run check:templates: every template of the gallery parsed and evaluated as the studio does, with its
// headline figures. Exit code 1 when a template does not parse, or shows an error it does not declare
// (lib/design/templates.ts `intentionalErrors`), or lacks one it declares.
import { evaluate } from '../lib/calc/evaluate';
import { TEMPLATES } from '../lib/design/templates';
import { formatMs, formatSla, formatUsdPerMonth } from '../lib/format';
import { readTemplate } from './template-files';

let failed = 0;
for (const t of TEMPLATES) {
  const parsed = readTemplate(t.slug);
  if (!parsed.ok) {
    failed += 1;
    console.log(`FAIL ${t.slug}: does not parse\n${parsed.errors.map((e) => `       ${e.path} ${e.message}`).join('\n')}`);
    continue;
  }
  const report = evaluate(parsed.design);
  const errors = [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].sort();
  const expected = [...t.intentionalErrors].sort();
  const ok = JSON.stringify(errors) === JSON.stringify(expected);
  if (!ok) failed += 1;
  const { error, warning, info } = report.counts;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${t.slug.padEnd(34)} ${formatUsdPerMonth(report.cost.totalUsdPerMonth).padStart(14)}` +
      `${report.cost.unpricedCount > 0 ? ` (+${report.cost.unpricedCount} unpriced)` : ''}` +
      `  TTFT ${formatMs(report.latency.ttftMs)}, end to end ${formatMs(report.latency.e2eMs)}, SLA ${report.ha.compositeSla === null ? 'n/a' : formatSla(report.ha.compositeSla)}` +
      `  — ${error} error${error === 1 ? '' : 's'}${expected.length > 0 ? ' (on purpose)' : ''}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info` +
      (ok ? '' : `\n       errors ${errors.join(', ') || 'none'}; declared ${expected.join(', ') || 'none'}`),
  );
}
process.exitCode = failed > 0 ? 1 : 0;
