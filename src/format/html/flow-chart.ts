/**
 * Handoffs as a flow: current owner (or the ground) → discipline → new
 * owner (or a role to open), band widths in hours a week. Past
 * LIMITS.flowPeople givers or receivers, the lightest fold into one node.
 * The layout is d3-sankey's, computed here; the page only shows it.
 */
import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { linkHorizontal } from 'd3-shape';
import type { Handoff } from '../../model/audit.js';
import { fmtChange, fmtNumber, groupDigits } from '../wording.js';
import { LIMITS, firstOf, heaviest, others } from './aggregate.js';
import { html } from './escape.js';
import { clip, hoursLabel, num, px, svgOpen } from './svg.js';
import { tableView } from './table.js';
import type { ReportBasis } from './view.js';

export type FlowKind = 'person' | 'ground' | 'others' | 'discipline' | 'role';

export interface FlowNode {
  key: string;
  kind: FlowKind;
  label: string;
  /** Palette index, for discipline nodes. */
  colour?: number;
}

export interface FlowLink {
  source: string;
  target: string;
  hours: number;
  handoffs: number;
  colour: number;
}

export interface FlowView {
  nodes: FlowNode[];
  links: FlowLink[];
  handoffs: number;
  hours: number;
}

const GROUND = 'from:';
const LABEL_GAP = 26;
const OTHER_GIVERS = 'from:*';
const OTHER_RECEIVERS = 'to:*';

export function flowView(basis: ReportBasis): FlowView {
  const { handoffs } = basis.report.audit;
  const colourOf = new Map(basis.columns.map((c) => [c.id, c.colour]));
  const givers = new Map<string, number>();
  const receivers = new Map<string, number>();
  for (const h of handoffs) {
    if (h.from !== null) givers.set(h.from, (givers.get(h.from) ?? 0) + h.effort);
    if (h.to !== null) receivers.set(h.to, (receivers.get(h.to) ?? 0) + h.effort);
  }
  const keptGivers = heaviest(givers, LIMITS.flowPeople);
  const keptReceivers = heaviest(receivers, LIMITS.flowPeople);
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  const node = (key: string, kind: FlowKind, label: string, colour?: number): string => {
    if (!nodes.has(key)) nodes.set(key, { key, kind, label, ...(colour === undefined ? {} : { colour }) });
    return key;
  };
  const link = (source: string, target: string, h: Handoff, colour: number): void => {
    const id = `${source}\u0000${target}`;
    const l = links.get(id);
    if (l) {
      l.hours += h.effort;
      l.handoffs++;
    } else links.set(id, { source, target, hours: h.effort, handoffs: 1, colour });
  };
  let hours = 0;
  for (const h of handoffs) {
    hours += h.effort;
    const colour = colourOf.get(h.discipline) ?? 0;
    const from =
      h.from === null
        ? node(GROUND, 'ground', 'On the ground')
        : keptGivers.kept.has(h.from)
          ? node(`from:${h.from}`, 'person', h.from)
          : node(OTHER_GIVERS, 'others', others(keptGivers.folded.size, 'person', 'people'));
    const via = node(`d:${h.discipline}`, 'discipline', h.discipline, colour);
    const to =
      h.to === null
        ? node(`role:${h.role ?? ''}`, 'role', h.role ?? 'a role')
        : keptReceivers.kept.has(h.to)
          ? node(`to:${h.to}`, 'person', h.to)
          : node(OTHER_RECEIVERS, 'others', others(keptReceivers.folded.size, 'person', 'people'));
    link(from, via, h, colour);
    link(via, to, h, colour);
  }
  return { nodes: [...nodes.values()], links: [...links.values()], handoffs: handoffs.length, hours };
}

type Node = SankeyNode<FlowNode, FlowLink>;
type Link = SankeyLink<FlowNode, FlowLink>;

