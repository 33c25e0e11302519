import { describe, expect, it } from 'vitest';
import { drag, freshBrowser, openTab, randomEdit, seededRandom, snapshot } from './store-test-kit';

describe('undo history', () => {
  it('records a drag as one step, however many moves it had', () => {
    const tab = openTab(freshBrowser());
    const before = tab.getState().design;
    const id = before.nodes.find((n) => n.parentId === undefined && n.kind !== 'region')?.id ?? before.nodes[0]!.id;
    const start = before.nodes.find((n) => n.id === id)!.position;
    drag(tab, id, 120, 80, 12, false);
    // While dragging, only the canvas moves: the design and its history do not.
    expect(tab.getState().design).toBe(before);
    expect(tab.getState().past).toHaveLength(0);
    expect(tab.getState().gesture?.kind).toBe('move');
    tab.getState().onNodesChange([{ type: 'position', id, position: { x: start.x + 120, y: start.y + 80 }, dragging: false }]);
    const after = tab.getState();
    expect(after.past).toHaveLength(1);
    expect(after.gesture).toBeNull();
    expect(after.design.nodes.find((n) => n.id === id)?.position).toEqual({ x: start.x + 120, y: start.y + 80 });
    after.undo();
    expect(tab.getState().design).toBe(before);
    tab.getState().redo();
    expect(tab.getState().design).toEqual(after.design);
  });

  it('records a slider preview and its commit as one step', () => {
    const tab = openTab(freshBrowser());
    const before = tab.getState().design;
    for (const peak of [200, 400, 800, 1600]) expect(tab.getState().previewScenario({ peakRequestsPerMinute: peak })).toEqual({ ok: true });
    expect(tab.getState().design.scenario.peakRequestsPerMinute).toBe(1600);
    expect(tab.getState().past).toHaveLength(0);
    tab.getState().endScenarioEdit();
    expect(tab.getState().past).toHaveLength(1);
    expect(tab.getState().past[0]).toBe(before);
    tab.getState().undo();
    expect(tab.getState().design).toBe(before);
    tab.getState().redo();
    expect(tab.getState().design.scenario.peakRequestsPerMinute).toBe(1600);
  });

  it('records nothing for a slider moved and put back', () => {
    const tab = openTab(freshBrowser());
    const before = tab.getState().design;
    tab.getState().previewScenario({ cacheHitRate: 0.5 });
    tab.getState().previewScenario({ cacheHitRate: before.scenario.cacheHitRate });
    tab.getState().endScenarioEdit();
    expect(tab.getState().past).toHaveLength(0);
    expect(tab.getState().design).toBe(before);
  });

  it('does not record loading a design: boot, an example, a new design, a saved design', () => {
    const tab = openTab(freshBrowser());
    expect(tab.getState().past).toHaveLength(0);
    const firstId = tab.getState().docId!;
    tab.getState().addComponent('redis', { x: 40, y: 40 });
    expect(tab.getState().past).toHaveLength(1);
    tab.getState().newDesign();
    expect(tab.getState().past).toHaveLength(0);
    expect(tab.getState().future).toHaveLength(0);
    tab.getState().addComponent('cosmos-db', { x: 40, y: 40 });
    tab.getState().undo();
    expect(tab.getState().future).toHaveLength(1);
    tab.getState().openExample('batch-pipeline');
    expect(tab.getState().past).toHaveLength(0);
    expect(tab.getState().future).toHaveLength(0);
    tab.getState().openDesign(firstId);
    expect(tab.getState().past).toHaveLength(0);
    expect(tab.getState().design.nodes.some((n) => n.kind === 'redis')).toBe(true);
  });

  it('undoes 200 random edits back to the exact start and redoes them to the exact end', () => {
    for (const seed of [1, 2, 3]) {
      const tab = openTab(freshBrowser());
      tab.getState().newDesign();
      const rnd = seededRandom(seed);
      const states = [snapshot(tab.getState().design)];
      const recorded = new Set<string>();
      for (let i = 0; i < 200; i++) {
        const before = tab.getState().past.length;
        const tried = randomEdit(tab, rnd);
        if (tab.getState().past.length !== before) {
          states.push(snapshot(tab.getState().design));
          recorded.add(tried.split(' ')[0]!);
        }
      }
      // Every kind of edit made it into the history, and most of the 200 edits were recorded.
      for (const kind of ['add', 'move', 'delete', 'connect', 'config']) expect(recorded, `seed ${seed}`).toContain(kind);
      expect(states.length).toBeGreaterThan(120);
      expect(tab.getState().past).toHaveLength(states.length - 1);
      const end = states[states.length - 1];
      // Back, one step at a time, through every design on the way.
      for (let i = states.length - 2; i >= 0; i--) {
        tab.getState().undo();
        expect(tab.getState().design, `seed ${seed}, undo to step ${i}`).toEqual(states[i]);
      }
      tab.getState().undo();
      expect(tab.getState().design).toEqual(states[0]);
      for (let i = 1; i < states.length; i++) {
        tab.getState().redo();
        expect(tab.getState().design, `seed ${seed}, redo to step ${i}`).toEqual(states[i]);
      }
      expect(tab.getState().future).toHaveLength(0);
      expect(tab.getState().design).toEqual(end);
      tab.getState().shutdown();
    }
  });
});
