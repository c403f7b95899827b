/*
 * <onderstroom-map>: the department-connection map, drawn with Cytoscape.js.
 *
 * Fed from Java (map.ui.ConnectionMap) with one JSON document in the `mapData` property; it never computes a
 * figure, it only draws what the server decided may be shown. Suppressed departments and connections arrive
 * without figures and are drawn as grey placeholders.
 *
 * Layout: deterministic positions from the formal department tree (units on a circle, their departments around
 * the unit's centre), overridden by positions the user dragged, remembered per scan in localStorage. So the map
 * looks the same on every visit.
 *
 * Events: `node-click` {id}, `edge-click` {from, to}. Methods: exportPng(fileName), select(kind, id),
 * resetLayout().
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
  stopTheirs?: number; stopOurs?: number; stops?: boolean; change?: number | null;
}
interface MapData { nodes: MapNodeData[]; edges: MapEdgeData[]; }

const RED = [192, 57, 43];
const AMBER = [230, 162, 20];
const GREEN = [39, 139, 87];
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
    new ResizeObserver(() => this._cy && this._cy.resize()).observe(this);
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
        changeLabel: e.change ? (e.change > 0 ? '+' : '−') + Math.abs(e.change).toFixed(1) : '',
      },
      classes: [e.suppressed ? 'suppressed' : '', e.hidden ? 'hidden' : '',
        e.stops ? ((e.stopTheirs || 0) >= (e.stopOurs || 0) ? 'stops stops-theirs' : 'stops stops-ours') : '',
        e.change && e.change > 0 ? 'improved' : '', e.change && e.change < 0 ? 'worsened' : ''].join(' ').trim(),
    }));
    const selected = this._cy.$(':selected').map((el: any) => el.id());
    const keepView = structure === this._structure;
    const pan = this._cy.pan();
    const zoom = this._cy.zoom();
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
      this._cy.fit(undefined, 30);
    }
    this._structure = structure;
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

  /** Saved positions where present, else the tree layout. */
  private positions(nodes: MapNodeData[]): Record<string, { x: number; y: number }> {
    const layout = treeLayout(nodes);
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

  /** Selects a department ('node', id) or a connection ('edge', 'from-to') and brings it into view. */
  select(kind: string, id: string) {
    if (!this._cy) {
      return;
    }
    this._cy.$(':selected').unselect();
    const el = this._cy.$id(kind === 'node' ? 'd' + id : 'e' + id);
    if (el.nonempty()) {
      el.select();
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
        label: 'data(name)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 110, color: '#1d2a33',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 2,
        'border-width': 1, 'border-color': '#ffffff' } },
      { selector: 'node.suppressed', style: {
        'background-color': '#e3e6e8', 'border-style': 'dashed', 'border-width': 2, 'border-color': '#9aa5ad',
        color: '#6b7780' } },
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
