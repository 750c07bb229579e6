/* The operator dashboard: bundles and their offline metrics (promote, roll back), event volume,
 * top and zero-result queries, live latency, and the serving bundle's training report. Reads
 * /v1/admin/*, which needs a key with the admin scope (the demo's write key has it). */
"use strict";

(() => {
  const { api, ApiError, h, clear, number, toast } = Kaiyu;
  const $ = (id) => document.getElementById(id);
  const REFRESH_MS = 10000;
  const TYPE_COLOURS = { view: "#9db1f5", click: "#3457d5", add_to_cart: "#e07a2f", purchase: "#1e8a4c",
                         remove_from_cart: "#c0392b", search: "#b03a8c" };

  let loading = false;

  function shortVersion(version, seconds = false) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(-\d+)?$/.exec(version || "");
    return m ? `${m[2]}-${m[3]} ${m[4]}:${m[5]}${seconds ? ":" + m[6] : ""}${m[7] || ""}` : version || "–";
  }

  function when(iso) {
    if (!iso) return "–";
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
  }

  function fmt(value, digits = 4) {
    return typeof value === "number" ? value.toFixed(digits) : "–";
  }

  function table(columns, rows, { empty = "Nothing yet.", rowClass } = {}) {
    if (!rows.length) return h("div", { class: "empty-state" }, empty);
    return h("table", { class: "data" },
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { class: c.num ? "num" : "" }, c.title)))),
      h("tbody", {}, rows.map((row) => h("tr", { class: rowClass ? rowClass(row) : "" },
        columns.map((c) => h("td", { class: c.num ? "num" : "" }, c.cell(row)))))));
  }

  function showError(err) {
    const box = clear($("alert"));
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      const needs = err.status === 401 ? "This dashboard needs a key with the admin scope." : "This key cannot read operator data: it needs the admin scope.";
      box.append(h("div", { class: "notice error", id: "key-needed" }, needs, " ",
        h("a", { href: "#", onclick: (e) => { e.preventDefault(); openKeys(needs); } }, "Enter keys"),
        " (`kaiyu demo` prints the demo's write key, which has it)."));
      return;
    }
    box.append(h("div", { class: "notice error", role: "alert" }, err.message || String(err)));
  }

  function openKeys(reason) {
    Kaiyu.keyDialog({ reason, onSave: () => load() });
  }

  /* Operator calls: the write key slot, holding a key with the admin scope. */
  const admin = (path, options = {}) => api("/v1/admin" + path, { auth: "write", ...options });

  /* -- panels ---------------------------------------------------------------------------------- */
  function renderKpis(overview, latency) {
    const report = overview.report || {};
    const metrics = report.metrics || {};
    const primary = metrics.primary_metric;
    const byRoute = Object.fromEntries((latency.routes || []).map((r) => [r.route, r]));
    const search = byRoute["/v1/search"];
    const recs = byRoute["/v1/users/{user_id}/recommendations"];
    const s = overview.searches;
    const kpi = (label, value, sub, id) => h("div", { class: "panel kpi", id }, h("div", { class: "label" }, label),
      h("div", { class: "value" }, value), h("div", { class: "sub" }, sub));
    clear($("kpis")).append(
      kpi("Serving bundle", shortVersion(overview.serving),
          primary ? `${primary} ${fmt(metrics[primary])}` : "no metrics", "kpi-bundle"),
      kpi("Catalogue", number(overview.items), overview.index_items !== null ? `${number(overview.index_items)} in the search index` : "", "kpi-items"),
      kpi("Events", number(overview.events),
          `${number(overview.events_by_type.purchase || 0)} purchases · ${number(overview.events_by_type.add_to_cart || 0)} carts`, "kpi-events"),
      kpi("Searches logged", number(s.searches),
          s.searches ? `${((100 * s.zero_result_searches) / s.searches).toFixed(1)}% found nothing` : "none yet", "kpi-searches"),
      kpi("Search p95", search ? `${search.p95_ms.toFixed(1)} ms` : "–",
          recs ? `recommendations p95 ${recs.p95_ms.toFixed(1)} ms` : "since start", "kpi-latency"));
  }

  function renderMetricChart(bundles) {
    const rows = bundles.bundles;
    const names = [...new Set(rows.flatMap((b) => Object.keys(b.metrics)))].sort((a, b) => (a.startsWith("all.") ? -1 : 0) - (b.startsWith("all.") ? -1 : 0) || a.localeCompare(b));
    const box = $("metric-chart");
    if (!rows.length || !names.length) {
      clear(box).append(h("div", { class: "empty-state" }, "No bundle with offline metrics yet: run kaiyu train."));
      return;
    }
    KaiyuCharts.line(box, {
      title: "offline metrics per bundle",
      labels: (() => {  // bundles trained within a minute of each other get their seconds too
        const labels = rows.map((b) => shortVersion(b.version));
        return new Set(labels).size < labels.length ? rows.map((b) => shortVersion(b.version, true)) : labels;
      })(),
      series: names.map((name) => ({ name, values: rows.map((b) => (name in b.metrics ? b.metrics[name] : null)) })),
      highlight: rows.findIndex((b) => b.current),
    });
    const primary = rows.map((b) => b.primary_metric).filter(Boolean).pop();
    $("metric-note").textContent = `${rows.length} bundle${rows.length === 1 ? "" : "s"} kept${primary ? "; gate on " + primary : ""}`;
  }

  function confirmButton(label, confirmLabel, action, attrs = {}) {
    let armed = null;
    const button = h("button", { type: "button", class: "btn small", ...attrs, onclick: async () => {
      if (!armed) {
        button.textContent = confirmLabel;
        button.classList.add("confirm");
        armed = setTimeout(() => { armed = null; button.textContent = label; button.classList.remove("confirm"); }, 5000);
        return;
      }
      clearTimeout(armed);
      armed = null;
      button.disabled = true;
      try {
        await action();
      } finally {
        button.disabled = false;
        button.textContent = label;
        button.classList.remove("confirm");
      }
    } }, label);
    return button;
  }

  function renderBundles(bundles) {
    const rows = [...bundles.bundles].reverse();
    const metricNames = [...new Set(rows.flatMap((b) => Object.keys(b.metrics)))].sort();
    const columns = [
      { title: "Version", cell: (b) => h("span", { class: "mono" }, b.version) },
      { title: "Created", cell: (b) => when(b.created_at) },
      ...metricNames.map((name) => ({ title: name, num: true, cell: (b) => fmt(b.metrics[name]) })),
      { title: "Items", num: true, cell: (b) => number(b.data.items) },
      { title: "Events", num: true, cell: (b) => number(b.data.events) },
      { title: "Training gate", cell: (b) => h("span", { title: b.gate || "" },
          b.promoted_by_training === false ? h("span", { class: "badge warn" }, "held back") : h("span", { class: "muted" }, b.gate ? "passed" : "–")) },
      { title: "", cell: (b) => b.current
          ? h("span", { class: "badge current" }, bundles.serving === b.version ? "serving" : "current")
          : confirmButton("Promote", "Confirm promote", () => promote(b.version), { dataset: { version: b.version }, class: "btn small promote" }) },
    ];
    clear($("bundles")).append(table(columns, rows, { rowClass: (b) => (b.current ? "current" : ""), empty: "No bundles yet: run kaiyu train." }));
    clear($("history")).append(table([
      { title: "When", cell: (e) => when(e.at) },
      { title: "Version", cell: (e) => h("span", { class: "mono" }, e.version) },
      { title: "Why", cell: (e) => e.reason },
    ], [...bundles.history].reverse().slice(0, 12), { empty: "No promotions yet." }));
    $("rollback").disabled = bundles.history.length < 2;
  }

  function renderEvents(daily) {
    const box = $("events-chart");
    if (!daily.days.length) {
      clear(box).append(h("div", { class: "empty-state" }, "No events stored yet."));
      $("events-note").textContent = "";
      return;
    }
    KaiyuCharts.stackedBars(box, {
      title: "events per day by type",
      labels: daily.days.map((d) => d.slice(5)),
      series: daily.types.map((t) => ({ name: t.replace(/_/g, " "), values: daily.counts[t], color: TYPE_COLOURS[t] })),
    });
    const total = daily.totals.reduce((a, b) => a + b, 0);
    $("events-note").textContent = `${number(total)} events, ${daily.days[0].slice(5)} to ${daily.days[daily.days.length - 1].slice(5)} UTC`;
  }

  function renderQueries(q) {
    $("queries-note").textContent = `${number(q.searches)} searches, ${number(q.distinct_queries)} distinct`;
    const top = Math.max(1, ...q.top.map((r) => r.searches));
    clear($("top-queries")).append(table([
      { title: "Query", cell: (r) => r.query },
      { title: "Searches", num: true, cell: (r) => h("span", { class: "bar-cell", style: "justify-content:flex-end" },
          h("span", { class: "bar", style: `width:${Math.round((60 * r.searches) / top)}px` }), number(r.searches)) },
      { title: "Avg results", num: true, cell: (r) => (r.avg_results === null ? "–" : r.avg_results.toFixed(1)) },
      { title: "Last", cell: (r) => when(r.last_at) },
    ], q.top, { empty: "No searches logged yet." }));
    clear($("zero-queries")).append(table([
      { title: "Query", cell: (r) => r.query },
      { title: "Searches", num: true, cell: (r) => number(r.searches) },
      { title: "Last", cell: (r) => when(r.last_at) },
    ], q.zero_results, { empty: "Every logged search found something." }));
  }

  function renderLatency(latency) {
    $("latency-note").textContent = "p50 / p95 / p99 since start, from the request histogram";
    clear($("latency")).append(table([
      { title: "Route", cell: (r) => h("span", { class: "mono" }, r.route) },
      { title: "Requests", num: true, cell: (r) => number(r.requests) },
      { title: "p50 ms", num: true, cell: (r) => r.p50_ms.toFixed(1) },
      { title: "p95 ms", num: true, cell: (r) => r.p95_ms.toFixed(1) },
      { title: "p99 ms", num: true, cell: (r) => r.p99_ms.toFixed(1) },
    ], latency.routes.slice(0, 12), { empty: "No requests timed yet." }));
  }

  function renderReport(report) {
    const box = clear($("report"));
    if (!report) {
      box.append(h("div", { class: "empty-state" }, "No bundle is serving yet."));
      return;
    }
    $("report-note").textContent = report.version || "";
    const metrics = Object.entries(report.metrics || {}).filter(([, v]) => typeof v === "number");
    const stages = Object.entries(report.stages_s || {});
    const stageTotal = stages.reduce((a, [, v]) => a + v, 0) || 1;
    const tuning = report.tuning || {};
    const holdout = report.holdout || {};
    const weights = ((tuning.config || {}).event_weights) || {};
    box.append(
      h("dl", { class: "kv" },
        h("dt", {}, "Training gate"), h("dd", {}, report.promoted ? h("span", { class: "badge current" }, "promoted") : h("span", { class: "badge warn" }, "not promoted"),
                                 " ", h("span", { class: "muted" }, report.gate ? `(${report.gate})` : "")),
        h("dt", {}, "Trained on"), h("dd", {}, `${number((report.data || {}).items)} items, ${number((report.data || {}).events)} events; snapshot ${when(report.snapshot_at)}`),
        metrics.length ? [h("dt", {}, "Metrics"), h("dd", {}, metrics.map(([k, v]) => h("span", { class: "chip", style: "margin:0 4px 4px 0" }, k, " ", h("b", {}, fmt(v)))))] : null,
        holdout.split ? [h("dt", {}, "Holdout"), h("dd", {}, `${holdout.split}, ${holdout.folds || 1} fold(s), ${number(holdout.users)} shoppers (${number(holdout.users_new)} new)`)] : null,
        tuning.tuning_trials !== undefined ? [h("dt", {}, "Tuning"), h("dd", {}, `${tuning.tuning_trials} trials${tuning.tuning_stopped_early ? ", stopped early" : ""}`)] : null,
        Object.keys(weights).length ? [h("dt", {}, "Event weights"), h("dd", {}, Object.entries(weights).map(([k, v]) => `${k} ${v}`).join(" · "))] : null,
        h("dt", {}, "Took"), h("dd", {}, `${fmt(report.total_s, 1)} s`,
          h("div", { class: "stage-bars" }, stages.map(([k, v], i) => h("span", { title: `${k}: ${v.toFixed(1)} s`,
            style: `width:${(100 * v) / stageTotal}%;background:${KaiyuCharts.PALETTE[i % KaiyuCharts.PALETTE.length]}` }))),
          h("span", { class: "muted" }, stages.map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(" · ")))));
  }

  /* -- actions ------------------------------------------------------------------------------------- */
  async function waitServing(version) {
    for (let i = 0; i < 40; i++) {
      const overview = await admin("/overview");
      if (overview.serving === version) return true;
      await new Promise((r) => setTimeout(r, 500));
    }
    return false;
  }

  async function afterSwitch(result, verb) {
    toast(`${verb} ${result.current}; waiting for the workers to load it…`);
    const serving = await waitServing(result.current);
    toast(serving ? `Now serving ${result.current}` : `${result.current} is current; workers will follow shortly`);
    await load();
  }

  async function promote(version) {
    try {
      await afterSwitch(await admin(`/bundles/${encodeURIComponent(version)}/promote`, { method: "POST" }), "Promoted");
    } catch (err) {
      toast(err.message, "error");
    }
  }

  async function rollback() {
    try {
      await afterSwitch(await admin("/rollback", { method: "POST" }), "Rolled back to");
    } catch (err) {
      toast(err.message, "error");
    }
  }

  /* -- loading ------------------------------------------------------------------------------------- */
  async function load() {
    if (loading) return;
    loading = true;
    try {
      const [overview, bundles, daily, queries, latency] = await Promise.all([
        admin("/overview"), admin("/bundles"), admin("/events/daily", { params: { days: $("days").value } }),
        admin("/queries", { params: { limit: 10 } }), admin("/latency")]);
      clear($("alert"));
      renderKpis(overview, latency);
      renderMetricChart(bundles);
      renderBundles(bundles);
      renderEvents(daily);
      renderQueries(queries);
      renderLatency(latency);
      renderReport(overview.report);
      $("updated").textContent = "updated " + new Date().toLocaleTimeString();
      document.body.dataset.ready = "true";
    } catch (err) {
      showError(err);
    } finally {
      loading = false;
    }
  }

  function start() {
    Kaiyu.adoptKeysFromUrl();
    const rb = $("rollback");
    const armed = confirmButton("Roll back", "Confirm roll back", rollback, { id: "rollback", class: "btn danger" });
    rb.replaceWith(armed);
    $("refresh").addEventListener("click", load);
    $("keys-button").addEventListener("click", () => openKeys());
    $("days").addEventListener("change", load);
    setInterval(() => { if (!document.hidden && !document.querySelector(".btn.confirm")) load(); }, REFRESH_MS);
    load();
  }

  start();
})();
