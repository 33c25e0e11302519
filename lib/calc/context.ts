/**
 * What every analysis of a design shares: its graph, the scenario and the one price lookup (the design's
 * price overrides, a customer's negotiated rates, over the catalog). `evaluate` builds it once and hands
 * the same object to every analyzer, so every dollar figure in the report reads the same prices.
 */
import type { Design, Scenario } from '../design/schema';
import type { NodeMemo } from './evaluate-cache';
import { buildGraph, type DesignGraph } from './graph';
import { priceResolver, type PriceLookup } from './prices';

export interface CalcContext {
  readonly g: DesignGraph;
  readonly scenario: Scenario;
  readonly prices: PriceLookup;
  /**
   * Per-node results kept between evaluations (lib/calc/evaluate-cache.ts), with `inputsKey`: the scenario
   * and the price overrides as text, part of every cached result's key. Absent: nothing is cached.
   */
  readonly memo?: { readonly nodes: NodeMemo; readonly inputsKey: string };
}

/** The context of a design graph: its scenario and its prices (overrides over the catalog). */
export function contextOf(g: DesignGraph, prices: PriceLookup = priceResolver(g.design), memo?: NodeMemo): CalcContext {
  const ctx = { g, scenario: g.design.scenario, prices };
  // A lookup without a cacheKey (a test's wrapper) cannot be told apart from another: nothing is cached.
  if (!memo || prices.cacheKey === undefined) return ctx;
  return { ...ctx, memo: { nodes: memo, inputsKey: memo.intern(`${JSON.stringify(g.design.scenario)}\u0000${prices.cacheKey}`) } };
}

/** The context of a design (builds its graph). */
export const calcContext = (design: Design): CalcContext => contextOf(buildGraph(design));

/**
 * `compute()` for one node, or its result from an earlier evaluation when the node object, the scenario,
 * the prices and `key` (the node's other inputs: its region, the traffic that reaches it...) are the same.
 */
export function perNode<T>(ctx: CalcContext, section: string, node: object, key: readonly unknown[], compute: () => T): T {
  const m = ctx.memo;
  if (!m) return compute();
  return m.nodes.get(section, node, m.inputsKey, key, compute);
}
