/**
 * The cost report: lines per meter (serving.ts, aoai.ts, services.ts over lines.ts), the traffic model
 * (traffic.ts), levers (levers.ts), hosting alternatives (alternatives.ts), findings and the explanation.
 * Entry point: analyzeCost (analyze.ts).
 */
export { analyzeCost, type CostDeps } from './analyze';
export { openModelIds, selfHostedAlternativeInputs, type AlternativeDeps } from './alternatives';
export {
  BATCH_DISCOUNT,
  CHARS_PER_TOKEN_ASSUMPTION,
  COSMOS_AUTOSCALE_MIN_FRACTION,
  COSMOS_AUTOSCALE_RATE_MULTIPLIER,
  ILLUSTRATIVE,
  SEED_RESERVED_SAVING_RANGE,
} from './assumptions';
export { listPriceIds } from './price-list';
export { effectiveCacheHitRate, hasSemanticCache, modelRequestsPerMonth, scenarioRequestsPerMonth, trafficShareFindings } from './traffic';
