// npm run check -- design.json [--json | --bom csv|json|md | --share <base URL> | --ops]: parse and evaluate a
// design file from the command line, or export its bill of materials, share link or operations runbook.
import { readFileSync } from 'node:fs';
import { runCheck } from '../lib/check/run-check';

const result = runCheck(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
