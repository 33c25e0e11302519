/**
 * Exports of a design, for the "Export and share" dialog and the command-line checker. All pure: no
 * DOM, no network; the caller turns strings and bytes into downloads.
 *
 * - Bill of materials: `billOfMaterials(design, report?)`, then `bomToCsv`, `impliedToCsv`,
 *   `bomToJson`, `bomToMarkdown`, or `await bomToXlsx` (loads its writer on demand).
 * - Operations runbook: `operationsPack(design, report?)`, then `opsPackToMarkdown`.
 * - The design inside images: `embedDesignInPng` / `extractDesignFromPng`, `embedDesignInSvg` /
 *   `extractDesignFromSvg`; `openDesignBytes` opens a dropped file of any of the studio's formats.
 * - Design files (`designToFile`, `designFileName`, `openDesignFile`) live in lib/design/file.ts and
 *   share links (`encodeShareFragment`, `decodeShareFragment`, `shareUrl`, `classifyShareLength`) in
 *   lib/share.
 */
export {
  apportionCents,
  billOfMaterials,
  BOM_CURRENCY,
  BOM_HOURS_PER_MONTH,
  BOM_PERIOD,
  type BillOfMaterials,
  type BomDnsZone,
  type BomLeverId,
  type BomLine,
  type BomPrivateEndpoint,
  type BomRoleAssignment,
  type BomSecret,
} from './bom';
export { BOM_CSV_HEADER, bomToCsv, bomToJson, bomToMarkdown, bomToXlsx, impliedToCsv } from './bom-encode';
export { operationsPack, opsPackToMarkdown, type OpsDeployment, type OpsMetric, type OpsPack, type OpsQuery } from './ops-pack';
export { embedDesignInPng, extractDesignFromPng, PNG_DESIGN_KEYWORD } from './embed-png';
export { embedDesignInSvg, extractDesignFromSvg, SVG_DESIGN_ID } from './embed-svg';
export { openDesignBytes } from './open-design';
export { PRIVATE_DNS_SOURCE, PRIVATE_ENDPOINT_TARGETS, privateEndpointTarget } from './private-dns';
