/* policykg explorer: draws the network and wires the search box, filters, side panel,
 * annotated text view and layout button. Everything that comes from documents is put on
 * the page with textContent (or as DOM tooltips), never parsed as HTML; the annotated
 * texts were escaped when the page was written. window.pkExplorer exposes the state to
 * tests and to the browser console. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("pk-data").textContent);
  var meta = data.meta;
  var api = (window.pkExplorer = {
    ready: false, stable: false, stableAt: null, selected: null, startedAt: performance.now(),
  });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // Queries and names are compared folded the same way: NFKC, no whitespace, a year in any
  // bracket written 〔2024〕 (so 嘉政发[2024]8号 finds 嘉政发〔2024〕8号).
  var YEAR_BRACKETS = /[\[［【(（{〔]\s*(\d{4})\s*[\]］】)）}〕]/g;
  function fold(s) {
    return String(s || "").normalize("NFKC").replace(/\s+/g, "").replace(YEAR_BRACKETS, "〔$1〕");
  }
  var foldedNames = meta.map(function (m) { return m.names.map(fold); });
  var foldedText = meta.map(function (m) { return fold(m.text || "") + "\u0000" + fold(m.name); });

  // -- tooltips: DOM elements built with textContent -------------------------------------
  function tooltip(i) {
    var m = meta[i], n = data.nodes[i], kind = data.kinds[n.kind];
    var box = el("div", "pk-tip");
    box.appendChild(el("strong", null, m.name));
    box.appendChild(el("span", "pk-kind", kind ? kind.zh + " · " + kind.en : n.kind));
    m.facts.slice(0, 4).forEach(function (f) {
      box.appendChild(el("div", null, f[0] + ":" + short(f[1], 60)));
    });
    if (m.evidence) box.appendChild(el("div", "pk-evidence", short(m.evidence, 160)));
    return box;
  }
  function short(s, n) {
    s = String(s).replace(/\s+/g, " ");
    return s.length <= n ? s : s.slice(0, n - 1) + "…";
  }

  var nodeItems = data.nodes.map(function (n, i) {
    var item = Object.assign({}, n);
    item.title = tooltip(i);
    return item;
  });
  var edgeItems = data.edges.map(function (e) {
    var item = Object.assign({}, e);
    var rel = data.relations[e.relation];
    item.title = rel ? rel.zh + " · " + rel.en + (e.label && e.label !== rel.zh ? ":" + e.label : "") : e.relation;
    return item;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;
  api.meta = meta;

  // -- layout: physics stops once stable; the button freezes or resumes it ---------------
  var freezeButton = document.getElementById("pk-freeze");
  var running = !!data.physics;
  function setPhysics(on) {
    running = on;
    network.setOptions({ physics: { enabled: on } });
    freezeButton.textContent = on ? "冻结布局 Freeze" : "继续布局 Resume";
    freezeButton.setAttribute("aria-pressed", on ? "false" : "true");
  }
  function markStable() {
    if (api.stable) return;
    api.stable = true;
    api.stableAt = performance.now();
    document.body.setAttribute("data-stable", "true");
  }
  // Physics keeps nodes apart by their centres only: a hub agency or a wide document box can
  // still cover a neighbour. Once stable, overlapping boxes are pushed apart along the axis
  // that needs the smaller move (a few passes over the pairs; only the pages physics draws).
  function separate() {
    var ids = nodes.getIds({ filter: function (n) { return !n.hidden; } });
    var pos = network.getPositions(ids);
    var box = {};
    ids.forEach(function (i) {
      var b = network.getBoundingBox(i), n = network.body.nodes[i], s = n.shape;
      // The drawn shape (a dot's circle, a document's box), with a small gap around it.
      var w = (s.width || 2 * (s.radius || n.options.size)) + 6, h = (s.height || 2 * (s.radius || n.options.size)) + 6;
      box[i] = [Math.max(w, 1), Math.max(h, 1)];
      if (!isFinite(box[i][0]) || !isFinite(box[i][1])) box[i] = [b.right - b.left, b.bottom - b.top];
    });
    for (var pass = 0; pass < 50; pass++) {
      var moved = false;
      for (var a = 0; a < ids.length; a++) {
        for (var c = a + 1; c < ids.length; c++) {
          var i = ids[a], j = ids[c], p = pos[i], q = pos[j];
          var dx = q.x - p.x, dy = q.y - p.y;
          var ox = (box[i][0] + box[j][0]) / 2 - Math.abs(dx), oy = (box[i][1] + box[j][1]) / 2 - Math.abs(dy);
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          if (ox < oy) {
            var sx = (dx < 0 ? -1 : 1) * (ox / 2 + 0.5);
            p.x -= sx; q.x += sx;
          } else {
            var sy = (dy < 0 ? -1 : 1) * (oy / 2 + 0.5);
            p.y -= sy; q.y += sy;
          }
        }
      }
      if (!moved) break;
    }
    ids.forEach(function (i) { network.moveNode(i, pos[i].x, pos[i].y); });
  }
  api.separate = separate;
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      setPhysics(false);
      network.once("afterDrawing", function () {
        separate();
        network.fit();
        markStable();
      });
      network.redraw();
    });
  } else {
    setPhysics(false);
    network.once("afterDrawing", function () {
      network.fit();
      markStable();
    });
  }
  freezeButton.addEventListener("click", function () { setPhysics(!running); });

  // -- side panel --------------------------------------------------------------------------
  var panel = document.getElementById("pk-panel");
  function showNode(i) {
    i = Number(i);
    var m = meta[i], n = data.nodes[i], kind = data.kinds[n.kind];
    api.selected = i;
    panel.replaceChildren();
    if (panel.hidden) {
      // The panel narrows the canvas: vis-network must measure it again, or centring is off.
      panel.hidden = false;
      network.setSize("100%", "100%");
    }
    var badge = el("span", "pk-badge", kind ? kind.zh + " " + kind.en : n.kind);
    badge.style.background = kind ? kind.color : "#868e96";
    panel.appendChild(badge);
    panel.appendChild(el("h2", null, m.name));
    var dl = el("dl");
    m.facts.forEach(function (f) {
      dl.appendChild(el("dt", null, f[0]));
      dl.appendChild(el("dd", null, f[1]));
    });
    panel.appendChild(dl);
    if (m.evidence) {
      panel.appendChild(el("h3", null, "原文证据 Evidence"));
      panel.appendChild(el("blockquote", "pk-evidence-full", m.evidence));
      if (m.where) panel.appendChild(el("div", "pk-where", m.where));
    }
    var docIndex = m.textView !== undefined ? i : docWithText(i);
    if (docIndex !== null) {
      var link = el("a", "pk-open-text", docIndex === i ? "查看标注原文 Annotated text" : "在标注原文中查看 Show in the annotated text");
      link.href = "#text-" + meta[docIndex].textView;
      link.addEventListener("click", function (ev) {
        ev.preventDefault();
        openText(docIndex, i);
      });
      panel.appendChild(link);
    }
    var around = network.getConnectedNodes(i);
    if (around.length) {
      panel.appendChild(el("h3", null, "相连节点 Linked (" + around.length + ")"));
      var ul = el("ul");
      around.slice(0, 60).forEach(function (j) {
        var li = el("li");
        var a = el("a", null, (data.kinds[data.nodes[j].kind] || {}).zh + ":" + short(meta[j].name, 40));
        a.addEventListener("click", function () { focusNode(j); });
        li.appendChild(a);
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
  }
  function clearPanel() {
    api.selected = null;
    network.unselectAll();
    panel.replaceChildren();
    if (!panel.hidden) {
      panel.hidden = true;
      network.setSize("100%", "100%");
    }
  }
  api.clearPanel = clearPanel;
  function docWithText(i) {
    var ds = meta[i].docs;
    for (var k = 0; k < ds.length; k++) {
      if (meta[ds[k]].textView !== undefined && (data.nodes[i].kind === "task" || data.nodes[i].kind === "target")) return ds[k];
    }
    return null;
  }
  function focusNode(i) {
    i = Number(i);
    if (nodes.get(i).hidden) resetFilters();
    network.selectNodes([i]);
    showNode(i);
    network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
  }
  api.focusNode = focusNode;
  api.showNode = showNode;
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
  });

  // -- annotated text view -----------------------------------------------------------------
  var docview = document.getElementById("pk-docview");
  var docBody = document.getElementById("pk-doc-body");
  function openText(docIndex, focusIndex) {
    var tpl = document.getElementById("pk-text-" + meta[docIndex].textView);
    if (!tpl) return;
    document.getElementById("pk-doc-title").textContent = meta[docIndex].name;
    docBody.replaceChildren(tpl.content.cloneNode(true));
    docview.hidden = false;
    api.openText = docIndex;
    if (focusIndex !== undefined && focusIndex !== docIndex) {
      var target = docBody.querySelector('mark[data-node="' + Number(focusIndex) + '"]');
      if (target) {
        target.classList.add("pk-flash");
        target.scrollIntoView({ block: "center" });
      }
    } else {
      docBody.scrollTop = 0;
    }
  }
  api.openText = null;
  api.openTextOf = openText;
  docBody.addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark[data-node]");
    if (!mark) return;
    ev.stopPropagation();
    closeText();
    focusNode(Number(mark.getAttribute("data-node")));
  });
  docBody.addEventListener("keydown", function (ev) {
    var mark = ev.target.closest("mark[data-node]");
    if (mark && ev.key === "Enter") {
      closeText();
      focusNode(Number(mark.getAttribute("data-node")));
    }
  });
  function closeText() {
    docview.hidden = true;
    api.openText = null;
  }
  document.getElementById("pk-doc-close").addEventListener("click", closeText);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closeText(); });
  var docLegend = document.getElementById("pk-doc-legend");
  Object.keys(data.spanKinds).forEach(function (k) {
    var m = el("mark", "pk-ent pk-" + k, data.spanKinds[k].zh);
    docLegend.appendChild(m);
  });

  // -- filters -------------------------------------------------------------------------------
  var kindBoxes = {};
  var kindsBox = document.getElementById("pk-kinds");
  Object.keys(data.kinds).forEach(function (k) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = k;
    box.addEventListener("change", applyFilters);
    kindBoxes[k] = box;
    label.appendChild(box);
    label.appendChild(swatch(data.kinds[k]));
    label.appendChild(document.createTextNode(data.kinds[k].zh + " " + data.kinds[k].en));
    kindsBox.appendChild(label);
  });
  function fillSelect(id, items) {
    var sel = document.getElementById(id);
    items.forEach(function (it) {
      var o = el("option", null, it[1]);
      o.value = it[0];
      sel.appendChild(o);
    });
    sel.addEventListener("change", applyFilters);
    return sel;
  }
  var indexes = meta.map(function (_, i) { return i; });
  var agencySel = fillSelect("pk-agency", indexes
    .filter(function (i) { return data.nodes[i].kind === "agency"; })
    .sort(function (a, b) { return (data.nodes[b].size || 0) - (data.nodes[a].size || 0) || meta[a].name.localeCompare(meta[b].name); })
    .map(function (i) { return [String(i), meta[i].name]; }));
  var documentSel = fillSelect("pk-document", indexes
    .filter(function (i) { return data.nodes[i].kind === "document"; })
    .sort(function (a, b) { return (meta[b].textView !== undefined) - (meta[a].textView !== undefined) || data.nodes[a].label.localeCompare(data.nodes[b].label); })
    .map(function (i) { return [String(i), short(data.nodes[i].label === meta[i].name ? meta[i].name : data.nodes[i].label + " " + meta[i].name, 40)]; }));
  var years = {};
  meta.forEach(function (m) { m.years.forEach(function (y) { years[y] = true; }); });
  var yearSel = fillSelect("pk-year", Object.keys(years).sort().map(function (y) { return [y, y]; }));

  function setFilter(f) {
    f = f || {};
    if (f.kinds) Object.keys(kindBoxes).forEach(function (k) { kindBoxes[k].checked = f.kinds.indexOf(k) >= 0; });
    if (f.agency !== undefined) agencySel.value = f.agency === null ? "" : String(f.agency);
    if (f.document !== undefined) documentSel.value = f.document === null ? "" : String(f.document);
    if (f.year !== undefined) yearSel.value = f.year === null ? "" : String(f.year);
    applyFilters();
  }
  function resetFilters() {
    Object.keys(kindBoxes).forEach(function (k) { kindBoxes[k].checked = true; });
    agencySel.value = documentSel.value = yearSel.value = "";
    applyFilters();
  }
  // Under a year filter a matched target or task keeps what it belongs to in view (its task,
  // agencies and document), and a matched node left with no link keeps its agencies (or its
  // other neighbours of those kinds): a year shows who does what, not lone nodes.
  var CONTEXT_KINDS = { task: true, agency: true, document: true };
  var neighbours = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e) {
    neighbours[e.from].push(e.to);
    neighbours[e.to].push(e.from);
  });
  api.context = [];
  // Nodes cut from the aggregated view stay hidden until a search unfolds them.
  var unfolded = {};
  function applyFilters() {
    var a = agencySel.value === "" ? null : Number(agencySel.value);
    var d = documentSel.value === "" ? null : Number(documentSel.value);
    var y = yearSel.value || null;
    var changes = [];
    var shown = 0;
    var passes = data.nodes.map(function (n, i) {
      var m = meta[i];
      return (!m.folded || unfolded[i]) && (!kindBoxes[n.kind] || kindBoxes[n.kind].checked) &&
        (a === null || m.agencies.indexOf(a) >= 0) &&
        (d === null || m.docs.indexOf(d) >= 0);
    });
    var visible = passes.map(function (p, i) { return p && (y === null || meta[i].years.indexOf(y) >= 0); });
    var context = [];
    if (y !== null) {
      var add = function (j) {
        if (!visible[j] && passes[j] && CONTEXT_KINDS[data.nodes[j].kind]) {
          visible[j] = true;
          context.push(j);
        }
      };
      var matched = visible.map(function (v, i) { return v ? i : -1; }).filter(function (i) { return i >= 0; });
      matched.forEach(function (i) {
        var kind = data.nodes[i].kind;
        if (kind === "target" || kind === "task") {
          neighbours[i].forEach(function (j) {
            add(j);
            // A target's task brings its own agencies and document along.
            if (kind === "target" && data.nodes[j].kind === "task") neighbours[j].forEach(add);
          });
        }
      });
      // Still alone: its agencies, or failing those its other neighbours of the context kinds.
      matched.forEach(function (i) {
        if (neighbours[i].some(function (j) { return visible[j]; })) return;
        var agencies = neighbours[i].filter(function (j) { return passes[j] && data.nodes[j].kind === "agency"; });
        (agencies.length ? agencies : neighbours[i]).forEach(add);
      });
    }
    api.context = context;
    data.nodes.forEach(function (n, i) {
      if (visible[i]) shown++;
      if (!!nodeItems[i].hidden === visible[i]) {
        nodeItems[i].hidden = !visible[i];
        changes.push({ id: n.id, hidden: !visible[i] });
      }
    });
    if (changes.length) nodes.update(changes);
    // The panel describes a node the view no longer shows: it goes with it.
    if (api.selected !== null && nodeItems[api.selected].hidden) clearPanel();
    status(shown);
    // A narrower view is brought into the frame; going back to everything keeps the user's zoom.
    if (changes.length && (a !== null || d !== null || y !== null)) {
      network.fit({ nodes: api.visibleNodeIds(), animation: false });
    }
  }
  api.setFilter = setFilter;
  api.resetFilters = resetFilters;
  api.visibleNodeIds = function () {
    return nodes.getIds({ filter: function (n) { return !n.hidden; } });
  };
  document.getElementById("pk-reset").addEventListener("click", resetFilters);

  function status(shown) {
    var visibleEdges = edges.get({
      filter: function (e) { return !nodeItems[e.from].hidden && !nodeItems[e.to].hidden; },
    }).length;
    var text = "显示 " + shown + " / " + data.nodes.length + " 个节点," + visibleEdges + " / " + data.edges.length + " 条边";
    if (data.total > data.nodes.length) text += "(全图 " + data.total + " 个节点)";
    text += " · 视图 view: " + data.view;
    document.getElementById("pk-status").textContent = text;
  }

  // -- search ------------------------------------------------------------------------------------
  var results = document.getElementById("pk-results");
  function search(q) {
    var f = fold(q);
    results.replaceChildren();
    if (!f) return [];
    var exact = [], inName = [], inText = [];
    meta.forEach(function (m, i) {
      var names = foldedNames[i];
      if (names.indexOf(f) >= 0) exact.push(i);
      else if (names.some(function (x) { return x.indexOf(f) >= 0; })) inName.push(i);
      else if (foldedText[i].indexOf(f) >= 0) inText.push(i);
    });
    var hits = exact.length ? exact : inName.concat(inText);
    if (!hits.length) {
      results.appendChild(el("li", "pk-none", "没有找到 no match"));
      return [];
    }
    var opened = hits.slice(0, 50).filter(function (i) { return meta[i].folded && !unfolded[i]; });
    if (opened.length) {
      opened.forEach(function (i) { unfolded[i] = true; });
      results.appendChild(el("li", "pk-folded",
        opened.length + " 个结果已并入汇总视图,现已展开 " + opened.length + " folded into the summary view, now unfolded"));
      applyFilters();
    }
    hits.slice(0, 50).forEach(function (i, k) {
      var li = el("li", k === 0 ? "pk-current" : null, (data.kinds[data.nodes[i].kind] || {}).zh + ":" + short(meta[i].name, 36));
      li.addEventListener("click", function () {
        Array.prototype.forEach.call(results.children, function (c) { c.classList.remove("pk-current"); });
        li.classList.add("pk-current");
        focusNode(i);
      });
      results.appendChild(li);
    });
    if (hits.length > 50) results.appendChild(el("li", "pk-none", "…共 " + hits.length + " 个 (" + hits.length + " matches)"));
    focusNode(hits[0]);
    return hits;
  }
  api.search = search;
  document.getElementById("pk-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("pk-search").value);
  });

  // -- legend ------------------------------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function swatch(kind) {
    var s = svgEl("svg", { width: 18, height: 14, viewBox: "0 0 18 14", "aria-hidden": "true" });
    var c = kind.color, shape;
    if (kind.shape === "box") shape = svgEl("rect", { x: 1, y: 2, width: 16, height: 10, rx: 2, fill: c });
    else if (kind.shape === "diamond") shape = svgEl("polygon", { points: "9,0 16,7 9,14 2,7", fill: c });
    else if (kind.shape === "triangle") shape = svgEl("polygon", { points: "9,1 17,13 1,13", fill: c });
    else if (kind.shape === "star") shape = svgEl("polygon", { points: "9,0 11,5 17,5 12,8.5 14,14 9,10.5 4,14 6,8.5 1,5 7,5", fill: c });
    else if (kind.shape === "hexagon") shape = svgEl("polygon", { points: "5,1 13,1 17,7 13,13 5,13 1,7", fill: c });
    else shape = svgEl("circle", { cx: 9, cy: 7, r: 6, fill: c });
    s.appendChild(shape);
    return s;
  }
  function lineSwatch(rel) {
    var s = svgEl("svg", { width: 34, height: 10, viewBox: "0 0 34 10", "aria-hidden": "true" });
    var line = svgEl("line", { x1: 1, y1: 5, x2: 27, y2: 5, stroke: rel.color, "stroke-width": Math.min(rel.width, 3) });
    if (rel.dashes) line.setAttribute("stroke-dasharray", Array.isArray(rel.dashes) ? rel.dashes.join(" ") : "5 5");
    s.appendChild(line);
    s.appendChild(svgEl("polygon", { points: "27,1 33,5 27,9", fill: rel.color }));
    return s;
  }
  var legend = document.getElementById("pk-legend");
  legend.appendChild(el("h3", null, "节点 Nodes"));
  var ul = el("ul");
  Object.keys(data.kinds).forEach(function (k) {
    var li = el("li");
    li.appendChild(swatch(data.kinds[k]));
    li.appendChild(document.createTextNode(data.kinds[k].zh + " " + data.kinds[k].en + (k === "agency" ? "(大小 = 任务数 size = tasks)" : "")));
    ul.appendChild(li);
  });
  legend.appendChild(ul);
  legend.appendChild(el("h3", null, "关系 Relations"));
  ul = el("ul");
  Object.keys(data.relations).forEach(function (r) {
    var li = el("li");
    li.appendChild(lineSwatch(data.relations[r]));
    li.appendChild(document.createTextNode(data.relations[r].zh + " " + data.relations[r].en));
    ul.appendChild(li);
  });
  legend.appendChild(ul);

  // -- notes -------------------------------------------------------------------------------------
  var notes = document.getElementById("pk-notes");
  data.notes.forEach(function (t) { notes.appendChild(el("p", null, t)); });

  status(data.nodes.length);
  api.ready = true;
  document.body.setAttribute("data-ready", "true");
})();
