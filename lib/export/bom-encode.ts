/**
 * The bill of materials as files: CSV (RFC 4180), JSON, Markdown and XLSX. Every format states the
 * currency (USD) and the period (per month, 730 hours; per year = 12 months). Amounts are written in
 * whole cents apportioned so the lines add up exactly to the total; unpriced lines say "unpriced" and
 * never $0.
 */
import { formatCount, formatUnitUsd, formatUsdCents } from '../format';
import { BOM_CURRENCY, BOM_HOURS_PER_MONTH, type BillOfMaterials, type BomLine } from './bom';

const dollars = (cents: number | null): string => (cents === null ? 'unpriced' : (cents / 100).toFixed(2));

// ---------------------------------------------------------------- CSV

/**
 * A CSV cell: quoted when it holds a comma, quote, CR or LF (RFC 4180 §2), and text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR: OWASP "CSV Injection") gets a
 * leading apostrophe, so it shows as the text it is.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  // Twelve significant digits drop binary noise (0.026000000000000002 → 0.026) and keep every real digit.
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (cells: (string | number | boolean | null)[]) => cells.map(csvCell).join(',');

export const BOM_CSV_HEADER = [
  'Component',
  'Kind',
  'Item',
  'SKU or tier',
  'Region',
  'Quantity',
  'Unit',
  `Unit price (${BOM_CURRENCY})`,
  'Hours per month',
  `Monthly cost (${BOM_CURRENCY} per month)`,
  `Yearly cost (${BOM_CURRENCY} per year)`,
  'Lever applied',
  'Price source',
  'Price as of',
  'Note',
];

const lineCells = (l: BomLine): (string | number | null)[] => [
  l.nodeLabel ?? '',
  l.kindName,
  l.item,
  l.skuOrTier,
  l.region,
  l.quantity,
  l.unit,
  l.unitUsd,
  l.hoursPerMonth,
  dollars(l.centsPerMonth),
  dollars(l.centsPerYear),
  l.lever,
  l.source ?? (l.priced ? null : 'no known price'),
  l.asOf,
  l.note,
];

/**
 * The cost table as CSV: a header, one row per billable item, a total row (equal to the report's
 * total, to the cent). Lines end with CRLF (RFC 4180).
 */
export function bomToCsv(bom: BillOfMaterials): string {
  const rows = [csvRow(BOM_CSV_HEADER), ...bom.lines.map((l) => csvRow(lineCells(l)))];
  const unpriced = bom.unpricedCount > 0 ? `plus ${bom.unpricedCount} unpriced item${bom.unpricedCount === 1 ? '' : 's'}` : null;
  rows.push(
    csvRow([
      'Total',
      null,
      `${bom.design}: all priced items`,
      null,
      null,
      null,
      null,
      null,
      null,
      dollars(bom.totalCentsPerMonth),
      dollars(bom.totalCentsPerYear),
      null,
      null,
      bom.pricesAsOf,
      unpriced,
    ]),
  );
  return `${rows.join('\r\n')}\r\n`;
}

