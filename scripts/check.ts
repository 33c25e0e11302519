// npm run check -- design.json [--json | --bom csv|json|md | --share <base URL> | --ops]: parse and evaluate a
// design file from the command line, or export its bill of materials, share link or operations runbook.
// A relative path is read from the caller's folder. Exit codes: 0 fine, 1 error findings, 2 the checker
// could not do its job (bad arguments, unreadable or invalid file, or a failure of its own: never a stack trace).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { callerFolder, runCheck } from '../lib/check/run-check';

const failed = (e: unknown): never => {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`the checker failed unexpectedly (${what}). This is a bug in the studio; please report it with the design file.\n`);
  process.exit(2);
};
process.on('uncaughtException', failed);
process.on('unhandledRejection', failed);
// A reader that stops early (`| head`) is not a failure of the check.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit() : failed(e)));

try {
  const folder = callerFolder(process.env, process.cwd());
  const result = runCheck(process.argv.slice(2), (path) => readFileSync(resolve(folder, path), 'utf8'));
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (e) {
  failed(e);
}
