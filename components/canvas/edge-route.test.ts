import { getSmoothStepPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import {
  cornersOf,
  polylineHits,
  ROUTE_DEFAULTS,
  roundedPath,
  routeAround,
  runHits,
  simplify,
  type Box,
  type RoutePoint,
} from './edge-route';

const isOrthogonal = (pts: RoutePoint[]) => pts.every((p, i) => i === 0 || p.x === pts[i - 1]!.x || p.y === pts[i - 1]!.y);
const length = (pts: RoutePoint[]) =>
  pts.reduce((sum, p, i) => (i === 0 ? 0 : sum + Math.abs(p.x - pts[i - 1]!.x) + Math.abs(p.y - pts[i - 1]!.y)), 0);

describe('cornersOf', () => {
  it('reads the orthogonal skeleton of a smooth-step path: source, corners, target', () => {
    const [path] = getSmoothStepPath({
      sourceX: 0,
      sourceY: 0,
      sourcePosition: Position.Right,
      targetX: 200,
      targetY: 100,
      targetPosition: Position.Left,
      borderRadius: 14,
      offset: 22,
    });
    expect(cornersOf(path)).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 200, y: 100 },
    ]);
  });

  it('reads numbers written with spaces, commas and decimals', () => {
    expect(cornersOf('M0.5 1 L10.25,1 L10.25 -20')).toEqual([
      { x: 0.5, y: 1 },
      { x: 10.25, y: 1 },
      { x: 10.25, y: -20 },
    ]);
  });
});

describe('simplify', () => {
  it('drops repeats and points in the middle of a straight run, but keeps a turn back', () => {
    expect(
      simplify([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 5, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]);
    expect(
      simplify([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 4, y: 0 },
      ]),
    ).toHaveLength(3);
  });
});

describe('runHits', () => {
  const box: Box = { left: 10, top: 10, right: 50, bottom: 30 };
  it('counts a run through the inside of a box, not one along its side or beside it', () => {
    expect(runHits({ x: 0, y: 20 }, { x: 100, y: 20 }, box)).toBe(true);
    expect(runHits({ x: 20, y: 0 }, { x: 20, y: 100 }, box)).toBe(true);
    expect(runHits({ x: 0, y: 10 }, { x: 100, y: 10 }, box)).toBe(false);
    expect(runHits({ x: 0, y: 20 }, { x: 10, y: 20 }, box)).toBe(false);
    expect(runHits({ x: 60, y: 0 }, { x: 60, y: 100 }, box)).toBe(false);
  });
});

describe('routeAround', () => {
  // A connection from a node left of a region into a node inside it: the smooth-step path turns down
  // at x = 150, right through the region's title "East US" (x 100–260, y 200–244).
  const corners: RoutePoint[] = [
    { x: 0, y: 100 },
    { x: 150, y: 100 },
    { x: 150, y: 400 },
    { x: 300, y: 400 },
  ];
  const title: Box = { left: 100, top: 200, right: 260, bottom: 244 };

  it('keeps the plain path when the search grid would be too large (a crowded part of a very large design)', () => {
    // The crossed title plus 120 small titles in play around the path: 240+ grid lines each way.
    const crowd: Box[] = Array.from({ length: 120 }, (_, i) => ({
      left: -300 + i * 7,
      top: 500 + i * 3,
      right: -297 + i * 7,
      bottom: 501 + i * 3,
    }));
    expect(routeAround(corners, [title, ...crowd], { ...ROUTE_DEFAULTS, margin: 1 })).toBeNull();
    // With the title alone the same path is re-routed.
    expect(routeAround(corners, [title], { ...ROUTE_DEFAULTS, margin: 1 })).not.toBeNull();
  });

  it('leaves a path that keeps off every box alone', () => {
    expect(routeAround(corners, [{ left: 400, top: 0, right: 500, bottom: 50 }])).toBeNull();
    expect(routeAround(corners, [])).toBeNull();
  });

  it('detours a path that crosses a title box, keeping off it by the margin, orthogonal, from the same ends in the same directions', () => {
    const route = routeAround(corners, [title], ROUTE_DEFAULTS);
    expect(route).not.toBeNull();
    const r = route!;
    expect(r[0]).toEqual({ x: 0, y: 100 });
    expect(r[r.length - 1]).toEqual({ x: 300, y: 400 });
    expect(isOrthogonal(r)).toBe(true);
    expect(polylineHits(r, [{ left: 92, top: 192, right: 268, bottom: 252 }])).toBe(false);
    // It leaves rightwards and arrives rightwards, as the original did.
    expect(r[1]!.y).toBe(100);
    expect(r[1]!.x).toBeGreaterThan(0);
    expect(r[r.length - 2]!.y).toBe(400);
    expect(r[r.length - 2]!.x).toBeLessThan(300);
    // Shortest way round: turn down just beside the title (x = 92 or 268), no longer and with no more turns than before.
    expect(r).toHaveLength(4);
    expect([92, 268]).toContain(r[1]!.x);
    expect(length(r)).toBe(length(corners));
  });

  it('goes round two titles in a row (a region and the VNET inside it)', () => {
    const vnet: Box = { left: 60, top: 300, right: 220, bottom: 344 };
    const r = routeAround(corners, [title, vnet])!;
    expect(r).not.toBeNull();
    expect(isOrthogonal(r)).toBe(true);
    expect(polylineHits(r, [title, vnet])).toBe(false);
  });

  it('does not try to leave a box that holds the source or the target', () => {
    const around: Box = { left: -20, top: 80, right: 40, bottom: 120 };
    expect(routeAround(corners, [around])).toBeNull();
  });

  it('gives up (null) when no way round exists, so the original path is kept', () => {
    // The target walled in on all four sides (none of the walls holds it).
    const walls: Box[] = [
      { left: 200, top: 300, right: 400, bottom: 320 },
      { left: 200, top: 480, right: 400, bottom: 500 },
      { left: 200, top: 300, right: 220, bottom: 500 },
      { left: 380, top: 300, right: 400, bottom: 500 },
    ];
    expect(routeAround(corners, walls)).toBeNull();
  });
});

describe('roundedPath', () => {
  it('draws straight runs with rounded corners no larger than half a run', () => {
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
          { x: 100, y: 10 },
          { x: 200, y: 10 },
        ],
        14,
      ),
    ).toBe('M0,0 L95,0 Q100,0 100,5 L100,5 Q100,10 105,10 L200,10');
  });

  it('reads back to the same corners', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 92, y: 0 },
      { x: 92, y: 300 },
      { x: 300, y: 300 },
    ];
    expect(cornersOf(roundedPath(pts, 14))).toEqual(pts);
  });
});
