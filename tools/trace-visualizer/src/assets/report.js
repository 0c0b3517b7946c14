"use strict";
// The report page. Data: #overview-data (parsed at load) and one
// #trace-detail-N element per trace (parsed when the trace is first shown).
// Every view is built on first use, and long lists are paginated, so that a
// log with hundreds of traces opens without freezing the page.
(function () {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const PAGE_SIZE = 50;
  const ROOTS_PER_PAGE = 25;
  const EVENTS_PER_PAGE = 100;

  const data = JSON.parse(document.getElementById("overview-data").textContent);
  const traceById = new Map(data.traces.map((t) => [t.id, t]));
  const detailCache = new Map();

  // The largest exit count in the run: heat colors and "hot" are relative to it.
  let maxExitCount = 0;
  for (const t of data.traces) for (const e of t.exits) maxExitCount = Math.max(maxExitCount, e.count);
  // An exit is "hot" when taken at least a fifth as often as the run's most
  // taken exit (and at least twice): those are the ones worth a side trace.
  const hotThreshold = Math.max(2, maxExitCount / 5);

  // ---------- small helpers ----------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }
  const fmtInt = (n) => (n === null || n === undefined ? "" : Number(n).toLocaleString("en-US"));
  function fmtUs(us) {
    if (us === null || us === undefined) return "";
    if (us >= 1e6) return (us / 1e6).toFixed(2) + " s";
    if (us >= 1e3) return (us / 1e3).toFixed(us >= 1e5 ? 0 : 1) + " ms";
    return Math.round(us) + " µs";
  }
  const loc = (o) => `${o.file}:${o.line}`;
  function kindBadge(kind) {
    const known = ["loop", "side", "function"].includes(kind) ? kind : "other";
    return el("span", { class: "kind kind-" + known, text: kind });
  }
  function heatColor(count) {
    if (!count) return "hsl(0 0% 93%)";
    const f = Math.min(1, Math.log1p(count) / Math.log1p(maxExitCount || 1));
    return `hsl(${55 - 55 * f} 95% ${80 - 20 * f}%)`;
  }
  function traceLink(id, label) {
    return el("a", { href: "#trace/" + id, text: label || "T" + id });
  }
  function exitCountOf(trace, exit) {
    const e = trace.exits.find((x) => x.exit === exit);
    return e ? e.count : 0;
  }
  function detailOf(id) {
    if (!detailCache.has(id)) {
      const node = document.getElementById("trace-detail-" + id);
      detailCache.set(id, node ? JSON.parse(node.textContent) : null);
    }
    return detailCache.get(id);
  }
  function pager(total, perPage, page, onPage) {
    const pages = Math.max(1, Math.ceil(total / perPage));
    if (pages <= 1) return el("span", { class: "pager muted", text: `${fmtInt(total)} shown` });
    const go = (p) => () => onPage(Math.min(pages - 1, Math.max(0, p)));
    return el("span", { class: "pager" },
      el("button", { onclick: go(0), disabled: page === 0, text: "«" }),
      el("button", { onclick: go(page - 1), disabled: page === 0, text: "‹" }),
      ` page ${page + 1} of ${pages} (${fmtInt(total)}) `,
      el("button", { onclick: go(page + 1), disabled: page >= pages - 1, text: "›" }),
      el("button", { onclick: go(pages - 1), disabled: page >= pages - 1, text: "»" }));
  }

  // ---------- header ----------
  function renderHeader() {
    document.getElementById("title").textContent = "JIT traces" + (data.program ? ": " + data.program : "");
    const kinds = {};
    for (const t of data.traces) kinds[t.kind] = (kinds[t.kind] || 0) + 1;
    const compileUs = data.traces.reduce((s, t) => s + (t.times_us.compile || 0), 0);
    const stat = (label, value) => el("span", { class: "stat" }, label + " ", el("b", { text: value }));
    const info = document.getElementById("run-info");
    info.append(
      stat("traces", fmtInt(data.traces.length) + (Object.keys(kinds).length ? " (" + Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(", ") + ")" : "")),
      stat("aborts", fmtInt(data.aborts.length)),
      stat("blacklisted", fmtInt(data.blacklists.length)),
      stat("compile time", fmtUs(compileUs)),
      data.summary ? stat("run time", fmtUs(data.summary.t)) : stat("run", "no summary (cut off?)"),
      stat("argv", data.argv.join(" ") || "-"),
      stat("code", data.arch));
    if (data.warnings.length) {
      info.append(el("details", { class: "warnings" },
        el("summary", { text: `${data.warnings.length} warning(s) while reading the log` }),
        el("ul", null, ...data.warnings.map((w) => el("li", { text: w })))));
    }
  }

  // ---------- overview ----------
  const TRACE_COLUMNS = [
    { key: "id", label: "Trace", num: true, cell: (t) => traceLink(t.id) },
    { key: "kind", label: "Kind", cell: (t) => kindBadge(t.kind) },
    { key: "start", label: "Start", sortValue: (t) => `${t.file}\u0000${String(t.line).padStart(9, "0")}`, cell: (t) => `${loc(t)} ${t.func} pc ${t.pc}` },
    { key: "parent", label: "Parent", num: true, sortValue: (t) => (t.parent === null ? -1 : t.parent), cell: (t) => (t.parent === null ? "" : el("span", null, traceLink(t.parent), ` exit ${t.parent_exit}`)) },
    { key: "link", label: "Link", cell: (t) => (t.link_target !== null ? traceLink(t.link_target, t.link) : t.link) },
    { key: "ir_after", label: "IR", num: true, title: "IR instructions after optimization (before)", cell: (t) => `${t.ir_after} (${t.ir_before})` },
    { key: "guards", label: "Guards", num: true },
    { key: "code_size", label: "Code bytes", num: true, cell: (t) => fmtInt(t.code_size) },
    { key: "compile", label: "Compile", num: true, sortValue: (t) => t.times_us.compile, cell: (t) => fmtUs(t.times_us.compile) },
    { key: "entered", label: "Entered", num: true, cell: (t) => fmtInt(t.entered) },
    { key: "exits_total", label: "Exits taken", num: true, cell: (t) => fmtInt(t.exits_total) },
    { key: "hottest", label: "Hottest exit", num: true, sortValue: hottestCount, cell: (t) => {
      const h = hottest(t);
      return h ? el("span", { class: "badge", style: `background:${heatColor(h.count)}`, text: `exit ${h.exit} ×${fmtInt(h.count)}` }) : "";
    } },
  ];
  function hottest(t) {
    let best = null;
    for (const e of t.exits) if (!best || e.count > best.count) best = e;
    return best;
  }
  function hottestCount(t) { const h = hottest(t); return h ? h.count : 0; }

  const overviewState = { sortKey: "id", sortDir: 1, filter: "", page: 0, abortPage: 0 };

  function sortedFilteredTraces() {
    const column = TRACE_COLUMNS.find((c) => c.key === overviewState.sortKey);
    const value = column.sortValue || ((t) => t[column.key]);
    const needle = overviewState.filter.trim().toLowerCase();
    const rows = needle
      ? data.traces.filter((t) => `t${t.id} ${t.kind} ${t.file}:${t.line} ${t.func} ${t.link}`.toLowerCase().includes(needle))
      : data.traces.slice();
    rows.sort((a, b) => {
      const x = value(a), y = value(b);
      return (x < y ? -1 : x > y ? 1 : a.id - b.id) * overviewState.sortDir;
    });
    return rows;
  }

  function renderOverview() {
    const view = document.getElementById("view-overview");
    view.textContent = "";
    view.append(el("h2", { text: "Traces" }));
    const tableBox = el("div", { id: "trace-table-box" });
    const filter = el("input", { type: "search", placeholder: "filter: T12, side, bench.py:30, function name…", value: overviewState.filter });
    filter.addEventListener("input", () => { overviewState.filter = filter.value; overviewState.page = 0; renderTraceTable(tableBox); });
    view.append(el("div", { class: "toolbar" }, filter), tableBox);
    renderTraceTable(tableBox);

    view.append(el("h2", { text: `Aborted attempts (${fmtInt(data.aborts.length)})` }));
    const reasons = {};
    for (const a of data.aborts) reasons[a.reason] = (reasons[a.reason] || 0) + 1;
    view.append(el("div", null, ...Object.entries(reasons).sort((a, b) => b[1] - a[1]).map(([r, n]) => el("span", { class: "chip", text: `${r}: ${n}` }))));
    const abortBox = el("div", { id: "abort-table-box" });
    view.append(abortBox);
    renderAbortTable(abortBox);

    // Blacklist events, plus spots the summary lists without an event (a log
    // written only partly, for example).
    const spotKey = (b) => `${b.file}\u0000${b.line}\u0000${b.func}\u0000${b.pc}`;
    const seenSpots = new Set(data.blacklists.map(spotKey));
    const spots = data.blacklists.concat(((data.summary && data.summary.blacklisted) || [])
      .filter((b) => !seenSpots.has(spotKey(b))).map((b) => ({ ...b, t: null, aborts: null, backoff: null })));
    view.append(el("h2", { text: `Blacklisted spots (${fmtInt(spots.length)})` }));
    if (!spots.length) view.append(el("p", { class: "muted", text: "None." }));
    else view.append(el("table", { class: "grid", id: "blacklist-table" },
      el("thead", null, el("tr", null, ...["Time", "Location", "Function", "pc", "Aborts", "Backoff"].map((h) => el("th", { text: h })))),
      el("tbody", null, ...spots.map((b) => el("tr", null,
        el("td", { class: "num", text: b.t === null ? "(summary)" : fmtUs(b.t) }), el("td", { text: loc(b) }), el("td", { text: b.func }),
        el("td", { class: "num", text: b.pc }), el("td", { class: "num", text: b.aborts ?? "" }), el("td", { class: "num", text: fmtInt(b.backoff) }))))));
  }

  function renderTraceTable(box) {
    const rows = sortedFilteredTraces();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    overviewState.page = Math.min(overviewState.page, pages - 1);
    const pageRows = rows.slice(overviewState.page * PAGE_SIZE, (overviewState.page + 1) * PAGE_SIZE);
    const head = el("tr", null, ...TRACE_COLUMNS.map((c) => {
      const sorted = c.key === overviewState.sortKey ? (overviewState.sortDir > 0 ? " sorted-asc" : " sorted-desc") : "";
      return el("th", { class: "sortable" + (c.num ? " num" : "") + sorted, title: c.title, text: c.label, onclick: () => {
        if (overviewState.sortKey === c.key) overviewState.sortDir = -overviewState.sortDir;
        else { overviewState.sortKey = c.key; overviewState.sortDir = c.num ? -1 : 1; }
        renderTraceTable(box);
      } });
    }));
    const body = el("tbody");
    for (const t of pageRows) {
      const tr = el("tr", { class: "clickable", "data-trace": t.id });
      for (const c of TRACE_COLUMNS) {
        const v = c.cell ? c.cell(t) : String(t[c.key]);
        tr.append(el("td", { class: c.num ? "num" : "" }, v));
      }
      body.append(tr);
    }
    body.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return;
      const tr = ev.target.closest("tr[data-trace]");
      if (tr) location.hash = "#trace/" + tr.dataset.trace;
    });
    box.textContent = "";
    box.append(
      el("div", { class: "toolbar" }, pager(rows.length, PAGE_SIZE, overviewState.page, (p) => { overviewState.page = p; renderTraceTable(box); })),
      rows.length ? el("table", { class: "grid", id: "trace-table" }, el("thead", null, head), body)
        : el("p", { class: "muted", text: data.traces.length ? "No trace matches the filter." : "No trace was compiled." }));
  }

  function renderAbortTable(box) {
    box.textContent = "";
    if (!data.aborts.length) { box.append(el("p", { class: "muted", text: "None." })); return; }
    const page = overviewState.abortPage;
    const rows = data.aborts.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    box.append(
      el("div", { class: "toolbar" }, pager(data.aborts.length, PAGE_SIZE, page, (p) => { overviewState.abortPage = p; renderAbortTable(box); })),
      el("table", { class: "grid", id: "abort-table" },
        el("thead", null, el("tr", null, ...["Time", "Attempt", "Reason", "Location", "Function", "pc"].map((h) => el("th", { text: h })))),
        el("tbody", null, ...rows.map((a) => el("tr", null,
          el("td", { class: "num", text: fmtUs(a.t) }), el("td", { class: "num", text: "#" + a.trace }), el("td", { text: a.reason }),
          el("td", { text: loc(a) }), el("td", { text: a.func }), el("td", { class: "num", text: a.pc }))))));
  }

  // ---------- trace tree ----------
  const treeState = { page: 0, shownFor: null };
  function treeRoots() {
    return data.traces.filter((t) => t.parent === null || !traceById.has(t.parent));
  }
  // The root above a trace (a malformed log may have parent cycles).
  function rootOf(id) {
    let trace = traceById.get(id);
    const seen = new Set();
    while (trace && trace.parent !== null && traceById.has(trace.parent) && !seen.has(trace.id)) {
      seen.add(trace.id);
      trace = traceById.get(trace.parent);
    }
    return trace;
  }
  // Lays one root's tree out left to right: x by depth, y by leaf order. Hot
  // exits that never got a side trace appear as dashed stubs.
  function layoutTree(root) {
    const nodes = [], edges = [];
    let nextRow = 0;
    function visit(trace, depth) {
      const kids = trace.children.map((id) => traceById.get(id)).filter(Boolean)
        .sort((a, b) => (a.parent_exit ?? 0) - (b.parent_exit ?? 0));
      const withChild = new Set(kids.map((k) => k.parent_exit));
      const stubs = trace.exits.filter((e) => e.count >= hotThreshold && !withChild.has(e.exit))
        .sort((a, b) => b.count - a.count).slice(0, 3);
      const childRows = [];
      for (const kid of kids) {
        const kidNode = visit(kid, depth + 1);
        childRows.push(kidNode.row);
        edges.push({ from: trace.id, to: kid.id, exit: kid.parent_exit, count: exitCountOf(trace, kid.parent_exit) });
      }
      for (const s of stubs) {
        const stubNode = { stub: true, id: `${trace.id}-stub-${s.exit}`, depth: depth + 1, row: nextRow++ };
        nodes.push(stubNode);
        childRows.push(stubNode.row);
        edges.push({ from: trace.id, to: stubNode.id, exit: s.exit, count: s.count, stub: true });
      }
      const row = childRows.length ? (childRows[0] + childRows[childRows.length - 1]) / 2 : nextRow++;
      const node = { trace, id: trace.id, depth, row };
      nodes.push(node);
      return node;
    }
    visit(root, 0);
    return { nodes, edges, rows: nextRow };
  }

  function renderTree() {
    const view = document.getElementById("view-tree");
    view.textContent = "";
    const roots = treeRoots();
    const pages = Math.max(1, Math.ceil(roots.length / ROOTS_PER_PAGE));
    treeState.page = Math.min(treeState.page, pages - 1);
    view.append(
      el("div", { class: "legend" },
        el("span", null, el("span", { class: "swatch", style: "background:var(--loop)" }), "root loop"),
        el("span", null, el("span", { class: "swatch", style: "background:var(--side)" }), "side trace"),
        el("span", null, el("span", { class: "swatch", style: "background:var(--function)" }), "function"),
        el("span", { text: "edges: exit number × times taken; red = hot exit (≥ " + fmtInt(Math.ceil(hotThreshold)) + "×, a fifth of the hottest); dashed = hot exit without a side trace; click a trace to open it" })),
      el("div", { class: "toolbar" }, pager(roots.length, ROOTS_PER_PAGE, treeState.page, (p) => { treeState.page = p; renderTree(); }), el("span", { class: "muted", text: "root traces" })));
    if (!roots.length) { view.append(el("p", { class: "muted", text: "No trace was compiled." })); return; }

    const NODE_W = 190, NODE_H = 34, COL_W = 300, ROW_H = 46, PAD = 12;
    const forest = roots.slice(treeState.page * ROOTS_PER_PAGE, (treeState.page + 1) * ROOTS_PER_PAGE).map(layoutTree);
    let totalRows = 0, maxDepth = 0;
    for (const tree of forest) { totalRows += tree.rows; for (const n of tree.nodes) maxDepth = Math.max(maxDepth, n.depth); }
    const width = PAD * 2 + maxDepth * COL_W + NODE_W + 40;
    const height = PAD * 2 + totalRows * ROW_H;
    const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, id: "trace-tree" });
    let rowBase = 0;
    for (const tree of forest) {
      const pos = new Map();
      for (const n of tree.nodes) pos.set(n.id, { x: PAD + n.depth * COL_W, y: PAD + (rowBase + n.row) * ROW_H });
      for (const e of tree.edges) {
        const a = pos.get(e.from), b = pos.get(e.to);
        const x1 = a.x + NODE_W, y1 = a.y + NODE_H / 2, x2 = b.x, y2 = b.y + NODE_H / 2;
        const hot = e.count >= hotThreshold;
        const widthPx = 1 + 4 * Math.min(1, Math.log1p(e.count) / Math.log1p(maxExitCount || 1));
        root.append(svg("path", { class: "tree-edge" + (hot ? " hot" : "") + (e.stub ? " stub" : ""), d: `M${x1},${y1} C${x1 + 60},${y1} ${x2 - 60},${y2} ${x2},${y2}`, "stroke-width": widthPx.toFixed(1) }));
        // A side trace's edge is labeled just before the child; a stub's label
        // goes after its circle, away from the bundle of curves.
        const label = `exit ${e.exit} ×${fmtInt(e.count)}`;
        root.append(e.stub
          ? svg("text", { class: "edge-label" + (hot ? " hot" : ""), x: x2 + 20, y: y2 + 4 }, label + " (no side trace)")
          : svg("text", { class: "edge-label" + (hot ? " hot" : ""), x: x2 - 8, y: y2 - 5, "text-anchor": "end" }, label));
      }
      for (const n of tree.nodes) {
        const p = pos.get(n.id);
        if (n.stub) {
          root.append(svg("g", { class: "tree-stub" }, svg("circle", { cx: p.x + 8, cy: p.y + NODE_H / 2, r: 6 })));
          continue;
        }
        const t = n.trace;
        const color = { loop: "var(--loop)", side: "var(--side)", function: "var(--function)" }[t.kind] || "var(--muted)";
        const g = svg("g", { class: "tree-node" + (t.id === selectedTraceId ? " selected" : ""), "data-trace": t.id, transform: `translate(${p.x},${p.y})` },
          svg("title", null, `T${t.id} ${t.kind} at ${loc(t)} (${t.func}); link ${t.link}; entered ${t.entered}, exits ${t.exits_total}`),
          svg("rect", { width: NODE_W, height: NODE_H, rx: 5, fill: color }),
          svg("text", { x: 8, y: 14, "font-weight": "bold" }, `T${t.id} ${t.kind}` + (t.link_target !== null ? ` → T${t.link_target}` : t.link === "loop" ? " ↺" : "")),
          svg("text", { x: 8, y: 28 }, truncate(`${t.func} ${loc(t)}`, 26)));
        root.append(g);
      }
      rowBase += tree.rows;
    }
    root.addEventListener("click", (ev) => {
      const g = ev.target.closest(".tree-node");
      if (g) location.hash = "#trace/" + g.dataset.trace;
    });
    view.append(el("div", { class: "svg-scroll" }, root));
  }
  const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

  // ---------- timeline ----------
  const timelineState = { zoom: 1, page: 0, kinds: new Set(["start", "trace", "abort", "blacklist"]) };
  const LANES = [["start", "recording started"], ["trace", "compiled"], ["abort", "aborted"], ["blacklist", "blacklisted"]];
  function renderTimeline() {
    const view = document.getElementById("view-timeline");
    view.textContent = "";
    const events = data.events;
    const end = Math.max(data.summary ? data.summary.t : 0, events.length ? events[events.length - 1].t : 0, 1);
    const zoomSelect = el("select", null, ...[1, 2, 4, 8, 16, 32].map((z) => el("option", { value: z, selected: z === timelineState.zoom, text: `zoom ${z}×` })));
    zoomSelect.addEventListener("change", () => { timelineState.zoom = Number(zoomSelect.value); renderTimeline(); });
    view.append(el("div", { class: "toolbar" }, zoomSelect, el("span", { class: "muted", text: `${fmtInt(events.length)} events over ${fmtUs(end)}; hover for details, click to open the trace` })));

    const LABEL_W = 130, LANE_H = 30, AXIS_H = 26;
    const plotW = Math.max(600, (view.clientWidth || 1000) - LABEL_W - 30) * timelineState.zoom;
    const width = LABEL_W + plotW + 20, height = LANES.length * LANE_H + AXIS_H + 10;
    const x = (t) => LABEL_W + (t / end) * plotW;
    const root = svg("svg", { width, height, id: "timeline" });
    LANES.forEach(([kind, label], i) => {
      root.append(svg("text", { class: "tl-lane-label", x: 6, y: i * LANE_H + LANE_H / 2 + 4 }, label));
      root.append(svg("line", { x1: LABEL_W, x2: LABEL_W + plotW, y1: (i + 1) * LANE_H, y2: (i + 1) * LANE_H, stroke: "#eee" }));
    });
    const axisY = LANES.length * LANE_H + 4;
    const axis = svg("g", { class: "tl-axis" }, svg("line", { x1: LABEL_W, x2: LABEL_W + plotW, y1: axisY, y2: axisY }));
    const ticks = Math.max(4, Math.round(8 * timelineState.zoom));
    for (let i = 0; i <= ticks; i++) {
      const t = (end * i) / ticks;
      axis.append(svg("line", { x1: x(t), x2: x(t), y1: axisY, y2: axisY + 5 }), svg("text", { x: x(t), y: axisY + 18, "text-anchor": "middle", fill: "#666" }, fmtUs(t)));
    }
    root.append(axis);
    const laneIndex = Object.fromEntries(LANES.map(([k], i) => [k, i]));
    // One element per event; an event's title is its tooltip.
    const frag = document.createDocumentFragment();
    events.forEach((e, i) => {
      const lane = laneIndex[e.kind] ?? 0;
      frag.append(svg("rect", { class: "tl-event tl-" + e.kind, "data-event": i, x: x(e.t) - 1.5, y: lane * LANE_H + 6, width: 3, height: LANE_H - 12 },
        svg("title", null, `${fmtUs(e.t)}: ${e.label}`)));
    });
    root.append(frag);
    root.addEventListener("click", (ev) => {
      const r = ev.target.closest("[data-event]");
      if (!r) return;
      const e = events[Number(r.dataset.event)];
      if (e.trace !== null && traceById.has(e.trace)) location.hash = "#trace/" + e.trace;
    });
    view.append(el("div", { class: "svg-scroll" }, root));

    // The same events as a list, paginated.
    const listBox = el("div");
    view.append(el("h2", { text: "Events" }), listBox);
    const renderList = () => {
      const page = timelineState.page;
      const rows = events.slice(page * EVENTS_PER_PAGE, (page + 1) * EVENTS_PER_PAGE);
      listBox.textContent = "";
      listBox.append(el("div", { class: "toolbar" }, pager(events.length, EVENTS_PER_PAGE, page, (p) => { timelineState.page = p; renderList(); })),
        el("table", { class: "grid", id: "event-table" },
          el("thead", null, el("tr", null, ...["Time", "Event", "Trace", "What"].map((h) => el("th", { text: h })))),
          el("tbody", null, ...rows.map((e) => el("tr", null, el("td", { class: "num", text: fmtUs(e.t) }), el("td", { text: e.kind }),
            el("td", null, e.trace !== null && traceById.has(e.trace) ? traceLink(e.trace) : e.trace === null ? "" : "#" + e.trace),
            el("td", { text: e.label }))))));
    };
    renderList();
  }

  // ---------- trace detail ----------
  // Focus = the source lines and IR refs that the hovered or pinned row stands
  // for; every pane highlights its rows that belong to it.
  let detailState = null;
  let selectedTraceId = null;

  // The load address as a BigInt (addresses exceed 2^53); 0 when unreadable,
  // which only shifts the printed addresses.
  function parseAddress(text) {
    try {
      return text ? BigInt.asUintN(64, BigInt(/^0x/i.test(text) ? text : "0x" + text)) : 0n;
    } catch (err) {
      return 0n;
    }
  }

  function guardExit(text) {
    const m = /-> exit (\d+)/.exec(text);
    return m ? Number(m[1]) : null;
  }

  function renderTrace(id) {
    const view = document.getElementById("view-trace");
    view.textContent = "";
    const trace = traceById.get(id);
    const detail = trace ? detailOf(id) : null;
    if (!trace || !detail) {
      view.append(el("p", { class: "muted", text: data.traces.length ? `There is no trace ${id}. Pick one in the overview.` : "No trace was compiled." }));
      return;
    }
    selectedTraceId = id;
    const tabTrace = document.getElementById("tab-trace");
    tabTrace.textContent = "Trace T" + id;
    tabTrace.href = "#trace/" + id;

    const order = data.traces.map((t) => t.id);
    const at = order.indexOf(id);
    const refLine = new Map(detail.ir_after.map(([ref, , line]) => [ref, line]));
    const snapshotsByExit = new Map(detail.snapshots.map((s) => [s.exit, s]));
    const maxCount = Math.max(0, ...trace.exits.map((e) => e.count));

    const facts = el("div", { class: "facts" },
      el("span", null, "start ", el("b", { text: `${loc(trace)} ${trace.func} pc ${trace.pc}` })),
      trace.parent !== null ? el("span", null, "from ", traceLink(trace.parent), ` exit ${trace.parent_exit}`) : null,
      el("span", null, "link ", trace.link_target !== null ? traceLink(trace.link_target, trace.link) : el("b", { text: trace.link || "?" })),
      trace.children.length ? el("span", null, "side traces ", ...trace.children.flatMap((c, i) => [i ? ", " : "", traceLink(c)])) : null,
      el("span", null, "IR ", el("b", { text: `${trace.ir_before} → ${trace.ir_after}` })),
      el("span", null, "code ", el("b", { text: `${fmtInt(detail.code.size)} bytes` }), detail.code.address ? ` at ${detail.code.address}` : ""),
      el("span", null, "record ", el("b", { text: fmtUs(trace.times_us.record) }), " optimize ", el("b", { text: fmtUs(trace.times_us.optimize) }), " compile ", el("b", { text: fmtUs(trace.times_us.compile) })),
      el("span", null, "entered ", el("b", { text: fmtInt(trace.entered) }), " exits taken ", el("b", { text: fmtInt(trace.exits_total) })));

    view.append(el("div", { class: "trace-head" },
      el("h2", { id: "trace-title" }, `Trace T${id} `, kindBadge(trace.kind)),
      el("span", null,
        at > 0 ? traceLink(order[at - 1], "‹ previous") : "", " ",
        at < order.length - 1 ? traceLink(order[at + 1], "next ›") : ""),
      el("span", { class: "muted", text: "hover a line to see its counterparts; click to pin and scroll them into view" })), facts);

    const panes = {};
    const makePane = (key, title, extra, short) => {
      const body = el("div", { class: "pane-body" + (short ? " short" : ""), id: "pane-" + key });
      panes[key] = { body, byLine: new Map(), byRef: new Map(), rows: [] };
      return el("div", { class: "pane", id: "pane-box-" + key }, el("h3", null, title, extra ? el("span", { class: "muted" }, extra) : null), body);
    };
    const index = (pane, row, line, ref) => {
      if (line) { if (!pane.byLine.has(line)) pane.byLine.set(line, []); pane.byLine.get(line).push(row); }
      if (ref !== null && ref !== undefined) { if (!pane.byRef.has(ref)) pane.byRef.set(ref, []); pane.byRef.get(ref).push(row); }
      pane.rows.push(row);
    };

    const grid1 = el("div", { class: "panes" },
      makePane("source", "Source", trace.file),
      makePane("ir_after", "IR after optimization", el("span", null, "guard exits: ", el("span", { class: "heat-legend" }), " 0 → " + fmtInt(maxCount))),
      makePane("code", "Machine code", detail.code.disassembled ? data.arch : "not disassembled"));
    const grid2 = el("div", { class: "panes", style: "margin-top:10px" },
      makePane("bytecode", "Bytecode recorded", `${detail.bytecode.length} instructions`, true),
      makePane("ir_before", "IR as recorded", `${detail.ir_before.length} instructions`, true),
      makePane("snapshots", "Snapshots", `${detail.snapshots.length}`, true));
    view.append(grid1, grid2);

    detailState = { panes, refLine, pinned: null, current: [], token: {} };
    const token = detailState.token;
    const depthPad = (depth) => "  ".repeat(depth);

    // Source: the lines of the trace's file that the trace touches, with context.
    const source = data.sources[trace.file];
    const lines = new Set();
    for (const b of detail.bytecode) if (b[1]) lines.add(b[1]);
    for (const r of detail.ir_after) if (r[2]) lines.add(r[2]);
    if (trace.line) lines.add(trace.line);
    if (!source) {
      panes.source.body.append(el("div", { class: "note", text: `The log has no source for ${trace.file || "this trace"}; lines used: ${[...lines].sort((a, b) => a - b).join(", ")}` }));
    } else {
      const sorted = [...lines].filter((l) => l <= source.length).sort((a, b) => a - b);
      const first = Math.max(1, (sorted[0] || 1) - 3), last = Math.min(source.length, (sorted[sorted.length - 1] || 1) + 3);
      fillRows(panes.source, Math.max(0, last - first + 1), true, token, (i) => {
        const l = first + i;
        return `<div class="row${lines.has(l) ? " in-trace" : " dim"}" data-line="${l}"><span class="gut">${l}</span><span class="txt">${esc(source[l - 1])}</span></div>`;
      });
    }

    // Bytecode, indented by inlining depth.
    fillRows(panes.bytecode, detail.bytecode.length, true, token, (i) => {
      const [pc, line, depth, func, text] = detail.bytecode[i];
      return `<div class="row" data-line="${line}" title="${esc(`${func} pc ${pc}, line ${line}, depth ${depth}`)}"><span class="gut">${line}</span><span class="gut2">${String(pc).padStart(4)}</span><span class="txt">${esc(depthPad(depth) + text)}</span></div>`;
    });

    fillRows(panes.ir_before, detail.ir_before.length, true, token, (i) => {
      const [, text, line, depth] = detail.ir_before[i];
      return `<div class="row" data-line="${line}" title="line ${line}, depth ${depth}"><span class="gut">${line}</span><span class="txt">${esc(depthPad(depth) + text)}</span></div>`;
    });

    // IR after: guards carry their exit count as a heat-colored badge that
    // opens the snapshot in place.
    fillRows(panes.ir_after, detail.ir_after.length, true, token, (i) => {
      const [ref, text, line, depth] = detail.ir_after[i];
      const exit = guardExit(text);
      let badge = "";
      if (exit !== null) {
        const count = exitCountOf(trace, exit);
        badge = `<span class="badge" data-exit="${exit}" style="background:${heatColor(count)}" title="click to show the snapshot">exit ${exit} ×${fmtInt(count)}</span>`;
      }
      return `<div class="row${exit !== null ? " guard" : ""}" data-ref="${ref}" data-line="${line}" title="line ${line}, depth ${depth}"><span class="gut">${line}</span><span class="txt">${esc(depthPad(depth) + text)}</span>${badge}</div>`;
    });

    // Machine code, a dotted rule where the IR ref changes. Rows are indexed by
    // IR ref only: a source line reaches code through its IR.
    const code = detail.code;
    const base = parseAddress(code.address);
    if (!code.disassembled) panes.code.body.append(el("div", { class: "note", text: `Not disassembled (${data.arch} code): byte ranges per IR ref, then Cranelift's VCode listing.` }));
    if (!code.lines.length) panes.code.body.append(el("div", { class: "note", text: "No machine code in the log for this trace." }));
    fillRows(panes.code, code.lines.length, false, token, (i) => {
      const [offset, hex, text, ir] = code.lines[i];
      const hasRef = ir !== null && ir !== undefined;
      const previousRef = i > 0 ? code.lines[i - 1][3] : undefined;
      const addr = (base + BigInt(offset)).toString(16);
      // Without a disassembler the bytes are the listing: 4-byte words (one
      // AArch64 instruction each) in the text column.
      const bytes = code.disassembled ? `<span class="gut2">${esc(hex.length > 16 ? hex.slice(0, 15) + "…" : hex.padEnd(16))}</span>` : "";
      const listing = code.disassembled ? text : (hex.match(/.{1,8}/g) || []).join(" ");
      return `<div class="row${ir !== previousRef ? " group-start" : ""}" data-ref="${hasRef ? ir : ""}" data-line="${hasRef ? refLine.get(ir) ?? "" : ""}" title="offset 0x${offset.toString(16)} (${offset}), address 0x${addr}, IR ${hasRef ? ir : "none"}"><span class="gut2">+${offset.toString(16).padStart(4, "0")}</span>${bytes}<span class="txt">${esc(listing)}</span><span class="irref">${hasRef ? String(ir).padStart(4, "0") : ""}</span></div>`;
    }, () => { if (!code.disassembled && code.vcode) panes.code.body.append(el("div", { class: "vcode", text: code.vcode })); });

    // Snapshots, collapsed; opening one highlights its guard.
    for (const snap of detail.snapshots) {
      const count = exitCountOf(trace, snap.exit);
      const box = el("details", { "data-ref": snap.ir, "data-line": refLine.get(snap.ir) || "" },
        el("summary", null, `snap ${snap.snap} · exit ${snap.exit} · guard ${String(snap.ir).padStart(4, "0")} · `,
          el("span", { class: "badge", style: `background:${heatColor(count)}`, text: `×${fmtInt(count)}` })));
      box.addEventListener("toggle", () => { if (box.open && !box.firstChild.nextSibling) box.append(snapshotTable(snap)); });
      panes.snapshots.body.append(box);
      index(panes.snapshots, box, null, snap.ir);
    }
    panes.snapshots.body.classList.add("snapshots");
    if (!detail.snapshots.length) panes.snapshots.body.append(el("div", { class: "note", text: "No snapshots." }));

    for (const [key, pane] of Object.entries(panes)) {
      pane.body.addEventListener("mouseover", (ev) => {
        const row = ev.target.closest("[data-line],[data-ref]");
        if (row && pane.body.contains(row)) applyFocus(focusOf(key, row), false);
      });
      pane.body.addEventListener("mouseleave", () => applyFocus(detailState.pinned, false));
      pane.body.addEventListener("click", (ev) => {
        const badge = ev.target.closest(".badge[data-exit]");
        if (badge && key === "ir_after") {
          const exit = Number(badge.dataset.exit);
          toggleSnapshot(badge.closest(".row"), snapshotsByExit.get(exit), exit);
          return;
        }
        if (ev.target.closest("summary,.badge,.snap-inline")) return;
        const row = ev.target.closest("[data-line],[data-ref]");
        if (!row || !pane.body.contains(row)) return;
        const focus = focusOf(key, row);
        const samePin = detailState.pinned && detailState.pinned.row === row;
        detailState.pinned = samePin ? null : focus;
        applyFocus(detailState.pinned || focus, !samePin);
      });
    }
  }

  const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

  // Appends a pane's rows, built as HTML text, in chunks: the first chunk now,
  // the rest on later turns of the event loop, so that a trace with thousands
  // of lines never blocks the page. Rows are indexed by their data-ref (and
  // data-line when byLine) for the highlighting.
  const CHUNK = 500;
  function fillRows(pane, count, byLine, token, rowHtml, done) {
    let at = 0;
    const step = () => {
      if (!detailState || detailState.token !== token) return; // another trace was opened
      const end = Math.min(count, at + CHUNK);
      let html = "";
      for (let i = at; i < end; i++) html += rowHtml(i);
      const before = pane.body.children.length;
      pane.body.insertAdjacentHTML("beforeend", html);
      const rows = pane.body.children;
      for (let i = before; i < rows.length; i++) {
        const row = rows[i], ref = row.dataset.ref;
        pane.rows.push(row);
        const line = byLine ? Number(row.dataset.line) || null : null;
        if (line) { if (!pane.byLine.has(line)) pane.byLine.set(line, []); pane.byLine.get(line).push(row); }
        if (ref !== undefined && ref !== "") {
          const r = Number(ref);
          if (!pane.byRef.has(r)) pane.byRef.set(r, []);
          pane.byRef.get(r).push(row);
        }
      }
      at = end;
      if (at < count) setTimeout(step, 0);
      else if (done) done();
    };
    step();
  }

  function toggleSnapshot(row, snap, exit) {
    const next = row.nextSibling;
    if (next && next.classList && next.classList.contains("snap-inline")) { next.remove(); return; }
    const box = el("div", { class: "snap-inline" }, snap ? snapshotTable(snap) : el("span", { class: "muted", text: `No snapshot for exit ${exit} in the log.` }));
    row.after(box);
  }

  function snapshotTable(snap) {
    const frames = snap.frames.map((f, i) => el("div", null,
      el("div", null, el("b", { text: `frame ${i}` }), ` ${f.func} ${f.file}:${f.line} pc ${f.pc}`),
      el("table", null, el("tbody", null, ...f.slots.map((s) => el("tr", null, el("td", { text: "r" + s.slot }), el("td", { text: "← " + s.value })))))));
    return el("div", null, ...frames, snap.frames.length ? null : el("span", { class: "muted", text: "no frames" }));
  }

  function focusOf(key, row) {
    const line = Number(row.dataset.line) || null;
    const ref = row.dataset.ref !== undefined && row.dataset.ref !== "" ? Number(row.dataset.ref) : null;
    const panes = detailState.panes;
    const refs = new Set(), lines = new Set();
    if (ref !== null && (key === "ir_after" || key === "code" || key === "snapshots")) {
      refs.add(ref);
      const l = detailState.refLine.get(ref);
      if (l) lines.add(l);
    } else if (line) {
      lines.add(line);
      // A source line stands for every IR instruction generated for it.
      for (const r of panes.ir_after.byLine.get(line) || []) refs.add(Number(r.dataset.ref));
    }
    return { row, origin: key, refs, lines };
  }

  function applyFocus(focus, scroll) {
    const state = detailState;
    for (const [row, cls] of state.current) row.classList.remove(cls);
    state.current = [];
    if (!focus) return;
    const mark = (row, cls) => { row.classList.add(cls); state.current.push([row, cls]); };
    mark(focus.row, "pinned");
    for (const [key, pane] of Object.entries(state.panes)) {
      const strong = new Set();
      for (const ref of focus.refs) for (const row of pane.byRef.get(ref) || []) strong.add(row);
      // Panes without refs (source, bytecode, IR before) match by line; the
      // IR-after pane shows the same line's other instructions faintly.
      const byLineClass = key === "source" || key === "bytecode" || key === "ir_before" ? "hl" : "hl-weak";
      for (const line of focus.lines) for (const row of pane.byLine.get(line) || []) if (!strong.has(row)) mark(row, byLineClass);
      for (const row of strong) mark(row, "hl");
      if (scroll && key !== focus.origin) {
        const first = pane.rows.find((r) => r.classList.contains("hl"));
        if (first) pane.body.scrollTop = first.offsetTop - pane.body.clientHeight / 3;
      }
    }
  }

  // ---------- routing ----------
  const rendered = new Set();
  function route() {
    const hash = location.hash.replace(/^#/, "");
    let view = "overview", traceId = null;
    const m = /^trace\/(\d+)$/.exec(hash);
    if (m) { view = "trace"; traceId = Number(m[1]); }
    else if (["overview", "tree", "timeline"].includes(hash)) view = hash;
    else if (hash === "trace") { view = "trace"; traceId = detailState ? null : (data.traces[0] || {}).id; }
    for (const section of document.querySelectorAll("main > .view")) section.hidden = section.id !== "view-" + view;
    for (const a of document.querySelectorAll("#tabs a")) a.classList.toggle("active", a.dataset.view === view);
    if (view === "overview" && !rendered.has(view)) { renderOverview(); rendered.add(view); }
    if (view === "tree") {
      // Show the page holding the trace last opened, once per opened trace.
      if (selectedTraceId !== null && treeState.shownFor !== selectedTraceId) {
        treeState.shownFor = selectedTraceId;
        const index = treeRoots().indexOf(rootOf(selectedTraceId));
        if (index >= 0) treeState.page = Math.floor(index / ROOTS_PER_PAGE);
      }
      renderTree(); // cheap per page; re-rendered to mark the selection
      const selected = document.querySelector("#trace-tree .tree-node.selected");
      if (selected) selected.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    if (view === "timeline" && !rendered.has(view)) { renderTimeline(); rendered.add(view); }
    if (view === "trace" && traceId !== null && traceId !== undefined) { renderTrace(traceId); window.scrollTo(0, 0); }
    if (view === "trace" && traceId === undefined) document.getElementById("view-trace").textContent = "No trace was compiled.";
  }

  renderHeader();
  if (!data.traces.length) document.getElementById("tab-trace").classList.add("disabled");
  window.addEventListener("hashchange", route);
  route();
})();
