'use client';
/**
 * The design canvas. React Flow's nodes come from the store (derived from the design); a drag or a
 * resize moves them tick by tick and becomes one design change when it ends. Connections are checked
 * against the catalog's rules while they are drawn; a refused one says why.
 */
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MarkerType,
  MiniMap,
  Panel,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  useStore,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type IsValidConnection,
  type MiniMapNodeProps,
  type OnConnectEnd,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type DragEvent } from 'react';
import { isComponentKind } from '@/lib/catalog/components';
import { nodeLabel } from '@/lib/design/node-label';
import { checkConnection } from '@/lib/design/connections';
import { valueLabel } from '@/lib/design/value-label';
import { groupAt, NODE_SIZE, type Point } from '@/lib/design/geometry';
import { nodeStatusOf, shownReport, useReport } from '@/components/store/report';
import { dropTargetFor, useStudio } from '@/components/store/studio-store';
import { LARGE_DESIGN_NODES, type FlowNode } from '@/components/store/flow-nodes';
import { CONNECTION_KEYS_HELP, handleConnectionKey } from './connection-keys';
import { NO_HEADERS, type FlowEdgeType } from './flow-edge';
import { useGroupHeaders } from './group-headers';
import { edgeTypes, nodeTypes } from './node-types';
import { canvasView, CompactContext, PALETTE_MIME, readableViewport, topLeftFor, zoomedOut } from './view';
import { EmptyCanvas } from './empty-canvas';
import { Legend } from './legend';

const minimapColor = (node: FlowNode): string => {
  if (node.type === 'container') return 'transparent';
  const report = shownReport();
  const status = report ? nodeStatusOf(report, node.id)?.status : undefined;
  if (status === 'error') return 'var(--err)';
  if (status === 'warning') return 'var(--warn)';
  return 'var(--line-strong)';
};
const minimapStroke = (node: FlowNode): string => (node.type === 'container' ? 'var(--line-strong)' : 'transparent');
const MinimapNodeWithRadius = (p: MiniMapNodeProps) => (
  <rect
    x={p.x}
    y={p.y}
    width={p.width}
    height={p.height}
    rx={10}
    style={{ fill: p.color, stroke: p.strokeColor, strokeWidth: p.strokeWidth }}
    shapeRendering={p.shapeRendering}
  />
);

function clientPoint(event: MouseEvent | TouchEvent): Point | null {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const t = event.changedTouches[0];
  return t ? { x: t.clientX, y: t.clientY } : null;
}

