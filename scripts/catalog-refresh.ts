// npm run catalog:refresh [-- --dry-run]: read the Azure Retail Prices API (public, no login) for every
// catalog GPU VM size and priced service in every region, write lib/catalog/generated/retail-prices.json
// and print what changed. Review the diff in git before committing it. Run monthly.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { formatDiff } from '../lib/catalog/retail/diff';
import { runRefresh } from '../lib/catalog/retail/refresh';
import { RetailSnapshot } from '../lib/catalog/retail/snapshot';
import { VM_SKUS } from '../lib/catalog/vm-skus';

const file = fileURLToPath(new URL('../lib/catalog/generated/retail-prices.json', import.meta.url));
const dryRun = process.argv.includes('--dry-run');

async function main(): Promise<number> {
  const previous = RetailSnapshot.parse(JSON.parse(readFileSync(file, 'utf8')));
  const snapshotDate = new Date().toISOString().slice(0, 10);
  const r = await runRefresh({
    vmSkus: VM_SKUS.map((v) => v.id),
    previous,
    snapshotDate,
    client: { fetch: (url) => fetch(url), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), log: (line) => console.log(line) },
  });
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  console.log(`\n${r.items} items on ${r.pages} pages; snapshot ${snapshotDate} (previous: ${previous.snapshotDate}, ${previous.kind}).`);
  for (const line of formatDiff(r.diff)) console.log(line);
  if (r.unmatchedServicePrices.length > 0)
    console.log(`Catalog service prices with no meter found (catalog figure kept): ${r.unmatchedServicePrices.join(', ')}`);
  if (r.snapshot.vmPrices.filter((x) => x.source === 'azure-retail-prices-api').length === 0) {
    console.error('No VM price came back: the file is left unchanged.');
    return 1;
  }
  if (dryRun) console.log('\n--dry-run: nothing written.');
  else {
    const text = await format(JSON.stringify(r.snapshot, null, 2), { ...(await resolveConfig(file)), filepath: file });
    writeFileSync(file, text);
    console.log(`\nWrote ${file}. Review the diff in git, run the tests (npx vitest run), commit.`);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
