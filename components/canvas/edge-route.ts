/**
 * Connections that keep off group titles. A connection is drawn as React Flow's smooth-step path; when
 * one of its straight runs would cross the title strip of a region, VNET or subnet, it is re-routed
 * orthogonally around those title boxes (a small shortest-path search over the few boxes in play) and
 * drawn again with the same rounded corners. Pure geometry in canvas units: no React, no DOM.
 */

export interface RoutePoint {
  x: number;
  y: number;
}

/** An axis-aligned box to keep off, in canvas units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface RouteOptions {
  /** Clear space kept around every box. */
  margin: number;
  /** How far a route runs straight out of its source (and into its target) before it may turn. */
  stub: number;
  /** What one turn costs, in canvas units of length: a longer route with fewer turns reads better. */
  bendCost: number;
}

export const ROUTE_DEFAULTS: RouteOptions = { margin: 8, stub: 22, bendCost: 40 };

const same = (a: number, b: number): boolean => Math.abs(a - b) < 0.01;

/**
 * The corners of an orthogonal path string (M/L/Q commands, as React Flow's smooth-step path writes
 * them): every number pair in order, without repeats and without points in the middle of a straight run.
 * A rounded corner's control point is the corner itself, so the result is the path's orthogonal skeleton.
 */
export function cornersOf(path: string): RoutePoint[] {
  const nums = path.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
  const raw: RoutePoint[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) raw.push({ x: nums[i]!, y: nums[i + 1]! });
  return simplify(raw);
}

/** Drops repeated points and points between two others on the same horizontal or vertical line. */
export function simplify(points: readonly RoutePoint[]): RoutePoint[] {
  const out: RoutePoint[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && same(last.x, p.x) && same(last.y, p.y)) continue;
    const before = out[out.length - 2];
    if (before && last && ((same(before.x, last.x) && same(last.x, p.x)) || (same(before.y, last.y) && same(last.y, p.y)))) {
      // `last` lies on the run from `before` to `p` only if it does not turn back.
      const between = (a: number, b: number, c: number) => (a - b) * (c - b) <= 0;
      if (between(before.x, last.x, p.x) && between(before.y, last.y, p.y)) out.pop();
    }
    out.push(p);
  }
  return out;
}

const grow = (b: Box, m: number): Box => ({ left: b.left - m, top: b.top - m, right: b.right + m, bottom: b.bottom + m });

/** Whether the straight run from a to b (horizontal or vertical) passes through the inside of box b. */
export function runHits(a: RoutePoint, b: RoutePoint, box: Box): boolean {
  if (same(a.y, b.y)) {
    return a.y > box.top && a.y < box.bottom && Math.max(a.x, b.x) > box.left && Math.min(a.x, b.x) < box.right;
  }
  if (same(a.x, b.x)) {
    return a.x > box.left && a.x < box.right && Math.max(a.y, b.y) > box.top && Math.min(a.y, b.y) < box.bottom;
  }
  // A slanted run (not produced by the smooth-step path): test its bounding box, which is stricter.
  return Math.max(a.x, b.x) > box.left && Math.min(a.x, b.x) < box.right && Math.max(a.y, b.y) > box.top && Math.min(a.y, b.y) < box.bottom;
}

const strictlyInside = (p: RoutePoint, box: Box): boolean => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom;

/** Whether a polyline crosses any of the boxes. */
export function polylineHits(points: readonly RoutePoint[], boxes: readonly Box[]): boolean {
  for (let i = 1; i < points.length; i++) for (const box of boxes) if (runHits(points[i - 1]!, points[i]!, box)) return true;
  return false;
}

type Dir = 0 | 1 | 2 | 3; // right, down, left, up
const STEP: Record<Dir, [number, number]> = { 0: [1, 0], 1: [0, 1], 2: [-1, 0], 3: [0, -1] };

