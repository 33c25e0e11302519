import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { evaluate } from '../calc/evaluate';
import { EXAMPLES } from '../design/examples';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { formatUsdCents } from '../format';
import { apportionCents, billOfMaterials } from './bom';
import { BOM_CSV_HEADER, bomToCsv, bomToJson, bomToMarkdown, bomToXlsx, csvCell, impliedToCsv, mdCell } from './bom-encode';

const designOf = (doc: unknown): Design => {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
};
const example = (slug: string) => designOf(EXAMPLES.find((e) => e.slug === slug)!.document);

/** A strict RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

const cents = (s: string) => Math.round(Number(s) * 100);

describe('bill of materials from the report', () => {
  for (const { slug } of EXAMPLES) {
    it(`${slug}: the CSV rows add up to the report's total, to the cent, monthly and yearly`, () => {
      const design = example(slug);
      const report = evaluate(design);
      const rows = parseCsv(bomToCsv(billOfMaterials(design, report)));
      expect(rows[0]).toEqual(BOM_CSV_HEADER);
      const monthly = BOM_CSV_HEADER.indexOf('Monthly cost (USD per month)');
      const yearly = BOM_CSV_HEADER.indexOf('Yearly cost (USD per year)');
      const items = rows.slice(1, -1);
      const total = rows.at(-1)!;
      expect(total[0]).toBe('Total');
      expect(items).toHaveLength(report.cost.lines.length);
      expect(cents(total[monthly]!)).toBe(Math.round(report.cost.totalUsdPerMonth * 100));
      expect(cents(total[yearly]!)).toBe(Math.round(report.cost.totalUsdPerMonth * 1200));
      const priced = items.filter((r) => r[monthly] !== 'unpriced');
      expect(priced.reduce((s, r) => s + cents(r[monthly]!), 0)).toBe(cents(total[monthly]!));
      expect(priced.reduce((s, r) => s + cents(r[yearly]!), 0)).toBe(cents(total[yearly]!));
      // Unpriced items are listed as unpriced, never as $0.
      const unpriced = items.filter((r) => r[monthly] === 'unpriced');
      expect(unpriced).toHaveLength(report.cost.unpricedCount);
      for (const r of unpriced) expect(r[yearly]).toBe('unpriced');
      // Each rounded line is within a cent of the report's exact figure.
      report.cost.lines.forEach((l, i) => {
        if (l.usdPerMonth !== null) expect(Math.abs(Number(items[i]![monthly]) - l.usdPerMonth)).toBeLessThan(0.01);
      });
    });
  }

  it('names the lever each line is billed under', () => {
    const bom = billOfMaterials(example('enterprise-reference'));
    const line = (id: string) => bom.lines.find((l) => l.lineId === id)!;
    expect(line('aoai-east:ptu')).toMatchObject({ leverId: 'ptu-hourly', lever: 'PTU, hourly', skuOrTier: 'gpt-4.1 (global-provisioned)' });
    expect(line('aoai-west:input')).toMatchObject({ leverId: 'pay-as-you-go', region: 'westus' });
    expect(line('cosmos:ru')).toMatchObject({ leverId: 'autoscale' });
    expect(line('search:search-units')).toMatchObject({ leverId: 'none', skuOrTier: 's1', unit: 'search unit', hoursPerMonth: 730 });
    expect(line('blob:capacity')).toMatchObject({ priced: false, usdPerMonth: null, centsPerMonth: null, source: null });
    const batch = billOfMaterials(example('batch-pipeline'));
    expect(batch.lines.find((l) => l.lineId === 'aoai:input-batch')).toMatchObject({ leverId: 'batch-api' });
  });

  it('says when a chosen reservation fell back to the pay-as-you-go price', () => {
    const design = designOf({
      schemaVersion: 1,
      name: 'Reserved',
      nodes: [
        { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region: 'eastus' } },
        {
          id: 'vm',
          kind: 'gpu-vm',
          parentId: 'r',
          position: { x: 0, y: 0 },
          config: { pricing: 'reserved-3y', sku: 'Standard_NC24ads_A100_v4' },
        },
      ],
    });
    const line = billOfMaterials(design).lines.find((l) => l.nodeId === 'vm')!;
    expect(line.leverId).toBe('reserved-3y');
    if (line.priceId?.startsWith('vm:')) expect(line.lever).toMatch(/3-year reservation chosen, priced at pay-as-you-go/);
    else expect(line.lever).toBe('3-year reservation');
  });

  it('lists what the enterprise design implies: RBAC, private endpoints with Microsoft’s zone names, secrets', () => {
    const bom = billOfMaterials(example('enterprise-reference'));
    const im = bom.implied;
    expect(im.roleAssignments).toContainEqual(
      expect.objectContaining({ identityNodeId: 'apim', role: 'Cognitive Services OpenAI User', scopeNodeId: 'aoai-east' }),
    );
    const zones = im.privateDnsZones.map((z) => z.zone);
    // Zone names: learn.microsoft.com/azure/private-link/private-endpoint-dns
    for (const z of [
      'privatelink.openai.azure.com',
      'privatelink.search.windows.net',
      'privatelink.vaultcore.azure.net',
      'privatelink.redis.cache.windows.net',
      'privatelink.documents.azure.com',
      'privatelink.blob.core.windows.net',
      'privatelink.azure-api.net',
      'privatelink.azurewebsites.net',
      'privatelink.cognitiveservices.azure.com',
      'privatelink.eventgrid.azure.net',
    ])
      expect(zones).toContain(z);
    expect(im.privateEndpoints.find((p) => p.nodeId === 'aoai-west')).toMatchObject({ region: 'westus', subresource: 'account' });
    expect(im.privateDnsZones.find((z) => z.zone === 'privatelink.openai.azure.com')!.services).toHaveLength(2);
    expect(im.keyVaults).toEqual(['Secrets']);
  });

  it('puts each key-authenticated connection’s key in Key Vault', () => {
    const design = designOf({
      schemaVersion: 1,
      name: 'Keys',
      nodes: [
        { id: 'app', kind: 'app-service', position: { x: 0, y: 0 } },
        { id: 'aoai', kind: 'azure-openai', position: { x: 0, y: 0 } },
      ],
      edges: [{ id: 'e', source: 'app', target: 'aoai', auth: 'key', connectivity: 'public' }],
    });
    const bom = billOfMaterials(design);
    expect(bom.implied.keyVaultSecrets).toEqual([expect.objectContaining({ name: 'aoai-key', usedByNodeId: 'app', forNodeId: 'aoai' })]);
    expect(bom.implied.keyVaults).toEqual([]);
    expect(bomToMarkdown(bom)).toContain('The design has no Key Vault yet');
    expect(bom.implied.privateEndpoints).toEqual([]); // public connection, public access on
  });
});

describe('apportionCents', () => {
  it('rounds each amount to within a cent so that they add up to the rounded total', () => {
    const amounts = [0.333, 0.333, 0.334, null, 10.005];
    const c = apportionCents(amounts, 11.005);
    expect(c[3]).toBeNull();
    expect(c.reduce<number>((s, x) => s + (x ?? 0), 0)).toBe(Math.round(11.005 * 100));
    amounts.forEach((a, i) => a !== null && expect(Math.abs((c[i] as number) - a * 100)).toBeLessThan(1));
  });
});

describe('encoders', () => {
  it('CSV: quotes per RFC 4180 and neutralises spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(0.026000000000000002)).toBe('0.026');
    expect(csvCell(-3)).toBe('-3'); // numbers are numbers, not text
    expect(csvCell(null)).toBe('');
  });

  const hostile = () =>
    designOf({
      schemaVersion: 1,
      name: '=cmd|"/c calc"!A1',
      nodes: [
        { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region: 'eastus' } },
        { id: 'app', kind: 'app-service', parentId: 'r', label: '=HYPERLINK("http://evil")', position: { x: 0, y: 0 } },
        { id: 'kv', kind: 'key-vault', parentId: 'r', label: '<img src=x onerror=alert(1)> | pipe', position: { x: 0, y: 0 } },
      ],
      edges: [{ id: 'e', source: 'app', target: 'kv', flow: 'data' }],
    });

  it('CSV of a design with formula-like labels: no cell starts with a formula character', () => {
    const rows = parseCsv(bomToCsv(billOfMaterials(hostile())));
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+@\t\r]/);
    expect(rows.some((r) => r[0] === `'=HYPERLINK("http://evil")`)).toBe(true);
    const implied = parseCsv(impliedToCsv(billOfMaterials(hostile())));
    expect(implied[0]).toEqual(['Type', 'Name', 'Applies to', 'Detail', 'Why']);
    expect(implied.some((r) => r[0] === 'Private DNS zone' && r[1] === 'privatelink.vaultcore.azure.net')).toBe(true);
  });

  it('Markdown escapes pipes and markup, and states currency and period', () => {
    expect(mdCell('a | b')).toBe('a \\| b');
    expect(mdCell('<script>x</script>')).toBe('&lt;script&gt;x&lt;/script&gt;');
    const md = bomToMarkdown(billOfMaterials(hostile()));
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\| pipe');
    expect(md).toContain('All amounts in USD. Monthly = per month of 730 hours; yearly = 12 months.');
    const ent = bomToMarkdown(billOfMaterials(example('enterprise-reference')));
    expect(ent).toContain('| **Total** |');
    expect(ent).toContain(`**${formatUsdCents(Math.round(evaluate(example('enterprise-reference')).cost.totalUsdPerMonth * 100) / 100)}**`);
    expect(ent).toContain('| $36,500.00 |'); // 50 PTU × $1 × 730 h
    expect(ent).toContain('### Private DNS zones');
  });

  it('JSON carries every line, the total and the units', () => {
    const bom = billOfMaterials(example('enterprise-reference'));
    const parsed = JSON.parse(bomToJson(bom));
    expect(parsed.currency).toBe('USD');
    expect(parsed.period).toBe('month');
    expect(parsed.units.monthly).toBe('per month of 730 hours');
    expect(parsed.totalUsdPerMonth).toBe(evaluate(example('enterprise-reference')).cost.totalUsdPerMonth);
    expect(parsed.lines).toHaveLength(bom.lines.length);
  });

  it('XLSX: a real workbook with a Cost and an Implied resources sheet', async () => {
    const bytes = await bomToXlsx(billOfMaterials(example('enterprise-reference')));
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip file
    const files = unzipSync(bytes);
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect(workbook).toContain('name="Cost"');
    expect(workbook).toContain('name="Implied resources"');
    const all = Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(all).toContain('GPT-4.1 PTU');
    expect(all).toContain('All amounts in USD');
    expect(all).toContain('privatelink.openai.azure.com');
  });
});
