/** High availability: what the rest of lib/calc and the tests use. */
export { analyzeHa, type HaResult } from './analyze';
export {
  DOWNTIME_MINUTES_PER_MONTH,
  downtimeMinutesPerMonth,
  multiRegionAvailability,
  parallelAvailability,
  seriesAvailability,
} from './formulas';
export { instanceCount } from './instances';
export { slaForNode, type NodeSla } from './node-sla';
export { classifyPattern } from './pattern';
export { renderTerm } from './structure';
