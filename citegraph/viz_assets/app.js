/* citegraph interactive graph: reads the JSON data block, draws it with vis-network,
 * wires the filters, search and legends. Every document string is set as text
 * (textContent, option.value, vis-network plain-text tooltips), never as markup.
 * window.citegraph exposes the data sets and the layout state to tests. */
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("cg-data").textContent);
  var cg = (window.citegraph = {
    data: data, stabilized: false, stabilizationMs: null, iterations: 0, errors: [],
  });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  document.getElementById("notes").textContent = data.notes.join("; ");

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  cg.nodes = nodes;
  cg.edges = edges;

  // ----- filter state
  var groupOn = {}, verbOn = {};
  data.groups.forEach(function (g) { groupOn[g.key] = true; });
  data.verbs.forEach(function (v) { verbOn[v.key] = true; });
  var yearFrom = document.getElementById("year-from");
  var yearTo = document.getElementById("year-to");
  var undated = document.getElementById("year-undated");
  if (data.years) {
    yearFrom.value = yearFrom.min = yearTo.min = data.years[0];
    yearTo.value = yearFrom.max = yearTo.max = data.years[1];
  }

  function nodeVisible(n) {
    if (!groupOn[n.cgGroup]) return false;
    if (n.cgYear === null || n.cgYear === undefined) return undated.checked || n.cgRoot;
    var lo = parseInt(yearFrom.value, 10), hi = parseInt(yearTo.value, 10);
    if (!isNaN(lo) && n.cgYear < lo && !n.cgRoot) return false;
    if (!isNaN(hi) && n.cgYear > hi && !n.cgRoot) return false;
    return true;
  }
  function edgeVisible(e) {
    for (var i = 0; i < e.cgVerbs.length; i++) if (verbOn[e.cgVerbs[i]]) return true;
    return false;
  }
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  cg.nodeView = nodeView;
  cg.edgeView = edgeView;

  var status = document.getElementById("status");
  function shownEdges() {
    var ids = {};
    nodeView.getIds().forEach(function (id) { ids[id] = true; });
    return edgeView.get().filter(function (e) { return ids[e.from] && ids[e.to]; }).length;
  }
  function showCounts() {
    if (nodes.length === 0) { status.textContent = "No documents to show."; return; }
    var text = nodeView.length + " of " + nodes.length + " documents, " +
      shownEdges() + " of " + edges.length + " links shown";
    if (data.total.nodes > nodes.length)
      text += " (graph has " + data.total.nodes + " documents, " + data.total.edges + " links)";
    status.textContent = text;
  }
  // A node a filter hides and shows again is created anew by vis-network: keep every
  // laid-out position in the DataSet first, so that it comes back where it was.
  function keepPositions() {
    if (!cg.network) return;
    var pos = cg.network.getPositions();
    nodes.update(Object.keys(pos).map(function (id) { return { id: id, x: pos[id].x, y: pos[id].y }; }));
  }
  function refresh() { keepPositions(); nodeView.refresh(); edgeView.refresh(); showCounts(); }

  // ----- legends that are filters
  function legend(boxId, items, state, swatch) {
    var box = document.getElementById(boxId);
    items.forEach(function (it) {
      var label = el("label");
      label.title = it.label;
      var cb = el("input");
      cb.type = "checkbox";
      cb.checked = true;
      cb.dataset.key = it.key;
      cb.addEventListener("change", function () { state[it.key] = cb.checked; refresh(); });
      var sw = el("span", null, "swatch");
      sw.style.background = it.color;
      if (swatch) swatch(sw);
      label.appendChild(cb);
      label.appendChild(sw);
      label.appendChild(document.createTextNode(it.label + " "));
      label.appendChild(el("span", "(" + it.count + ")", "count"));
      box.appendChild(label);
    });
    box.querySelector("[data-all]").addEventListener("click", function () { setAll(box, state, true); });
    box.querySelector("[data-none]").addEventListener("click", function () { setAll(box, state, false); });
  }
  function setAll(box, state, on) {
    box.querySelectorAll("input[type=checkbox]").forEach(function (cb) { cb.checked = on; state[cb.dataset.key] = on; });
    refresh();
  }
  legend("groups", data.groups, groupOn);
  legend("verbs", data.verbs, verbOn, function (sw) { sw.style.height = "3px"; sw.style.verticalAlign = "3px"; });
  var shapes = document.getElementById("shapes");
  var glyph = { dot: "\u25CF", diamond: "\u25C6", triangle: "\u25B2", square: "\u25A0", star: "\u2605" };
  data.shapes.forEach(function (s) { shapes.appendChild(el("label", (glyph[s.shape] || "") + " " + s.kind)); });
  [yearFrom, yearTo, undated].forEach(function (i) { i.addEventListener("change", refresh); });

  // ----- the network: physics until stable, then off
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: [], edges: [] }, data.options);
  cg.network = network;
  network.on("stabilizationProgress", function (p) {
    cg.iterations = p.iterations;
    status.textContent = "Laying out the graph\u2026 " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    keepPositions();
    cg.stabilizationMs = performance.now() - t0;
    cg.stabilized = true;
    showCounts();
    document.body.setAttribute("data-stabilized", "true");
  });
  network.setData({ nodes: nodeView, edges: edgeView });
  if (nodes.length === 0) {  // nothing to lay out: vis-network never reports stabilisation
    cg.stabilizationMs = performance.now() - t0;
    cg.stabilized = true;
  }

  // ----- click opens the document on undocs.org
  network.on("click", function (p) {
    if (p.nodes.length !== 1) return;
    var n = nodes.get(p.nodes[0]);
    if (n && typeof n.cgUrl === "string" && n.cgUrl.indexOf("https://undocs.org/") === 0) {
      cg.lastOpened = n.cgUrl;
      window.open(n.cgUrl, "_blank", "noopener");
    }
  });

  // ----- search by symbol
  var list = document.getElementById("symbols");
  nodes.get().forEach(function (n) { var o = el("option"); o.value = n.label; list.appendChild(o); });
  var found = document.getElementById("found");
  function norm(s) { return String(s).toLowerCase().replace(/\s+/g, " ").trim(); }
  function find(q) {
    q = norm(q);
    if (!q) return null;
    var all = nodeView.get(), i;
    for (i = 0; i < all.length; i++) if (norm(all[i].label) === q || norm(all[i].id) === q) return all[i];
    for (i = 0; i < all.length; i++) if (norm(all[i].id).slice(-q.length - 1) === "/" + q) return all[i];
    for (i = 0; i < all.length; i++) if (norm(all[i].label).indexOf(q) >= 0 || norm(all[i].id).indexOf(q) >= 0) return all[i];
    return null;
  }
  cg.find = find;
  document.getElementById("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var n = find(document.getElementById("q").value);
    if (!n) { found.textContent = "not shown here"; return; }
    found.textContent = n.id;
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.2, animation: { duration: 400 } });
  });

  showCounts();
})();