export default function Canvas() {
  const flowNodes = useStudio((s) => s.flowNodes);
  const designEdges = useStudio((s) => s.design.edges);
  const design = useStudio((s) => s.design);
  const selectedEdges = useStudio((s) => s.selection.edgeIds);
  const prefs = useStudio((s) => s.prefs);
  const fitViewRequest = useStudio((s) => s.fitViewRequest);
  const onNodesChange = useStudio((s) => s.onNodesChange);
  const onEdgesChange = useStudio((s) => s.onEdgesChange);
  const { screenToFlowPosition, fitView, getInternalNode, setViewport, getViewport, getNodes, getNodesBounds } = useReactFlow();
  const compact = useStore(zoomedOut);
  // On a narrow canvas (a projector with both side panels open) the minimap takes less of the view.
  const narrowCanvas = useStore((st) => st.width > 0 && st.width < 800);
  const sectionRef = useRef<HTMLElement>(null);
  const nodesReady = useNodesInitialized();

  /** Fit view, never below a readable zoom: a design too large for that shows its request path (see view.ts). */
  const fitReadable = useCallback(
    (duration = 0) => {
      const el = sectionRef.current;
      const all = getNodes();
      if (!el || all.length === 0) {
        void setViewport({ x: 0, y: 0, zoom: 1 }, { duration });
        return;
      }
      const pathIds = new Set<string>();
      for (const h of shownReport()?.latency.hops ?? []) {
        if (h.fromNodeId !== null) pathIds.add(h.fromNodeId);
        pathIds.add(h.toNodeId);
      }
      const onPath = all.filter((n) => pathIds.has(n.id));
      const path = onPath.length > 0 ? getNodesBounds(onPath) : null;
      void setViewport(readableViewport(getNodesBounds(all), path, el.clientWidth, el.clientHeight), { duration });
    },
    [getNodes, getNodesBounds, setViewport],
  );

  // A fit asked for before the nodes are measured waits for them.
  const pendingFit = useRef(0);
  useEffect(() => {
    if (fitViewRequest === 0) return;
    pendingFit.current = fitViewRequest;
  }, [fitViewRequest]);
  useEffect(() => {
    if (pendingFit.current === 0) return;
    // An empty design starts at 100%, so the first component lands where it is dropped, at full size.
    if (useStudio.getState().flowNodes.length === 0) {
      pendingFit.current = 0;
      void setViewport({ x: 0, y: 0, zoom: 1 });
    } else if (nodesReady) {
      pendingFit.current = 0;
      fitReadable();
    }
  }, [fitViewRequest, nodesReady, fitReadable, setViewport]);

  /** Arrow keys pan the view and + / - zoom while the canvas itself has focus (a node's arrows move it). */
  const onCanvasKey = useCallback(
    (e: React.KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget) {
        handleConnectionKey(e, e.currentTarget, () => ({
          edges: useStudio.getState().design.edges,
          selectEdge: (id) => useStudio.getState().select({ nodeIds: [], edgeIds: [id] }),
          reveal: (box) => {
            const view = sectionRef.current?.getBoundingClientRect();
            if (!view || (box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom)) return;
            const v = getViewport();
            const dx = view.left + view.width / 2 - (box.left + box.width / 2);
            const dy = view.top + view.height / 2 - (box.top + box.height / 2);
            void setViewport({ ...v, x: v.x + dx, y: v.y + dy }, { duration: 200 });
          },
        }));
        return;
      }
      const step = e.shiftKey ? 240 : 60;
      const v = getViewport();
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [step, 0],
        ArrowRight: [-step, 0],
        ArrowUp: [0, step],
        ArrowDown: [0, -step],
      };
      const d = pan[e.key];
      if (d) {
        e.preventDefault();
        void setViewport({ ...v, x: v.x + d[0], y: v.y + d[1] }, { duration: 120 });
      }
    },
    [getViewport, setViewport],
  );

  useEffect(() => {
    canvasView.element = sectionRef.current;
    return () => {
      canvasView.element = null;
    };
  }, []);

  const focusRequest = useStudio((s) => s.focusRequest);
  useEffect(() => {
    if (focusRequest) void fitView({ nodes: focusRequest.nodeIds.map((id) => ({ id })), padding: 0.5, maxZoom: 1.2, duration: 300 });
  }, [focusRequest, fitView]);

  // The groups' title boxes, for connections to route around (the same array while no title moves). A large
  // design keeps plain smooth-step connections: routing hundreds of them would cost far more than a frame.
  const large = flowNodes.length > LARGE_DESIGN_NODES;
  const allHeaders = useGroupHeaders(flowNodes);
  const headers = large ? NO_HEADERS : allHeaders;

  const report = useReport();
  const edges = useMemo<FlowEdgeType[]>(() => {
    const hops = new Map(
      (report?.latency.hops ?? []).filter((h) => h.fromNodeId !== null).map((h) => [`${h.fromNodeId}>${h.toNodeId}`, h]),
    );
    const selected = new Set(selectedEdges);
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    const name = (id: string) => {
      const n = byId.get(id);
      return n ? nodeLabel(n) : id;
    };
    return designEdges.map((e) => {
      const hop = hops.get(`${e.source}>${e.target}`) ?? null;
      const a = (report && nodeStatusOf(report, e.source)?.region) ?? null;
      const b = (report && nodeStatusOf(report, e.target)?.region) ?? null;
      const crossRegion = hop?.crossRegion ?? (a !== null && b !== null && a !== b);
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        type: 'flow',
        selected: selected.has(e.id),
        data: { edge: e, hop, crossRegion, headers },
        // A fixed size (not scaled by the line's width), so a selected or highlighted connection keeps a normal arrowhead.
        markerEnd: { type: MarkerType.ArrowClosed, color: `var(--edge-${e.flow})`, width: 22, height: 22, markerUnits: 'userSpaceOnUse' },
        ariaLabel: `${valueLabel(e.flow)} connection from ${name(e.source)} to ${name(e.target)}`,
        // Out of the Tab order (React Flow puts connections before the components): reached with C from a component.
        domAttributes: { tabIndex: -1 },
      } satisfies FlowEdgeType;
    });
  }, [design, designEdges, selectedEdges, headers, report]);

  const isValidConnection: IsValidConnection<Edge> = useCallback((c) => {
    const d = useStudio.getState().design;
    return checkConnection(d, c.source, c.target).ok;
  }, []);

  const onConnect = useCallback((c: Connection) => {
    useStudio.getState().connectNodes(c.source, c.target);
  }, []);

  /** A connection dropped on a node's body (not its handle), or refused: connect it or say why. */
  const onConnectEnd: OnConnectEnd = useCallback((event, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode) return;
    let otherId = state.toNode?.id ?? null;
    if (otherId === null) {
      const p = clientPoint(event);
      const el = p ? document.elementFromPoint(p.x, p.y)?.closest<HTMLElement>('.react-flow__node') : null;
      otherId = el?.dataset.id ?? null;
    }
    if (otherId === null || otherId === state.fromNode.id) return;
    const fromSource = state.fromHandle?.type !== 'target';
    const source = fromSource ? state.fromNode.id : otherId;
    const target = fromSource ? otherId : state.fromNode.id;
    const store = useStudio.getState();
    const check = checkConnection(store.design, source, target);
    if (check.ok) store.connectNodes(source, target);
    else store.toast(check.reason, { tone: 'error' });
  }, []);

  const onNodeDrag: OnNodeDrag<FlowNode> = useCallback(
    (_e, node) => {
      const internal = getInternalNode(node.id);
      if (!internal) return;
      const s = useStudio.getState();
      s.setDropTarget(dropTargetFor(s.design, node, internal.internals.positionAbsolute));
    },
    [getInternalNode],
  );

  const onDragOver = useCallback(
    (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      const kind = canvasView.draggingKind;
      if (!kind) return;
      const s = useStudio.getState();
      const g = groupAt(s.design, screenToFlowPosition({ x: e.clientX, y: e.clientY }), kind);
      s.setDropTarget(g?.id ?? null);
    },
    [screenToFlowPosition],
  );

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      const s = useStudio.getState();
      s.setDropTarget(null);
      if (!isComponentKind(kind)) return;
      e.preventDefault();
      const point = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      s.addComponent(kind, topLeftFor(kind, point));
    },
    [screenToFlowPosition],
  );

  const onDragLeave = useCallback(() => useStudio.getState().setDropTarget(null), []);

  const layout = useCallback(() => {
    const s = useStudio.getState();
    const sizes = new Map(s.flowNodes.map((n) => [n.id, n.measured]));
    s.layout((n) => {
      const m = sizes.get(n.id);
      return m?.width && m.height ? { width: m.width, height: m.height } : NODE_SIZE;
    });
  }, []);

  const empty = flowNodes.length === 0;

  return (
    <section
      ref={sectionRef}
      id="design-canvas"
      aria-label="Design canvas"
      aria-describedby="canvas-keys"
      tabIndex={0}
      className="relative h-full w-full bg-canvas focus-visible:outline-none focus-visible:ring-4 focus-visible:ring-inset focus-visible:ring-accent"
      onDragLeave={onDragLeave}
      onKeyDown={onCanvasKey}
    >
      <p id="canvas-keys" className="sr-only">
        Arrow keys pan the view (Shift for larger steps). Tab moves to the components; on a selected component, arrow keys move it and Enter
        selects it. {CONNECTION_KEYS_HELP}
      </p>
      <CompactContext.Provider value={compact}>
        <ReactFlow<FlowNode, FlowEdgeType>
          nodes={flowNodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onNodeDrag={onNodeDrag}
          onDragOver={onDragOver}
          onDrop={onDrop}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          snapToGrid={prefs.snapToGrid}
          snapGrid={[10, 10]}
          minZoom={0.1}
          maxZoom={2.5}
          colorMode={prefs.theme}
          connectionRadius={28}
          elevateEdgesOnSelect
          onlyRenderVisibleElements={large}
          attributionPosition="bottom-center"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.6} color="var(--grid-dot)" />
          <Controls showInteractive={false} showFitView={false} position="bottom-left">
            <ControlButton onClick={() => fitReadable(250)} title="Fit view (readable zoom)" aria-label="Fit view">
              <svg
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                aria-hidden="true"
              >
                <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
              </svg>
            </ControlButton>
            <ControlButton onClick={layout} title="Auto-layout: request path left to right" aria-label="Auto-layout">
              <svg
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                aria-hidden="true"
              >
                <rect x="2.5" y="9" width="5" height="6" rx="1" />
                <rect x="16.5" y="3" width="5" height="6" rx="1" />
                <rect x="16.5" y="15" width="5" height="6" rx="1" />
                <path d="M7.5 12h4m0 0V6h5m-5 6v6h5" />
              </svg>
            </ControlButton>
            <ControlButton
              onClick={() => useStudio.getState().setPrefs({ snapToGrid: !prefs.snapToGrid })}
              title={prefs.snapToGrid ? 'Snap to grid: on' : 'Snap to grid: off'}
              aria-label="Snap to grid"
              aria-pressed={prefs.snapToGrid}
              className={prefs.snapToGrid ? '!text-accent' : ''}
            >
              <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
                {[4, 12, 20].flatMap((x) => [4, 12, 20].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="2.2" />))}
              </svg>
            </ControlButton>
            <ControlButton
              onClick={() => useStudio.getState().setPrefs({ minimap: !prefs.minimap })}
              title={prefs.minimap ? 'Hide the minimap' : 'Show the minimap'}
              aria-label="Minimap"
              aria-pressed={prefs.minimap}
              className={prefs.minimap ? '!text-accent' : ''}
            >
              <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
                <rect x="2.5" y="4.5" width="19" height="15" rx="2" />
                <rect x="11" y="11" width="7" height="5" rx="1" fill="currentColor" />
              </svg>
            </ControlButton>
          </Controls>
          {prefs.minimap && !empty && (
            <MiniMap<FlowNode>
              position="bottom-right"
              pannable
              zoomable
              ariaLabel="Minimap of the design"
              style={narrowCanvas ? { width: 132, height: 90 } : { width: 176, height: 120 }}
              nodeColor={minimapColor}
              nodeStrokeColor={minimapStroke}
              nodeStrokeWidth={3}
              nodeComponent={MinimapNodeWithRadius}
            />
          )}
          {!empty && (
            <Panel position="top-left">
              <Legend />
            </Panel>
          )}
          {empty && (
            <Panel position="top-center" className="!m-0 !top-1/2 -translate-y-1/2">
              <EmptyCanvas />
            </Panel>
          )}
        </ReactFlow>
      </CompactContext.Provider>
    </section>
  );
}
