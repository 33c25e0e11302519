/**
 * What every analysis of a design shares: its graph, the scenario and the one price lookup (the design's
 * price overrides, a customer's negotiated rates, over the catalog). `evaluate` builds it once and hands
 * the same object to every analyzer, so every dollar figure in the report reads the same prices.
 */
import type { Design, Scenario } from '../design/schema';
import { buildGraph, type DesignGraph } from './graph';
import { priceResolver, type PriceLookup } from './prices';

export interface CalcContext {
  readonly g: DesignGraph;
  readonly scenario: Scenario;
  readonly prices: PriceLookup;
}

/** The context of a design graph: its scenario and its prices (overrides over the catalog). */
export function contextOf(g: DesignGraph): CalcContext {
  return { g, scenario: g.design.scenario, prices: priceResolver(g.design) };
}

/** The context of a design (builds its graph). */
export const calcContext = (design: Design): CalcContext => contextOf(buildGraph(design));