/** The implied-resources table as CSV: one row per role assignment, private endpoint, DNS zone and secret. */
export function impliedToCsv(bom: BillOfMaterials): string {
  const rows = [csvRow(['Type', 'Name', 'Applies to', 'Detail', 'Why'])];
  for (const r of bom.implied.roleAssignments) rows.push(csvRow(['RBAC role assignment', r.role, r.scope, r.identity, r.purpose]));
  for (const p of bom.implied.privateEndpoints)
    rows.push(csvRow(['Private endpoint', `${p.resourceType} / ${p.subresource}`, p.service, p.zones.join(' '), p.reason]));
  for (const z of bom.implied.privateDnsZones)
    rows.push(
      csvRow(['Private DNS zone', z.zone, z.services.join('; '), z.inDesign ? 'in the design' : 'to create', bom.implied.dnsSource]),
    );
  for (const s of bom.implied.keyVaultSecrets)
    rows.push(csvRow(['Key Vault secret', s.name, bom.implied.keyVaults.join('; ') || 'no Key Vault in the design', s.holds, s.reason]));
  return `${rows.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- JSON

/** The whole bill of materials as indented JSON, with the currency and period spelled out. */
export function bomToJson(bom: BillOfMaterials): string {
  return `${JSON.stringify(
    { ...bom, units: { money: `${BOM_CURRENCY}`, monthly: `per month of ${BOM_HOURS_PER_MONTH} hours`, yearly: 'per year (12 months)' } },
    null,
    2,
  )}\n`;
}

// ---------------------------------------------------------------- Markdown

/** A Markdown table cell: pipes and line breaks escaped, HTML special characters as entities. */
export function mdCell(value: string | number | null): string {
  if (value === null) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

const mdTable = (header: string[], rows: (string | number | null)[][], align?: ('l' | 'r')[]) => {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows.map((r) => r.map(mdCell))].map((r) => `| ${r.join(' | ')} |`).join('\n');
};

const usdCents = (cents: number | null) => (cents === null ? 'unpriced' : formatUsdCents(cents / 100));

/** The bill of materials as Markdown: the cost table with its total, then what the design implies. */
export function bomToMarkdown(bom: BillOfMaterials): string {
  const out: string[] = [];
  out.push(`# Bill of materials: ${mdCell(bom.design)}`);
  out.push('');
  out.push(
    `All amounts in ${BOM_CURRENCY}. Monthly = per month of ${BOM_HOURS_PER_MONTH} hours; yearly = 12 months. Prices as of ${bom.pricesAsOf ?? 'n/a'} (oldest price used).`,
  );
  out.push('');
  out.push(
    mdTable(
      [
        'Component',
        'Kind',
        'Item',
        'SKU or tier',
        'Region',
        'Quantity',
        'Unit',
        'Unit price (USD)',
        'Hours/month',
        'USD per month',
        'USD per year',
        'Lever',
        'Source (as of)',
      ],
      [
        ...bom.lines.map((l) => [
          l.nodeLabel ?? '',
          l.kindName,
          l.item,
          l.skuOrTier,
          l.region,
          formatCount(l.quantity, 3),
          l.unit,
          l.unitUsd === null ? 'unpriced' : formatUnitUsd(l.unitUsd),
          l.hoursPerMonth,
          usdCents(l.centsPerMonth),
          usdCents(l.centsPerYear),
          l.lever,
          l.source ? `${l.source} (${l.asOf ?? 'no date'})` : 'no known price',
        ]),
        [
          '**Total**',
          '',
          bom.unpricedCount > 0 ? `all priced items (plus ${bom.unpricedCount} unpriced)` : 'all items',
          '',
          '',
          '',
          '',
          '',
          '',
          `**${formatUsdCents(bom.totalCentsPerMonth / 100)}**`,
          `**${formatUsdCents(bom.totalCentsPerYear / 100)}**`,
          '',
          '',
        ],
      ],
      ['l', 'l', 'l', 'l', 'l', 'r', 'l', 'r', 'r', 'r', 'r', 'l', 'l'],
    ),
  );
  const notes = bom.lines.filter((l) => l.note);
  if (notes.length > 0) {
    out.push('');
    out.push('Notes:');
    for (const l of notes) out.push(`- ${mdCell(l.nodeLabel ?? l.lineId)}, ${mdCell(l.item)}: ${mdCell(l.note)}`);
  }

  const im = bom.implied;
  out.push('');
  out.push('## What the design implies (not on the bill)');
  out.push('');
  out.push('### RBAC role assignments');
  out.push('');
  out.push(
    im.roleAssignments.length === 0
      ? 'None: no managed-identity connection to a data-plane service.'
      : mdTable(
          ['Identity', 'Role', 'Scope', 'Purpose'],
          im.roleAssignments.map((r) => [r.identity, r.role, r.scope, r.purpose]),
        ),
  );
  out.push('');
  out.push('### Private endpoints');
  out.push('');
  out.push(
    im.privateEndpoints.length === 0
      ? 'None.'
      : mdTable(
          ['Service', 'Region', 'Resource type / sub-resource', 'Private DNS zones', 'Why'],
          im.privateEndpoints.map((p) => [p.service, p.region, `${p.resourceType} / ${p.subresource}`, p.zones.join(', '), p.reason]),
        ),
  );
  out.push('');
  out.push(`### Private DNS zones`);
  out.push('');
  out.push(`Zone names from Microsoft, "Azure Private Endpoint private DNS zone values" (${im.dnsSource}).`);
  out.push('');
  out.push(
    im.privateDnsZones.length === 0
      ? 'None.'
      : mdTable(
          ['Zone', 'Used by', 'Status'],
          im.privateDnsZones.map((z) => [z.zone, z.services.join(', '), z.inDesign ? 'in the design' : 'to create']),
        ),
  );
  out.push('');
  out.push('### Key Vault secrets');
  out.push('');
  if (im.keyVaultSecrets.length === 0) out.push('None: no connection authenticates with a key.');
  else {
    out.push(
      im.keyVaults.length > 0 ? `In ${im.keyVaults.map(mdCell).join(', ')}.` : 'The design has no Key Vault yet: add one for these.',
    );
    out.push('');
    out.push(
      mdTable(
        ['Secret', 'Holds', 'Why'],
        im.keyVaultSecrets.map((s) => [s.name, s.holds, s.reason]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- XLSX

/**
 * The bill of materials as an .xlsx workbook (sheets "Cost" and "Implied resources"). The writer is
 * loaded on demand (`write-excel-file`), so it costs nothing until someone exports a spreadsheet.
 */
export async function bomToXlsx(bom: BillOfMaterials): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  type Cell = { value?: string | number; type?: StringConstructor | NumberConstructor; fontWeight?: 'bold'; format?: string } | null;
  const text = (v: string | null | undefined): Cell => (v === null || v === undefined || v === '' ? null : { value: v, type: String });
  const num = (v: number | null, format?: string): Cell => (v === null ? null : { value: v, type: Number, ...(format ? { format } : {}) });
  const bold = (v: string): Cell => ({ value: v, type: String, fontWeight: 'bold' });
  const money = '#,##0.00';

  const cost: Cell[][] = [
    [bold(`Bill of materials: ${bom.design}`)],
    [
      text(
        `All amounts in ${BOM_CURRENCY}; monthly = per month of ${BOM_HOURS_PER_MONTH} hours; yearly = 12 months. Prices as of ${bom.pricesAsOf ?? 'n/a'}.`,
      ),
    ],
    BOM_CSV_HEADER.map(bold),
    ...bom.lines.map((l) => [
      text(l.nodeLabel),
      text(l.kindName),
      text(l.item),
      text(l.skuOrTier),
      text(l.region),
      num(l.quantity),
      text(l.unit),
      l.unitUsd === null ? text('unpriced') : num(l.unitUsd),
      num(l.hoursPerMonth),
      l.centsPerMonth === null ? text('unpriced') : num(l.centsPerMonth / 100, money),
      l.centsPerYear === null ? text('unpriced') : num(l.centsPerYear / 100, money),
      text(l.lever),
      text(l.source ?? 'no known price'),
      text(l.asOf),
      text(l.note),
    ]),
    [
      bold('Total'),
      null,
      text(bom.unpricedCount > 0 ? `all priced items (plus ${bom.unpricedCount} unpriced)` : 'all items'),
      null,
      null,
      null,
      null,
      null,
      null,
      num(bom.totalCentsPerMonth / 100, money),
      num(bom.totalCentsPerYear / 100, money),
    ],
  ];
  const im = bom.implied;
  const implied: Cell[][] = [
    ['Type', 'Name', 'Applies to', 'Detail', 'Why'].map(bold),
    ...im.roleAssignments.map((r) => [text('RBAC role assignment'), text(r.role), text(r.scope), text(r.identity), text(r.purpose)]),
    ...im.privateEndpoints.map((p) => [
      text('Private endpoint'),
      text(`${p.resourceType} / ${p.subresource}`),
      text(p.service),
      text(p.zones.join(' ')),
      text(p.reason),
    ]),
    ...im.privateDnsZones.map((z) => [
      text('Private DNS zone'),
      text(z.zone),
      text(z.services.join('; ')),
      text(z.inDesign ? 'in the design' : 'to create'),
      text(im.dnsSource),
    ]),
    ...im.keyVaultSecrets.map((s) => [
      text('Key Vault secret'),
      text(s.name),
      text(im.keyVaults.join('; ') || 'no Key Vault in the design'),
      text(s.holds),
      text(s.reason),
    ]),
  ];
  const blob = await writeXlsxFile([
    { data: cost, sheet: 'Cost' },
    { data: implied, sheet: 'Implied resources' },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
