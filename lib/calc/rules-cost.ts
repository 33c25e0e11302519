/**
 * Rules of the cost analysis: stable ids, default severity, area, a title and the basis each rests on.
 * `costFinding` builds a Finding from a rule id so severity, area and basis come from this table.
 */
import { findingBuilder, type Rule } from './rule';

export const COST_RULES = [
  {
    id: 'cost.ptu-undersized',
    severity: 'warning',
    area: 'cost',
    title: 'Fewer PTUs than the peak traffic needs',
    basis:
      'seed 9.8 (PTU sizing); facts §5.1 (input TPM per PTU, output-token weighting); PTU calculator: tokens/min = calls/min × (prompt + response)',
  },
  {
    id: 'cost.ptu-below-minimum',
    severity: 'error',
    area: 'cost',
    title: 'PTU count is not a deployable size (minimum and increment)',
    basis: 'facts §5.1 (minimum PTUs and increments per deployment type)',
  },
  {
    id: 'cost.ptu-underused',
    severity: 'warning',
    area: 'cost',
    title: 'PTU utilization below the break-even: pay-as-you-go is cheaper',
    basis: 'seed 9.10 (PTU vs PAYG break-even; premature PTU commitment); facts §5.2 (prices)',
  },
  {
    id: 'cost.payg-over-break-even',
    severity: 'info',
    area: 'cost',
    title: 'Steady volume on pay-as-you-go where PTU would cost less',
    basis: 'seed 9.10 (PTU vs PAYG break-even); facts §5.2 (prices)',
  },
  {
    id: 'cost.unpriced',
    severity: 'info',
    area: 'cost',
    title: 'Part of the design has no known price',
    basis: 'catalog service-prices, vm-skus, openai-models (a missing price is shown as unpriced, never $0)',
  },
  {
    id: 'cost.spot-for-serving',
    severity: 'warning',
    area: 'cost',
    title: 'Spot VMs serving interactive traffic',
    basis: 'seed 9.10 (Spot instances for training / batch: can be evicted)',
  },
  {
    id: 'cost.traffic-shares-over-100',
    severity: 'warning',
    area: 'cost',
    title: 'Backends of one gateway together serve more than all the traffic',
    basis: 'seed 9.9 (fallback backends take traffic only on 429/503)',
  },
  {
    id: 'cost.model-unreached',
    severity: 'info',
    area: 'cost',
    title: 'A model deployment that no request reaches',
    basis: 'lib/calc/traffic.ts (traffic follows request and overflow edges); only its fixed part (PTUs, VMs) is billed',
  },
  {
    id: 'cost.average-over-peak',
    severity: 'warning',
    area: 'cost',
    title: 'Average requests per minute above the peak',
    basis: 'seed 9.8 (size for the peak; the average is at most the peak)',
  },
  {
    id: 'cost.request-cycle',
    severity: 'warning',
    area: 'cost',
    title: 'Requests go round in a loop',
    basis: 'lib/calc/traffic.ts (a request cycle would count the same requests without end; it is cut where it closes)',
  },
  {
    id: 'cost.failover-loop',
    severity: 'warning',
    area: 'cost',
    title: 'Failover loop: backends fail over to each other',
    basis: 'seed 9.9 (a fallback chain ends; a loop retries the failed backend)',
  },
  {
    id: 'cost.unknown-price-override',
    severity: 'warning',
    area: 'cost',
    title: 'A price override that matches no price',
    basis: 'catalog price ids (lib/calc/prices.ts): an override for an id nothing uses changes nothing',
  },
  {
    id: 'cost.reservation-unpriced',
    severity: 'warning',
    area: 'cost',
    title: 'Reserved pricing chosen, but no reserved price is known',
    basis: 'seed 9.10 (reserved savings 30-60%); the price snapshot has no reservation prices yet, so pay-as-you-go is shown',
  },
] as const satisfies readonly Rule[];

export const costFinding = findingBuilder(COST_RULES);
