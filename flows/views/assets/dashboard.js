(function () {
  "use strict";
  const D = JSON.parse(document.getElementById("data").textContent);
  const META = D.meta;
  const SERIES = Object.fromEntries(D.series.map((s) => [s.key, s]));
  const CONFIG = { displaylogo: false, responsive: true };
  const FONT = { family: '"Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif', size: 12 };
  const COLORS = ["#1d4ed8", "#b42318", "#067647", "#b54708", "#6941c6", "#0e7090", "#c11574", "#4d5761"];
  const RATES = [["reconsideration_rate", "reconsiderations"], ["lawsuit_rate", "lawsuits"]];
  const $ = (id) => document.getElementById(id);
  const TEXT_COLUMNS = new Set(["figure", "read from", "severity", "expectation", "stage", "reason", "metric", "unit",
    "source file", "era", "title", "check", "result"]);

  function records(cols) {
    const keys = Object.keys(cols || {});
    if (!keys.length) return [];
    const n = cols[keys[0]].length, out = new Array(n);
    for (let i = 0; i < n; i++) { const r = {}; for (const k of keys) r[k] = cols[k][i]; out[i] = r; }
    return out;
  }
  function fmt(v) {
    if (v === null || v === undefined || Number.isNaN(v)) return "—";
    return Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 2 });
  }
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k === "onclick") e.addEventListener("click", v);
      else if (k.startsWith("data-") || k === "title" || k === "id" || k === "colspan") e.setAttribute(k, v);
      else e[k] = v;
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c === null || c === undefined ? "" : String(c)));
    return e;
  }
  function table(id, header, rows) {
    const t = $(id); t.replaceChildren();
    t.append(el("thead", {}, el("tr", {}, ...header.map((h) => el("th", { class: TEXT_COLUMNS.has(h) ? "text" : "" }, h)))));
    const body = el("tbody");
    for (const r of rows) body.append(r);
    t.append(body);
  }
  function layout(extra) {
    return Object.assign({ font: FONT, margin: { l: 60, r: 20, t: 30, b: 50 }, colorway: COLORS,
      legend: { orientation: "h", y: 1.12 }, xaxis: { type: "category" }, hovermode: "closest" }, extra || {});
  }
  function noData(extra) {
    return layout(Object.assign({ annotations: [{ text: "No data for these filters", showarrow: false,
      xref: "paper", yref: "paper", x: 0.5, y: 0.5 }] }, extra || {}));
  }

  const COV = records(D.coverage), CELLS = records(D.cells), EVIDENCE = records(D.evidence);
  const FINDINGS = records(D.findings), FINDING_ROWS = records(D.finding_rows);
  const QUARANTINE = records(D.quarantine), QUARANTINE_ROWS = records(D.quarantine_rows);
  const COV_ROWS = records(D.coverage_rows);
  const YEARS = META.years;
  const state = { provinces: new Set(), from: YEARS[0], to: YEARS[YEARS.length - 1], eras: new Set(META.eras) };

  function keep(r) {
    if (state.provinces.size && !state.provinces.has(r.province)) return false;
    if (!state.eras.has(r.era)) return false;
    if (!r.year) return state.from === YEARS[0] && state.to === YEARS[YEARS.length - 1];
    return r.year >= state.from && r.year <= state.to;
  }
  const shownYears = () => YEARS.filter((y) => y >= state.from && y <= state.to);
  function sum(rows, pred, field) { let s = 0; for (const r of rows) if (pred(r)) s += r[field]; return s; }
  function seriesByYear(key, field) {
    const m = new Map();
    for (const c of CELLS) if (c.series === key && c.year && keep(c)) m.set(c.year, (m.get(c.year) || 0) + c[field || "value"]);
    return m;
  }

  // Evidence panel: the metric rows (with their sentence) behind one number.
  function showEvidence(panel, title, rows, total, sql) {
    const box = $("evidence-" + panel); box.replaceChildren();
    box.append(el("h4", {}, "Evidence — " + title));
    const docs = new Set(rows.map((r) => r.doc_id));
    box.append(el("p", { class: "hint" }, total > docs.size
      ? `${docs.size} of ${total} reports shown (the largest values first; the page keeps ${META.evidence_per_cell} per province, year and era). All of them: gongkai query "${sql}"`
      : `${docs.size} report${docs.size === 1 ? "" : "s"}.`));
    const t = el("table"), head = ["year", "region", "province", "era", "figure", "metric", "value", "evidence", "source file"];
    t.append(el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { class: ["evidence", "region", "metric", "figure"].includes(h) ? "text" : "" }, h)))));
    const b = el("tbody");
    for (const r of rows) {
      b.append(el("tr", { class: "evidence-row" },
        el("td", {}, r.year || "?"), el("td", { class: "text" }, r.region || "—"), el("td", { class: "text" }, r.province),
        el("td", {}, r.era), el("td", { class: "text" }, SERIES[r.series] ? SERIES[r.series].label : r.series),
        el("td", { class: "text" }, r.metric), el("td", {}, fmt(r.value) + (r.qualifier && r.qualifier !== "exact" ? " (" + r.qualifier + ")" : "")),
        el("td", { class: "evidence-text" }, r.evidence), el("td", { title: r.doc_id }, r.source_file)));
    }
    t.append(b); box.append(t);
  }
  function hint(panel, text) {
    const box = $("evidence-" + panel); box.replaceChildren(el("p", { class: "hint" }, text));
  }
  function figureEvidence(panel, keys, year) {
    const rows = EVIDENCE.filter((r) => keys.includes(r.series) && (year === null || r.year === year) && keep(r));
    const total = sum(CELLS, (c) => c.series === keys[0] && (year === null || c.year === year) && keep(c), "reports");
    const label = keys.map((k) => (SERIES[k] ? SERIES[k].label : k)).join(" / ");
    const metrics = [...new Set(rows.map((r) => r.metric))].map((m) => `'${m}'`).join(", ") || "''";
    const sql = `SELECT r.region, r.report_year, m.metric, m.value, m.evidence FROM metrics m JOIN reports r USING (doc_id) WHERE m.metric IN (${metrics})` + (year ? ` AND r.report_year = ${year}` : "");
    showEvidence(panel, label + (year ? ", " + year : ""), rows, total, sql);
  }
  function numberCell(value, onclick, attrs) {
    return el("td", Object.assign({ class: onclick ? "clickable" : "", onclick: onclick || null }, attrs || {}), fmt(value));
  }
  function select(td) {
    document.querySelectorAll("td.selected").forEach((x) => x.classList.remove("selected"));
    if (td) td.classList.add("selected");
  }

  // Coverage by province × year, and the share of reports stating each figure.
  function drawCoverage() {
    const kept = COV.filter(keep);
    const years = shownYears().filter((y) => kept.some((c) => c.year === y));
    if (kept.some((c) => !c.year)) years.push(0);
    const totals = new Map();
    for (const c of kept) totals.set(c.province, (totals.get(c.province) || 0) + c.reports);
    const provs = [...totals.keys()].sort((a, b) => totals.get(a) - totals.get(b) || (a < b ? 1 : -1));
    const z = provs.map((p) => years.map((y) => { const n = sum(kept, (c) => c.province === p && c.year === y, "reports"); return n || null; }));
    const x = years.map((y) => (y ? String(y) : "unknown"));
    const gd = $("chart-coverage");
    if (!kept.length) { Plotly.react(gd, [], noData()); return; }
    const height = Math.max(220, 60 + 30 * provs.length);
    gd.style.height = height + "px";
    Plotly.react(gd, [{ type: "heatmap", x, y: provs, z, text: z.map((r) => r.map((v) => (v ? String(v) : ""))),
      texttemplate: "%{text}", colorscale: [[0, "#fde2e1"], [1, "#b42318"]], zmin: 1, showscale: false, xgap: 2, ygap: 2,
      hovertemplate: "%{y}, %{x}: %{z} reports<extra></extra>" }],
      layout({ margin: { l: 110, r: 20, t: 10, b: 40 }, height }), CONFIG);
    gd.removeAllListeners && gd.removeAllListeners("plotly_click");
    gd.on("plotly_click", (ev) => {
      const p = ev.points[0], year = p.x === "unknown" ? 0 : Number(p.x);
      const rows = COV_ROWS.filter((r) => r.province === p.y && r.year === year && keep(r));
      const box = $("evidence-coverage"); box.replaceChildren(el("h4", {}, `Evidence — reports of ${p.y}, ${p.x}`));
      const t = el("table"); t.append(el("thead", {}, el("tr", {}, ...["year", "region", "era", "title", "source file"].map((h) => el("th", {}, h)))));
      const b = el("tbody");
      for (const r of rows) b.append(el("tr", { class: "evidence-row" }, el("td", {}, r.year || "?"), el("td", { class: "text" }, r.region || "—"),
        el("td", {}, r.era), el("td", { class: "evidence-text" }, r.title || "—"), el("td", { title: r.doc_id }, r.source_file)));
      t.append(b); box.append(t);
    });
  }
  function drawStated() {
    const reports = sum(COV, keep, "reports");
    const keys = D.series.map((s) => s.key);
    const stated = keys.map((k) => sum(CELLS, (c) => c.series === k && keep(c), "reports"));
    const share = stated.map((n) => (reports ? (100 * n) / reports : 0));
    const gd = $("chart-stated");
    Plotly.react(gd, [{ type: "bar", x: keys.map((k) => SERIES[k].label), y: share, customdata: keys, marker: { color: COLORS[0] },
      text: share.map((s) => s.toFixed(0) + "%"), textposition: "outside", hovertemplate: "%{x}: %{y:.0f}% of reports<extra></extra>" }],
      layout({ yaxis: { title: "% of reports", range: [0, 110] }, margin: { l: 60, r: 20, t: 10, b: 110 } }), CONFIG);
    gd.removeAllListeners && gd.removeAllListeners("plotly_click");
    gd.on("plotly_click", (ev) => figureEvidence("coverage", [ev.points[0].customdata], null));
    table("numbers-stated", ["figure", "reports stating it", "share", "read from"], keys.map((k, i) => {
      const tr = el("tr", { "data-series": k });
      tr.append(el("td", {}, SERIES[k].label));
      const td = numberCell(stated[i], () => { select(td); figureEvidence("coverage", [k], null); }, { "data-series": k });
      tr.append(td, el("td", {}, reports ? share[i].toFixed(0) + "%" : "—"), el("td", { class: "text" }, SERIES[k].source));
      return tr;
    }));
    hint("coverage", "Click a heat-map cell, a bar or a number to see the reports and sentences behind it.");
  }

  // A chart of yearly sums: bars (stacked) for `bars`, a line for `line`; a numbers table below.
  function drawYearly(panel, line, bars, yTitle) {
    const years = shownYears();
    const x = years.map(String);
    const traces = [];
    const sums = {};
    for (const key of [line, ...bars]) {
      const m = seriesByYear(key);
      sums[key] = m;
      const y = years.map((yr) => (m.has(yr) ? m.get(yr) : null));
      const base = { x, y, name: SERIES[key].label, meta: key, hovertemplate: "%{x}: %{y:,} (" + SERIES[key].label + ")<extra></extra>" };
      traces.push(key === line ? Object.assign(base, { type: "scatter", mode: "lines+markers", line: { color: "#111827", width: 3 }, marker: { size: 9 } })
        : Object.assign(base, { type: "bar" }));
    }
    const gd = $("chart-" + panel);
    const anything = Object.values(sums).some((m) => m.size);
    Plotly.react(gd, anything ? traces : [], anything ? layout({ barmode: "stack", yaxis: { title: yTitle } }) : noData(), CONFIG);
    gd.removeAllListeners && gd.removeAllListeners("plotly_click");
    gd.on("plotly_click", (ev) => { const p = ev.points[0]; figureEvidence(panel, [p.data.meta], Number(p.x)); });
    const keys = [line, ...bars];
    table("numbers-" + panel, ["year", ...keys.map((k) => SERIES[k].label)], years.filter((y) => keys.some((k) => sums[k].has(y))).map((y) => {
      const tr = el("tr", { "data-year": y }); tr.append(el("td", {}, y));
      for (const k of keys) {
        const v = sums[k].has(y) ? sums[k].get(y) : null;
        const td = numberCell(v, v === null ? null : () => { select(td); figureEvidence(panel, [k], y); }, { "data-series": k, "data-year": y });
        tr.append(td);
      }
      return tr;
    }));
    $("caption-" + panel).textContent = "Sums over the reports that state each figure (a report that does not state it adds nothing). Read from: " +
      keys.map((k) => SERIES[k].label + " = " + SERIES[k].source).join("; ") + ". Click a bar, a point or a number for the evidence.";
    hint(panel, "Click a bar, a point or a number to see the sentences behind it.");
  }

  function drawAppeals() {
    const years = shownYears(), x = years.map(String), traces = [], rows = new Map();
    for (const [rate, key] of RATES) {
      const cases = seriesByYear(rate + ".cases"), req = seriesByYear(rate + ".requests");
      const y = years.map((yr) => (req.get(yr) ? (100 * (cases.get(yr) || 0)) / req.get(yr) : null));
      traces.push({ type: "scatter", mode: "lines+markers", x, y, name: SERIES[key].label + " per 100 requests", meta: rate, marker: { size: 9 },
        customdata: years.map((yr) => [cases.get(yr), req.get(yr)]),
        hovertemplate: "%{x}: %{y:.2f} per 100 requests (%{customdata[0]} of %{customdata[1]})<extra></extra>" });
      for (const yr of years) if (req.has(yr)) {
        const r = rows.get(yr) || {}; r[rate] = [cases.get(yr) || 0, req.get(yr), req.get(yr) ? (100 * (cases.get(yr) || 0)) / req.get(yr) : null]; rows.set(yr, r);
      }
    }
    const gd = $("chart-appeals");
    Plotly.react(gd, rows.size ? traces : [], rows.size ? layout({ yaxis: { title: "cases per 100 requests", rangemode: "tozero" } }) : noData(), CONFIG);
    gd.removeAllListeners && gd.removeAllListeners("plotly_click");
    gd.on("plotly_click", (ev) => { const p = ev.points[0]; figureEvidence("appeals", [p.data.meta + ".cases", p.data.meta + ".requests"], Number(p.x)); });
    const head = ["year"];
    for (const [, key] of RATES) head.push(SERIES[key].label, "requests (same reports)", "per 100 requests");
    table("numbers-appeals", head, [...rows.keys()].sort().map((y) => {
      const tr = el("tr", { "data-year": y }); tr.append(el("td", {}, y));
      for (const [rate] of RATES) {
        const v = rows.get(y)[rate];
        if (!v) { tr.append(el("td", {}, "—"), el("td", {}, "—"), el("td", {}, "—")); continue; }
        const open = (td) => () => { select(td); figureEvidence("appeals", [rate + ".cases", rate + ".requests"], y); };
        const a = numberCell(v[0], null, { "data-series": rate + ".cases", "data-year": y }); a.onclick = open(a); a.className = "clickable";
        const b = numberCell(v[1], null, { "data-series": rate + ".requests", "data-year": y }); b.onclick = open(b); b.className = "clickable";
        tr.append(a, b, el("td", { "data-series": rate, "data-year": y }, v[2] === null ? "—" : v[2].toFixed(2)));
      }
      return tr;
    }));
    $("caption-appeals").textContent = "Cases per 100 requests, over the reports that state both the cases and the requests received. " +
      RATES.map(([, k]) => SERIES[k].label + " = " + SERIES[k].source).join("; ") + "; requests = " + SERIES.requests.source + ".";
    hint("appeals", "Click a point or a number to see the sentences behind it.");
  }

  function drawQuality() {
    const agg = new Map();
    for (const c of FINDINGS) if (keep(c)) {
      const k = c.severity + "\u0000" + c.expectation, a = agg.get(k) || { severity: c.severity, expectation: c.expectation, findings: 0, reports: 0 };
      a.findings += c.findings; a.reports += c.reports; agg.set(k, a);
    }
    const rows = [...agg.values()].sort((a, b) => b.findings - a.findings || (a.expectation < b.expectation ? -1 : 1));
    const traces = ["error", "warning"].map((sev, i) => {
      const rs = rows.filter((r) => r.severity === sev);
      return { type: "bar", orientation: "h", name: sev, y: rs.map((r) => r.expectation), x: rs.map((r) => r.findings),
        marker: { color: i ? "#f79009" : "#b42318" }, meta: sev, hovertemplate: "%{y}: %{x} findings<extra>" + sev + "</extra>" };
    }).filter((t) => t.x.length);
    const gd = $("chart-findings"), height = Math.max(220, 80 + 30 * rows.length);
    gd.style.height = height + "px";
    Plotly.react(gd, traces, traces.length ? layout({ margin: { l: 420, r: 20, t: 30, b: 40 }, xaxis: { title: "findings" }, yaxis: { automargin: true },
      height }) : noData(), CONFIG);
    const show = (sev, exp) => {
      const list = FINDING_ROWS.filter((r) => r.severity === sev && r.expectation === exp && keep(r));
      showEvidence("quality", `${sev}: ${exp}`, list.map((r) => ({ year: r.year, region: r.region, province: r.province, era: r.era,
        series: r.table, metric: r.expectation, value: null, evidence: r.detail, source_file: r.source_file, doc_id: r.doc_id })),
        (agg.get(sev + "\u0000" + exp) || { reports: 0 }).reports, `SELECT * FROM findings WHERE expectation = '${exp}'`);
    };
    gd.removeAllListeners && gd.removeAllListeners("plotly_click");
    gd.on("plotly_click", (ev) => { const p = ev.points[0]; show(p.data.meta, p.y); });
    table("numbers-findings", ["severity", "expectation", "findings", "reports"], rows.map((r) => {
      const td = numberCell(r.findings, () => { select(td); show(r.severity, r.expectation); }, { "data-expectation": r.expectation });
      return el("tr", {}, el("td", {}, r.severity), el("td", { class: "text" }, r.expectation), td, el("td", {}, fmt(r.reports)));
    }));
    table("numbers-quarantine", ["stage", "reason", "rows", "documents"], QUARANTINE.length ? QUARANTINE.map((q) => {
      const td = numberCell(q.rows, () => {
        select(td);
        showEvidence("quality", `quarantined at ${q.stage}: ${q.reason}`, QUARANTINE_ROWS.filter((r) => r.stage === q.stage && r.reason === q.reason)
          .map((r) => ({ year: 0, region: "", province: "", era: "", series: r.stage, metric: r.reason, value: null, evidence: r.detail,
            source_file: r.source_file, doc_id: r.doc_id })), q.documents, `SELECT * FROM quarantine WHERE reason = '${q.reason}'`);
      });
      return el("tr", {}, el("td", {}, q.stage), el("td", { class: "text" }, q.reason), td, el("td", {}, fmt(q.documents)));
    }) : [el("tr", {}, el("td", { colspan: "4" }, "Nothing quarantined (not filtered by province, year or era)."))]);
    hint("quality", "Click a bar or a number to see the findings.");
  }

  // One body across years.
  function drawBody(i) {
    const b = D.bodies[i];
    if (!b) return;
    const reports = records(b.reports), series = records(b.series), changes = records(b.changes);
    const figures = records(b.figures), cont = records(b.continuity), copied = records(b.copied), passages = records(b.passages);
    const dup = new Set(reports.map((r) => r.report_year)).size < reports.length;
    const col = (r) => (dup ? r.report_year + " " + r.source_file : String(r.report_year));
    const cols = reports.map(col), byDoc = Object.fromEntries(reports.map((r) => [r.doc_id, r]));
    table("body-reports", ["year", "source file", "era", "title"], reports.map((r) =>
      el("tr", {}, el("td", {}, r.report_year), el("td", { class: "text" }, r.source_file), el("td", { class: "text" }, r.format_era || "—"), el("td", { class: "text" }, r.title || "—"))));
    const keys = ["requests", "granted", "denied", "reconsiderations", "lawsuits", "proactive_total"];
    const traces = keys.map((k) => {
      const y = reports.map((r) => { const f = figures.find((x) => x.doc_id === r.doc_id && x.series === k); return f ? f.value : null; });
      return { type: "scatter", mode: "lines+markers", x: cols, y, name: SERIES[k].label, connectgaps: false, marker: { size: 8 },
        yaxis: k === "proactive_total" ? "y2" : "y", hovertemplate: "%{x}: %{y:,} (" + SERIES[k].label + ")<extra></extra>" };
    }).filter((t) => t.y.some((v) => v !== null));
    Plotly.react("chart-body", traces, traces.length ? layout({ margin: { l: 60, r: 70, t: 30, b: 50 }, yaxis: { title: "requests, cases", rangemode: "tozero" },
      yaxis2: { title: "items disclosed", overlaying: "y", side: "right", rangemode: "tozero" } }) : noData(), CONFIG);
    const change = new Map(changes.map((c) => [c.metric + "|" + c.report_year, c.change]));
    const metricsOrder = [...new Set(series.map((s) => s.metric))];
    table("body-series", ["metric", "unit", ...cols], metricsOrder.map((m) => {
      const tr = el("tr", { "data-metric": m }); tr.append(el("td", {}, m), el("td", { class: "text" }, D.units[m] || ""));
      for (const r of reports) {
        const s = series.find((x) => x.metric === m && x.doc_id === r.doc_id);
        if (!s) { tr.append(el("td", {}, "")); continue; }
        const ch = change.get(m + "|" + r.report_year);
        const mark = s.qualifier === "approx" ? "~" : s.qualifier === "at_least" ? "≥" : "";
        const td = el("td", { class: "clickable", "data-metric": m, "data-year": r.report_year, title: s.evidence || "" },
          s.value === null ? "blank" : mark + fmt(s.value));
        if (ch) td.append(el("span", { class: ch > 0 ? "up" : "down" }, " (" + (ch > 0 ? "+" : "") + fmt(ch) + ")"));
        td.addEventListener("click", () => {
          select(td);
          showEvidence("body", `${m}, ${r.report_year}`, [{ year: r.report_year, region: b.label, province: "", era: r.format_era, series: "",
            metric: m, value: s.value, qualifier: s.qualifier, evidence: s.evidence, source_file: r.source_file, doc_id: r.doc_id }], 1, "");
        });
        tr.append(td);
      }
      return tr;
    }));
    hint("body", "Click a number to see the sentence it was read from.");
    table("body-continuity", ["years", "check", "year N", "year N+1", "result"], cont.length ? cont.map((c) =>
      el("tr", { "data-years": c.year + "-" + c.next_year }, el("td", {}, c.year + "→" + c.next_year), el("td", { class: "text" }, c.check),
        el("td", {}, fmt(c.expected)), el("td", {}, fmt(c.stated)), el("td", { class: "text " + c.status }, c.status)))
      : [el("tr", {}, el("td", { colspan: "5" }, "Only one report: no continuity to check."))]);
    table("body-copied", ["report", "from", "sentences copied", "share of text"], copied.map((c) =>
      el("tr", { "data-year": c.report_year }, el("td", {}, c.report_year), el("td", {}, c.prev_year),
        el("td", {}, `${c.copied || 0} of ${c.passages || 0}`), el("td", {}, ((c.share || 0) * 100).toFixed(0) + "%"))));
    $("body-passages").replaceChildren(...passages.map((p) => el("li", {}, `${p.report_year} ← ${p.prev_year}: “${p.passage}”`)));
  }
  function setupBodies() {
    const sel = $("body-select");
    sel.replaceChildren(...D.bodies.map((b, i) => el("option", { value: String(i) }, `${b.label} — ${b.reports.report_year.length} reports`)));
    sel.addEventListener("change", () => drawBody(Number(sel.value)));
    $("caption-bodies").textContent = D.only_bodies ? "Written by `gongkai compare --html`; `gongkai report` writes the whole dashboard."
      : D.bodies.length ? `${D.bodies.length} of ${META.bodies_with_years} bodies with reports for several years have a page here (most years first); ` +
        "`gongkai compare REGION` shows any body, `gongkai report --body REGION` adds one. Filters above do not apply here."
      : "No body has reports for several years in this lake.";
    if (D.bodies.length) drawBody(0); else $("body-view").hidden = true;
  }

  function setupFilters() {
    const prov = $("f-province");
    prov.replaceChildren(...META.provinces.map((p) => el("option", { value: p }, p)));
    for (const id of ["f-year-from", "f-year-to"]) $(id).replaceChildren(...YEARS.map((y) => el("option", { value: String(y) }, y)));
    $("f-year-from").value = String(state.from); $("f-year-to").value = String(state.to);
    const eras = $("f-eras");
    for (const e of META.eras) {
      const box = el("input", { type: "checkbox", checked: true, value: e });
      box.addEventListener("change", () => { box.checked ? state.eras.add(e) : state.eras.delete(e); redraw(); });
      eras.append(el("label", {}, box, " " + e));
    }
    prov.addEventListener("change", () => { state.provinces = new Set([...prov.selectedOptions].map((o) => o.value)); redraw(); });
    $("f-year-from").addEventListener("change", (ev) => { state.from = Number(ev.target.value); if (state.to < state.from) { state.to = state.from; $("f-year-to").value = ev.target.value; } redraw(); });
    $("f-year-to").addEventListener("change", (ev) => { state.to = Number(ev.target.value); if (state.from > state.to) { state.from = state.to; $("f-year-from").value = ev.target.value; } redraw(); });
    $("f-reset").addEventListener("click", () => {
      state.provinces = new Set(); state.from = YEARS[0]; state.to = YEARS[YEARS.length - 1]; state.eras = new Set(META.eras);
      [...prov.options].forEach((o) => (o.selected = false)); $("f-year-from").value = String(state.from); $("f-year-to").value = String(state.to);
      eras.querySelectorAll("input").forEach((b) => (b.checked = true)); redraw();
    });
  }
  function redraw() {
    const n = sum(COV, keep, "reports");
    $("f-summary").textContent = `Showing ${fmt(n)} of ${fmt(META.reports)} reports`;
    drawCoverage(); drawStated();
    drawYearly("requests", "requests", ["granted", "partial", "denied", "unable", "not_processed", "other_outcome"], "requests");
    drawAppeals();
    drawYearly("proactive", "proactive_total", ["proactive_website", "proactive_gazette", "proactive_weibo", "proactive_wechat", "proactive_other"], "items");
    drawQuality();
  }

  const span = YEARS.length ? `${YEARS[0]}–${YEARS[YEARS.length - 1]}` : "no known years";
  $("subtitle").textContent = `${fmt(META.reports)} reports · ${fmt(META.bodies)} bodies · ${META.provinces.length} provinces · ${span} · ` +
    `${fmt(META.metric_rows)} metric values · lake ${META.lake}`;
  if (D.only_bodies) {
    for (const id of ["filters", "coverage", "requests", "appeals", "proactive", "quality", "nav"]) $(id).hidden = true;
    $("title").firstChild.textContent = D.bodies.length ? D.bodies[0].label + " " : "gongkai ";
  } else {
    setupFilters();
    redraw();
  }
  setupBodies();
})();