function dirOf(a: RoutePoint, b: RoutePoint): Dir {
  if (Math.abs(b.x - a.x) >= Math.abs(b.y - a.y)) return b.x >= a.x ? 0 : 2;
  return b.y >= a.y ? 1 : 3;
}

/** A binary min-heap of [cost, state] pairs. */
class Heap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(cost: number, state: number): void {
    const a = this.items;
    a.push([cost, state]);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]![0] <= a[i]![0]) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): [number, number] {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]![0] < a[m]![0]) m = l;
        if (r < a.length && a[r]![0] < a[m]![0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

const uniqueSorted = (values: number[]): number[] => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || !same(v, sorted[i - 1]!));
};

/** The most grid cells a route is searched over; above it the plain path is kept (it stays quick on any design). */
const MAX_GRID_CELLS = 8_000;

/**
 * Re-routes an orthogonal path (its corners, source first) around the boxes. Returns null when the path
 * already keeps off every box, when no way around exists, or when the search grid would exceed
 * MAX_GRID_CELLS (the caller then keeps the original path).
 * The route leaves its source and enters its target in the original directions, runs only
 * horizontally and vertically, and is the shortest such route counting each turn as `bendCost`.
 * Boxes that hold the source or the target themselves are not avoided (there is no way out of them).
 */