export function flowChart(view: FlowView, width: number, id: string): string {
  const columns = [0, 0, 0];
  for (const n of view.nodes) columns[n.kind === 'discipline' ? 1 : n.key.startsWith('from:') ? 0 : 2]!++;
  // Node labels take two lines: a gap of LABEL_GAP between nodes keeps them apart however thin the nodes are.
  const height = Math.max(200, Math.max(...columns) * (LABEL_GAP + 14) + 40);
  const side = Math.min(210, width * 0.24);
  const layout = sankey<FlowNode, FlowLink>()
    .nodeId((n) => n.key)
    .nodeWidth(12)
    .nodePadding(LABEL_GAP)
    .extent([
      [side, 10],
      [width - side, height - 10],
    ]);
  const graph = layout({ nodes: view.nodes.map((n) => ({ ...n })), links: view.links.map((l) => ({ ...l, value: l.hours })) });
  const band = linkHorizontal<Link, [number, number]>()
    .source((l) => [(l.source as Node).x1!, l.y0!])
    .target((l) => [(l.target as Node).x0!, l.y1!]);
  const out = [
    svgOpen(
      id,
      width,
      height,
      'Suggested handoffs',
      html(`${view.handoffs} suggested handoffs, ${hoursLabel(view.hours)} hours a week, from their current owner through their discipline to a new owner or a role to open.`),
    ),
  ];
  out.push('<g class="links">');
  for (const l of graph.links) {
    const s = l.source as Node;
    const t = l.target as Node;
    out.push(
      `<path class="link c${l.colour}" d="${band(l)}" stroke-width="${px(Math.max(1, l.width!))}" data-hours="${num(l.hours)}" data-handoffs="${l.handoffs}"><title>${html(`${s.label} → ${t.label}: ${hoursLabel(l.hours)} h a week, ${l.handoffs} ${l.handoffs === 1 ? 'rock' : 'rocks'}`)}</title></path>`,
    );
  }
  out.push('</g>');
  for (const n of graph.nodes) {
    const x0 = n.x0!;
    const y0 = n.y0!;
    const h = Math.max(1, n.y1! - y0);
    const hours = hoursLabel(n.value!);
    const cls = n.kind === 'discipline' ? `node c${n.colour}` : `node n-${n.kind}`;
    const left = n.key.startsWith('from:');
    const mid = y0 + h / 2 + 4;
    const maxChars = Math.floor((side - 18) / 6.7);
    const label =
      n.kind === 'discipline'
        ? `<text class="node-label halo" x="${px(x0 + 16)}" y="${px(mid)}">${html(clip(n.label, 26))}</text>`
        : `<text class="node-label" x="${px(left ? x0 - 6 : x0 + 18)}" y="${px(mid - 5)}"${left ? ' text-anchor="end"' : ''}>${html(clip(n.label, maxChars))}</text>` +
          `<text class="sub" x="${px(left ? x0 - 6 : x0 + 18)}" y="${px(mid + 8)}"${left ? ' text-anchor="end"' : ''}>${n.kind === 'role' ? 'role to open · ' : ''}${hours} h/week</text>`;
    out.push(
      `<g class="flow-node" data-kind="${n.kind}"><title>${html(`${n.kind === 'role' ? 'Open a role: ' : ''}${n.label}: ${hours} h a week`)}</title><rect class="${cls}" x="${px(x0)}" y="${px(y0)}" width="${px(n.x1! - x0)}" height="${px(h)}"/>${label}</g>`,
    );
  }
  out.push('</svg>');
  // Column heads, as HTML over the chart: they never collide with node labels.
  const heads = `<div class="flow-heads"><span>from</span><span>discipline</span><span>to</span></div>`;
  return heads + out.join('');
}

export function handoffTable(basis: ReportBasis, all: boolean): string {
  const handoffs = basis.report.audit.handoffs;
  const { shown, hidden } = all ? { shown: handoffs, hidden: 0 } : firstOf(handoffs, LIMITS.tableRows);
  return tableView({
    caption: 'Table: suggested handoffs',
    head: ['Rock', 'Discipline', 'Hours/week', 'From', 'To'],
    numeric: [2],
    rows: shown.map((h) => [
      { html: html(h.task) },
      { html: html(h.discipline) },
      { html: fmtNumber(h.effort), sort: h.effort },
      { html: h.from === null ? '<span class="muted">on the ground</span>' : html(fmtChange(h.from, h.fromLoad)) },
      { html: h.to === null ? `open a role: ${html(h.role ?? '')}` : html(fmtChange(h.to, h.toLoad)) },
    ]),
    hidden,
    noun: 'handoffs',
  });
}

export function handoffsSummary(basis: ReportBasis): string {
  const { counts } = basis;
  return `${groupDigits(counts.handoffs)} suggested ${counts.handoffs === 1 ? 'handoff' : 'handoffs'}: ${groupDigits(counts.handoffs - counts.toRoles)} to people with the discipline or the skill and spare capacity, ${groupDigits(counts.toRoles)} to roles to open.`;
}
