/*
 * <onderstroom-map>: the department-connection map, drawn with Cytoscape.js.
 *
 * Fed from Java (map.ui.ConnectionMap) with one JSON document in the `mapData` property; it never computes a
 * figure, it only draws what the server decided may be shown. Suppressed departments and connections arrive
 * without figures and are drawn as grey placeholders.
 *
 * Layout: deterministic positions from the formal department tree (units on a circle, their departments around
 * the unit's centre), stretched to the canvas at zoom 1 and then pushed apart until no two departments (circle and
 * name) overlap, so names stay readable and nothing is cut off at the canvas edge. Positions the user dragged are
 * remembered per scan in localStorage. The same organisation on the same screen looks the same on every visit.
 *
 * Numbers drawn on the canvas (the wave change on a line) arrive formatted in the user's locale (`changeLabel`).
 *
 * Events: `node-click` {id}, `edge-click` {from, to}. Methods: exportPng(fileName), select(kind, id, centre),
 * fitAll(), resetLayout().
 */
import { LitElement, html, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import cytoscape from 'cytoscape';

interface MapNodeData {
  id: string; dept: number; name: string; parent: number | null; suppressed: boolean; hidden: boolean;
  respondents?: number; cohesion?: number | null; island?: boolean; broker?: boolean; cluster?: number | null;
}
interface MapEdgeData {
  id: string; from: number; to: number; suppressed: boolean; hidden: boolean;
  flow?: number | null; frequency?: number | null; stopsShare?: number | null;
  stopTheirs?: number; stopOurs?: number; stops?: boolean; change?: number | null; changeLabel?: string | null;
}
interface MapData { nodes: MapNodeData[]; edges: MapEdgeData[]; }

// at least 3:1 against the canvas (WCAG 1.4.11 for graphics); the same scale as Figures.ratingColour in Java
const RED = [192, 57, 43];
const AMBER = [196, 128, 0];
const GREEN = [39, 139, 87];
const FONT_FAMILY = 'Helvetica, Arial, sans-serif';
const FONT_SIZE = 13;
const LINE_HEIGHT = 16;
const LABEL_MAX_WIDTH = 120;
const LABEL_MARGIN = 4;
const LABEL_PADDING = 2;
/** Room kept free around the drawing, in pixels. */
const PADDING = 24;
/** Smallest gap between two departments' boxes (circle and name), in pixels. */
const GAP = 6;
/** The widest ring a mark adds around a circle (island ring, cluster halo). */
const MARK_ROOM = 10;
const CLUSTER_COLOURS = ['#1f77b4', '#9467bd', '#e377c2', '#17becf', '#8c564b', '#bcbd22', '#ff7f0e', '#7f7f7f'];

/** 1 (red) .. 3 (amber) .. 5 (green). */
export function ratingColour(value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return '#9aa5ad';
  }
  const t = Math.max(0, Math.min(1, (value - 1) / 4));
  const [a, b, u] = t < 0.5 ? [RED, AMBER, t * 2] : [AMBER, GREEN, (t - 0.5) * 2];
  const c = a.map((x, i) => Math.round(x + (b[i] - x) * u));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

@customElement('onderstroom-map')
export class OnderstroomMap extends LitElement {

  /** The map as JSON (see ConnectionMap.java). */
  @property({ type: String }) mapData = '';
  /** Key for remembered positions, e.g. the scan id. */
  @property({ type: String }) layoutKey = '';
  @property({ type: Boolean }) showIslands = false;
  @property({ type: Boolean }) showBrokers = false;
  @property({ type: Boolean }) showClusters = false;
  @property({ type: Boolean }) showChanges = false;

  private _cy: any = null;
  private _structure = '';
  private _nodes: MapNodeData[] = [];
  private _size = '';
  private _resizeTimer: any = null;

  /** Light DOM: Cytoscape's canvases and pointer handling work without shadow-root surprises. */
  protected createRenderRoot() {
    return this;
  }

  /** The Cytoscape instance (for tests that tap an element as a user would). */
  get cy(): any {
    return this._cy;
  }

  render() {
    return html`<div class="onderstroom-map-canvas" style="position:absolute;inset:0"></div>`;
  }

  protected firstUpdated() {
    const container = this.querySelector('.onderstroom-map-canvas') as HTMLElement;
    this._cy = cytoscape({
      container,
      elements: [],
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: this.styles(),
    });
    this._cy.on('tap', 'node', (e: any) => {
      const id = e.target.data('dept');
      this.dispatchEvent(new CustomEvent('node-click', { detail: { id } }));
    });
    this._cy.on('tap', 'edge', (e: any) => {
      this.dispatchEvent(new CustomEvent('edge-click', { detail: { from: e.target.data('from'), to: e.target.data('to') } }));
    });
    this._cy.on('dragfree', 'node', () => this.savePositions());
    new ResizeObserver(() => {
      clearTimeout(this._resizeTimer);
      this._resizeTimer = setTimeout(() => this.onResize(), 120);
    }).observe(this);
    this.draw();
  }

  protected updated(changed: PropertyValues) {
    if (this._cy && (changed.has('mapData') || changed.has('layoutKey'))) {
      this.draw();
    }
    if (this._cy && (changed.has('showIslands') || changed.has('showBrokers') || changed.has('showClusters')
        || changed.has('showChanges'))) {
      this.applyToggles();
    }
  }

  private parsed(): MapData {
    try {
      return this.mapData ? JSON.parse(this.mapData) : { nodes: [], edges: [] };
    } catch (e) {
      return { nodes: [], edges: [] };
    }
  }

  private draw() {
    const data = this.parsed();
    const structure = data.nodes.map((n) => n.id + ':' + n.parent).join(',') + '|' + this.layoutKey;
    const maxRespondents = Math.max(1, ...data.nodes.map((n) => n.respondents || 0));
    const nodes = data.nodes.map((n) => ({
      group: 'nodes',
      data: {
        ...n,
        size: n.suppressed ? 26 : 26 + 34 * Math.sqrt((n.respondents || 0) / maxRespondents),
        colour: n.suppressed ? '#d5d8dc' : ratingColour(n.cohesion),
        clusterColour: n.cluster ? CLUSTER_COLOURS[(n.cluster - 1) % CLUSTER_COLOURS.length] : '#ffffff',
      },
      classes: [n.suppressed ? 'suppressed' : '', n.hidden ? 'hidden' : '', n.island ? 'island' : '',
        n.broker ? 'broker' : '', n.cluster ? 'clustered' : ''].join(' ').trim(),
    }));
    const edges = data.edges.map((e) => ({
      group: 'edges',
      data: {
        ...e,
        source: 'd' + e.from,
        target: 'd' + e.to,
        colour: e.suppressed ? '#c4c9ce' : ratingColour(e.flow),
        width: e.suppressed ? 1 : 1.5 + 2 * (e.frequency || 0),
        changeLabel: e.changeLabel || '',
      },
      classes: [e.suppressed ? 'suppressed' : '', e.hidden ? 'hidden' : '',
        e.stops ? ((e.stopTheirs || 0) >= (e.stopOurs || 0) ? 'stops stops-theirs' : 'stops stops-ours') : '',
        e.change && e.change > 0 ? 'improved' : '', e.change && e.change < 0 ? 'worsened' : ''].join(' ').trim(),
    }));
    const selected = this._cy.$(':selected').map((el: any) => el.id());
    const keepView = structure === this._structure;
    const pan = this._cy.pan();
    const zoom = this._cy.zoom();
    this._nodes = data.nodes;
    this._cy.batch(() => {
      this._cy.elements().remove();
      this._cy.add([...nodes, ...edges]);
      const positions = this.positions(data.nodes);
      this._cy.nodes().forEach((node: any) => node.position(positions[node.id()]));
      selected.forEach((id: string) => this._cy.$id(id).select());
    });
    this.applyToggles();
    if (keepView) {
      this._cy.viewport({ zoom, pan });
    } else {
      this.fitView();
    }
    this._structure = structure;
  }

  /** The whole drawing in view with room around it; never enlarged beyond 1.5 times. */
  private fitView() {
    this._cy.fit(undefined, PADDING);
    if (this._cy.zoom() > 1.5) {
      this._cy.zoom(1.5);
      this._cy.center();
    }
  }

  /** After a resize: lay out again for the new size, unless the user arranged the map by hand. */
  private onResize() {
    if (!this._cy) {
      return;
    }
    this._cy.resize();
    const size = this.clientWidth + 'x' + this.clientHeight;
    if (size === this._size || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    this._size = size;
    if (Object.keys(this.loadPositions()).length === 0) {
      const positions = this.positions(this._nodes);
      this._cy.batch(() => this._cy.nodes().forEach((node: any) => node.position(positions[node.id()])));
    }
    this.fitView();
  }

  private applyToggles() {
    this.classList.toggle('show-islands', this.showIslands);
    this._cy.batch(() => {
      this._cy.nodes('.island').toggleClass('mark-island', this.showIslands);
      this._cy.nodes('.broker').toggleClass('mark-broker', this.showBrokers);
      this._cy.nodes('.clustered').toggleClass('mark-cluster', this.showClusters);
      this._cy.edges('.improved, .worsened').toggleClass('mark-change', this.showChanges);
    });
  }

  /** Saved positions where present, else the tree layout fitted to the canvas without overlaps. */
  private positions(nodes: MapNodeData[]): Record<string, { x: number; y: number }> {
    const sizes: Record<string, number> = {};
    this._cy.nodes().forEach((n: any) => { sizes[n.id()] = n.data('size'); });
    const layout = arrange(treeLayout(nodes), nodes.map((n) => box(n, sizes[n.id] || 26)),
      this.clientWidth, this.clientHeight);
    const saved = this.loadPositions();
    Object.keys(saved).forEach((id) => {
      if (layout[id]) {
        layout[id] = saved[id];
      }
    });
    return layout;
  }

  private storageKey() {
    return 'onderstroom-map-positions-' + this.layoutKey;
  }

  private loadPositions(): Record<string, { x: number; y: number }> {
    if (!this.layoutKey) {
      return {};
    }
    try {
      return JSON.parse(window.localStorage.getItem(this.storageKey()) || '{}');
    } catch (e) {
      return {};
    }
  }

  private savePositions() {
    if (!this.layoutKey) {
      return;
    }
    const positions: Record<string, { x: number; y: number }> = {};
    this._cy.nodes().forEach((n: any) => {
      positions[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) };
    });
    try {
      window.localStorage.setItem(this.storageKey(), JSON.stringify(positions));
    } catch (e) {
      // storage full or disabled: the layout is then only stable by the tree
    }
  }

  /** Forgets dragged positions and goes back to the tree layout. */
  resetLayout() {
    if (this.layoutKey) {
      window.localStorage.removeItem(this.storageKey());
    }
    this._structure = '';
    this.draw();
  }

  /**
   * Selects a department ('node', id) or a connection ('edge', 'from-to'); with `centre`, also moves the map so that
   * it is in the middle (at least at zoom 1, so its name is readable) and lets it flash briefly.
   */
  select(kind: string, id: string, centre = false) {
    if (!this._cy) {
      return;
    }
    this._cy.$(':selected').unselect();
    const el = this._cy.$id(kind === 'node' ? 'd' + id : 'e' + id);
    if (el.nonempty()) {
      el.select();
      if (centre) {
        // the pan that puts it in the middle at the target zoom (Cytoscape's `center` uses the zoom it starts from)
        const zoom = Math.max(this._cy.zoom(), 1);
        const at = kind === 'node' ? el.position() : el.midpoint();
        this._cy.stop();
        this._cy.animate({ zoom, pan: { x: this._cy.width() / 2 - at.x * zoom, y: this._cy.height() / 2 - at.y * zoom } },
          { duration: 300 });
        el.addClass('found');
        setTimeout(() => el.removeClass('found'), 1600);
      }
    }
  }

  /** Shows the whole map again. */
  fitAll() {
    if (this._cy) {
      this._cy.stop();
      this.fitView();
    }
  }

  /** Downloads the map as it is drawn, as a PNG. */
  exportPng(fileName: string) {
    if (!this._cy) {
      return;
    }
    const blob = this._cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName || 'map.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  private styles(): any[] {
    return [
      { selector: 'node', style: {
        'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
        label: 'data(name)', 'font-size': FONT_SIZE, 'font-family': FONT_FAMILY, 'line-height': LINE_HEIGHT / FONT_SIZE,
        'text-valign': 'bottom', 'text-margin-y': LABEL_MARGIN,
        'text-wrap': 'wrap', 'text-max-width': LABEL_MAX_WIDTH, color: '#1d2a33',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
        'text-background-padding': LABEL_PADDING,
        'border-width': 1, 'border-color': '#ffffff' } },
      { selector: 'node.suppressed', style: {
        'background-color': '#e3e6e8', 'border-style': 'dashed', 'border-width': 2, 'border-color': '#7b8790',
        color: '#4f5b64' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'control-point-step-size': 30, width: 'data(width)', 'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)', 'source-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 1.1, opacity: 0.9 } },
      { selector: 'edge.suppressed', style: {
        'line-style': 'dashed', 'line-dash-pattern': [4, 4], 'target-arrow-shape': 'none', opacity: 0.6 } },
      { selector: 'edge.stops', style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 5] } },
      { selector: 'edge.stops-theirs', style: { 'target-arrow-shape': 'tee', 'mid-target-arrow-shape': 'triangle',
        'mid-target-arrow-color': 'data(colour)', 'arrow-scale': 1.6 } },
      { selector: 'edge.stops-ours', style: { 'source-arrow-shape': 'tee', 'arrow-scale': 1.6 } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: 'node.mark-island', style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#0b3c5d' } },
      { selector: 'node.mark-broker', style: { shape: 'diamond' } },
      { selector: 'node.mark-cluster', style: {
        'underlay-color': 'data(clusterColour)', 'underlay-padding': 10, 'underlay-opacity': 0.35,
        'underlay-shape': 'ellipse' } },
      { selector: 'edge.mark-change', style: { label: 'data(changeLabel)', 'font-size': 12, 'font-weight': 'bold',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'underlay-padding': 4,
        'underlay-opacity': 0.35 } },
      { selector: 'edge.mark-change.improved', style: { 'underlay-color': '#278b57', color: '#1d6b43' } },
      { selector: 'edge.mark-change.worsened', style: { 'underlay-color': '#c0392b', color: '#a3281c' } },
      { selector: ':selected', style: { 'overlay-color': '#1f4e79', 'overlay-opacity': 0.3, 'overlay-padding': 8 } },
      { selector: 'node.found', style: { 'overlay-color': '#1f4e79', 'overlay-opacity': 0.45, 'overlay-padding': 14 } },
    ];
  }
}

/**
 * Positions from the formal tree: the formal units (top-level departments, or the level below a single root)
 * on a circle, each unit's departments on a small circle around the unit's place. Same input, same picture.
 */
export function treeLayout(nodes: MapNodeData[]): Record<string, { x: number; y: number }> {
  const byId = new Map<number, MapNodeData>();
  nodes.forEach((n) => byId.set(n.dept, n));
  const roots = nodes.filter((n) => n.parent === null || !byId.has(n.parent));
  const unitOf = (n: MapNodeData): number => {
    let current = n;
    let below: MapNodeData | null = null;
    const seen = new Set<number>();
    while (current.parent !== null && byId.has(current.parent) && !seen.has(current.dept)) {
      seen.add(current.dept);
      below = current;
      current = byId.get(current.parent)!;
    }
    return roots.length === 1 && below ? below.dept : current.dept;
  };
  const units = new Map<number, MapNodeData[]>();
  [...nodes].sort((a, b) => a.dept - b.dept).forEach((n) => {
    const u = unitOf(n);
    if (!units.has(u)) {
      units.set(u, []);
    }
    units.get(u)!.push(n);
  });
  const unitIds = [...units.keys()].sort((a, b) => a - b);
  const positions: Record<string, { x: number; y: number }> = {};
  const memberRadius = (u: number) => {
    const count = units.get(u)!.filter((m) => m.dept !== u).length;
    return count === 0 ? 0 : Math.max(150, (count * 120) / (2 * Math.PI));
  };
  const largest = Math.max(0, ...unitIds.map(memberRadius));
  // far enough apart that neighbouring units' circles (with their labels) do not overlap
  const ring = unitIds.length < 2 ? 0 : Math.max(260, (largest + 110) / Math.sin(Math.PI / unitIds.length));
  unitIds.forEach((u, i) => {
    const angle = (2 * Math.PI * i) / unitIds.length - Math.PI / 2;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    const members = units.get(u)!;
    // the unit itself in the middle, its departments around it
    const centre = members.find((m) => m.dept === u);
    const others = members.filter((m) => m.dept !== u);
    if (centre) {
      positions[centre.id] = { x: Math.round(cx), y: Math.round(cy) };
    }
    const r = others.length === 1 && !centre ? 0 : memberRadius(u);
    others.forEach((m, j) => {
      const a = (2 * Math.PI * j) / others.length + angle;
      positions[m.id] = { x: Math.round(cx + r * Math.cos(a)), y: Math.round(cy + r * Math.sin(a)) };
    });
  });
  return positions;
}

interface Box { id: string; width: number; top: number; bottom: number; }

let measure: CanvasRenderingContext2D | null = null;

/** A department's box at zoom 1, relative to its centre: the circle with room for marks, and its name below. */
export function box(n: MapNodeData, size: number): Box {
  if (!measure) {
    measure = document.createElement('canvas').getContext('2d');
  }
  let lines = 1;
  let widest = 0;
  if (measure) {
    measure.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
    // the same greedy wrapping as Cytoscape's 'text-wrap: wrap' at 'text-max-width'
    let line = '';
    n.name.split(/\s+/).forEach((word) => {
      const next = line ? line + ' ' + word : word;
      if (line && measure!.measureText(next).width > LABEL_MAX_WIDTH) {
        widest = Math.max(widest, measure!.measureText(line).width);
        lines++;
        line = word;
      } else {
        line = next;
      }
    });
    widest = Math.min(LABEL_MAX_WIDTH, Math.max(widest, measure.measureText(line).width));
  } else {
    widest = Math.min(LABEL_MAX_WIDTH, n.name.length * 7);
  }
  const circle = size + 2 * MARK_ROOM;
  return {
    id: n.id,
    width: Math.max(circle, widest + 2 * LABEL_PADDING + 2),
    top: circle / 2,
    bottom: size / 2 + LABEL_MARGIN + lines * LINE_HEIGHT + 2 * LABEL_PADDING + 2,
  };
}

/**
 * Stretches the tree layout over a canvas of width x height (at zoom 1, keeping PADDING free) and then pushes
 * overlapping departments apart, in a fixed order, so the result depends only on the input and the canvas size.
 * When the canvas is too small for all names, departments may end up beyond it; the caller's fit then zooms out.
 */
export function arrange(raw: Record<string, { x: number; y: number }>, boxes: Box[], width: number, height: number)
    : Record<string, { x: number; y: number }> {
  const items = boxes.filter((b) => raw[b.id]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (items.length === 0 || width <= 0 || height <= 0) {
    return raw;
  }
  const xs = items.map((b) => raw[b.id].x);
  const ys = items.map((b) => raw[b.id].y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX;
  const spanY = Math.max(...ys) - minY;
  const halfWidth = Math.max(...items.map((b) => b.width / 2));
  const top = Math.max(...items.map((b) => b.top));
  const bottom = Math.max(...items.map((b) => b.bottom));
  const left = PADDING + halfWidth;
  const right = width - PADDING - halfWidth;
  const upper = PADDING + top;
  const lower = height - PADDING - bottom;
  const roomX = Math.max(0, right - left);
  const roomY = Math.max(0, lower - upper);
  // stretch each axis to the room there is, but not more than 2.5 times the other's scale (a circle stays round-ish)
  let sx = spanX > 0 ? roomX / spanX : 0;
  let sy = spanY > 0 ? roomY / spanY : 0;
  if (spanX > 0 && spanY > 0) {
    sx = Math.min(sx, 2.5 * sy);
    sy = Math.min(sy, 2.5 * sx);
  }
  const offsetX = left + (roomX - sx * spanX) / 2;
  const offsetY = upper + (roomY - sy * spanY) / 2;
  const pos = items.map((b) => ({ x: offsetX + sx * (raw[b.id].x - minX), y: offsetY + sy * (raw[b.id].y - minY) }));
  // first within the canvas; when that cannot resolve every overlap, beyond it (the fit then zooms out a little)
  let bounded = true;
  const clamp = (i: number) => {
    if (!bounded) {
      return;
    }
    const b = items[i];
    if (right >= left) {
      pos[i].x = Math.min(Math.max(pos[i].x, PADDING + b.width / 2), width - PADDING - b.width / 2);
    }
    if (lower >= upper) {
      pos[i].y = Math.min(Math.max(pos[i].y, PADDING + b.top), height - PADDING - b.bottom);
    }
  };
  for (let round = 0; round < 400; round++) {
    bounded = round < 200;
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        const overlapX = (a.width + b.width) / 2 + GAP - Math.abs(pos[i].x - pos[j].x);
        // vertical extent: a above b when a's centre is higher
        const aAbove = pos[i].y <= pos[j].y;
        const overlapY = aAbove ? pos[i].y + a.bottom + GAP - (pos[j].y - b.top)
          : pos[j].y + b.bottom + GAP - (pos[i].y - a.top);
        if (overlapX <= 0 || overlapY <= 0) {
          continue;
        }
        moved = true;
        // push along the axis that needs the smaller move; a tie in position goes by order, so it stays fixed
        if (overlapX <= overlapY) {
          const dir = pos[i].x < pos[j].x || (pos[i].x === pos[j].x && i < j) ? -1 : 1;
          pos[i].x += (dir * overlapX) / 2;
          pos[j].x -= (dir * overlapX) / 2;
        } else {
          const dir = aAbove ? -1 : 1;
          pos[i].y += (dir * overlapY) / 2;
          pos[j].y -= (dir * overlapY) / 2;
        }
        clamp(i);
        clamp(j);
      }
    }
    if (!moved) {
      break;
    }
  }
  const result: Record<string, { x: number; y: number }> = { ...raw };
  items.forEach((b, i) => { result[b.id] = { x: Math.round(pos[i].x), y: Math.round(pos[i].y) }; });
  return result;
}