export function routeAround(
  corners: readonly RoutePoint[],
  boxes: readonly Box[],
  options: RouteOptions = ROUTE_DEFAULTS,
): RoutePoint[] | null {
  if (corners.length < 2 || boxes.length === 0) return null;
  const source = corners[0]!;
  const target = corners[corners.length - 1]!;
  const m = options.margin;
  const grown = boxes.map((b) => grow(b, m)).filter((b) => !strictlyInside(source, b) && !strictlyInside(target, b));
  if (!polylineHits(corners, grown)) return null;

  // Leave the source, and reach the target, straight for a stub's length (or as far as the path first runs).
  const outDir = dirOf(source, corners[1]!);
  const inDir = dirOf(corners[corners.length - 2]!, target);
  const firstRun = Math.hypot(corners[1]!.x - source.x, corners[1]!.y - source.y);
  const lastRun = Math.hypot(target.x - corners[corners.length - 2]!.x, target.y - corners[corners.length - 2]!.y);
  const s = Math.min(options.stub, firstRun);
  const t = Math.min(options.stub, lastRun);
  const start = { x: source.x + STEP[outDir][0] * s, y: source.y + STEP[outDir][1] * s };
  const end = { x: target.x - STEP[inDir][0] * t, y: target.y - STEP[inDir][1] * t };
  const obstacles = grown.filter((b) => !strictlyInside(start, b) && !strictlyInside(end, b));

  // The grid: the lines through the route's own corners and along each box's sides (just outside them).
  const pad = 400;
  const minX = Math.min(...corners.map((p) => p.x)) - pad;
  const maxX = Math.max(...corners.map((p) => p.x)) + pad;
  const minY = Math.min(...corners.map((p) => p.y)) - pad;
  const maxY = Math.max(...corners.map((p) => p.y)) + pad;
  const inPlay = obstacles.filter((b) => b.right > minX && b.left < maxX && b.bottom > minY && b.top < maxY);
  const xs = uniqueSorted([start.x, end.x, ...corners.map((p) => p.x), ...inPlay.flatMap((b) => [b.left, b.right])]);
  const ys = uniqueSorted([start.y, end.y, ...corners.map((p) => p.y), ...inPlay.flatMap((b) => [b.top, b.bottom])]);
  const W = xs.length;
  const H = ys.length;
  const index = (v: number, list: number[]) => list.findIndex((u) => same(u, v));
  const si = index(start.x, xs);
  const sj = index(start.y, ys);
  const ei = index(end.x, xs);
  const ej = index(end.y, ys);
  // A grid too large to search quickly (a crowded part of a very large design): keep the plain path.
  if (W * H > MAX_GRID_CELLS) return null;
  const point = (i: number, j: number): RoutePoint => ({ x: xs[i]!, y: ys[j]! });
  // Only boxes reaching into the grid can block a run between its points.
  const live = obstacles.filter((b) => b.right > xs[0]! && b.left < xs[W - 1]! && b.bottom > ys[0]! && b.top < ys[H - 1]!);
  // Whether the run from a cell to its right (or lower) neighbour is blocked, worked out once per run: 0 not yet, 1 free, 2 blocked.
  const runRight = new Uint8Array(W * H);
  const runDown = new Uint8Array(W * H);
  const blockedRun = (i: number, j: number, ni: number, nj: number): boolean => {
    const [ci, cj] = ni < i || nj < j ? [ni, nj] : [i, j];
    const cache = nj === j ? runRight : runDown;
    const k = cj * W + ci;
    if (cache[k] === 0) {
      const a = point(ci, cj);
      const b = nj === j ? point(ci + 1, cj) : point(ci, cj + 1);
      cache[k] = live.some((box) => runHits(a, b, box)) ? 2 : 1;
    }
    return cache[k] === 2;
  };

  // Shortest path over (cell, heading) states; a change of heading costs a bend.
  const state = (i: number, j: number, d: Dir) => (j * W + i) * 4 + d;
  const cost = new Float64Array(W * H * 4).fill(Infinity);
  const from = new Int32Array(W * H * 4).fill(-1);
  const heap = new Heap();
  cost[state(si, sj, outDir)] = 0;
  heap.push(0, state(si, sj, outDir));
  let found = -1;
  while (heap.size > 0) {
    const [c, st] = heap.pop();
    if (c > cost[st]!) continue;
    const d = (st % 4) as Dir;
    const cell = (st - d) / 4;
    const i = cell % W;
    const j = (cell - i) / W;
    if (i === ei && j === ej) {
      if (d === inDir) {
        found = st;
        break;
      }
      // Arriving sideways: turn into the target's direction here (one more bend).
      const turned = state(i, j, inDir);
      const tc = c + options.bendCost;
      if (tc < cost[turned]!) {
        cost[turned] = tc;
        from[turned] = st;
        heap.push(tc, turned);
      }
      continue;
    }
    for (const nd of [0, 1, 2, 3] as Dir[]) {
      if ((nd + 2) % 4 === d) continue; // never double back
      const ni = i + STEP[nd][0];
      const nj = j + STEP[nd][1];
      if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
      if (blockedRun(i, j, ni, nj)) continue;
      const a = point(i, j);
      const b = point(ni, nj);
      const nc = c + Math.abs(b.x - a.x) + Math.abs(b.y - a.y) + (nd === d ? 0 : options.bendCost);
      const ns = state(ni, nj, nd);
      if (nc < cost[ns]!) {
        cost[ns] = nc;
        from[ns] = st;
        heap.push(nc, ns);
      }
    }
  }
  if (found < 0) return null;
  const cells: RoutePoint[] = [];
  for (let st = found; st >= 0; st = from[st]!) {
    const cell = (st - (st % 4)) / 4;
    const i = cell % W;
    cells.push(point(i, (cell - i) / W));
  }
  cells.reverse();
  return simplify([source, ...cells, target]);
}

/** An orthogonal polyline drawn with rounded corners (radius at most half of either run), as M/L/Q commands. */
export function roundedPath(points: readonly RoutePoint[], radius: number): string {
  if (points.length === 0) return '';
  const f = (n: number) => String(Math.round(n * 100) / 100);
  const first = points[0]!;
  let d = `M${f(first.x)},${f(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const c = points[i + 1]!;
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const inX = b.x - Math.sign(b.x - a.x) * r;
    const inY = b.y - Math.sign(b.y - a.y) * r;
    const outX = b.x + Math.sign(c.x - b.x) * r;
    const outY = b.y + Math.sign(c.y - b.y) * r;
    d += ` L${f(inX)},${f(inY)} Q${f(b.x)},${f(b.y)} ${f(outX)},${f(outY)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${f(last.x)},${f(last.y)}`;
}
