/** Named assumptions and discounts of the cost model (each with its source). */
/** Batch API: 50% of the PAYG price (seed 9.10, "Batch inference (async, Azure Batch API) 50%"). */
export const BATCH_DISCOUNT = 0.5;
/** Cosmos DB autoscale bills 1.5 × the manual rate per 100 RU/s, at least 10% of the maximum each hour (Microsoft Learn, Cosmos DB autoscale FAQ). */
export const COSMOS_AUTOSCALE_RATE_MULTIPLIER = 1.5;
export const COSMOS_AUTOSCALE_MIN_FRACTION = 0.1;
/** Reserved VM instances: 30-60% off pay-as-you-go (seed 9.10); a range only, no sourced per-SKU price. */
export const SEED_RESERVED_SAVING_RANGE = { min: 0.3, max: 0.6 } as const;
/** Illustrative lever settings used when the scenario has none (shown in the lever's note). */
export const ILLUSTRATIVE = { cacheHitRate: 0.2, batchShare: 0.2, routingShare: 0.5 } as const;
/** Characters per token, for Content Safety text records of up to 1,000 characters (assumption). */
export const CHARS_PER_TOKEN_ASSUMPTION = 4;
