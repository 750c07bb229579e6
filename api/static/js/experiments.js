/* Experiments and search analytics: each experiment's variants with their metric and interval,
 * the test against the control and its verdict ("not enough data yet" below the minimum sample),
 * stop and promote; CTR and click position per query, no-click, no-result and out-of-stock
 * queries; the mined suggestions and their blocklist. Reads /v1/admin/* (the admin scope). */
"use strict";

(() => {
  const { api, ApiError, h, clear, number, toast } = Kaiyu;
  const $ = (id) => document.getElementById(id);
  const admin = (path, options = {}) => api("/v1/admin" + path, { auth: "write", ...options });
  let loads = 0;
  Kaiyu.adoptKeysFromUrl();

  const pct = (v) => (typeof v === "number" ? (100 * v).toFixed(2) + "%" : "–");
  const money = (v) => (typeof v === "number" ? v.toFixed(2) : "–");

  function table(columns, rows, empty = "Nothing yet.") {
    if (!rows.length) return h("div", { class: "empty-state" }, empty);
    return h("table", { class: "data" },
      h("thead", {}, h("tr", {}, columns.map(([title]) => h("th", {}, title)))),
      h("tbody", {}, rows.map((row) => h("tr", {}, columns.map(([, cell]) => h("td", {}, cell(row)))))));
  }

  function showError(err) {
    const box = clear($("alert"));
    const text = err instanceof ApiError && (err.status === 401 || err.status === 403)
      ? "This page needs a key with the admin scope (Keys)." : err.message || String(err);
    box.append(h("div", { class: "notice error", role: "alert", id: "key-needed" }, text));
  }

  function experimentCard(result) {
    const rate = result.experiment.metric !== "revenue_per_search";
    const value = rate ? pct : money;
    const running = result.status === "running";
    const names = result.variants.map((v) => v.name);
    const verdictClass = result.verdict === "not enough data yet" ? "badge info" : result.leader ? "badge ok" : "badge";
    return h("article", { class: "experiment", dataset: { id: result.id } },
      h("h3", {}, result.id, " ", h("span", { class: "badge" }, result.status),
        result.winner ? h("span", { class: "badge ok" }, "promoted: " + result.winner) : null),
      h("div", { class: "muted" }, `${result.experiment.metric.replace(/_/g, " ")} on ${result.experiment.surface}, alpha ${result.experiment.alpha}`),
      h("p", {}, "Verdict: ", h("strong", { class: verdictClass + " verdict" }, result.verdict)),
      table([["variant", (v) => v.name], ["share", (v) => pct(v.share)], ["exposures", (v) => number(v.exposures)],
             ["with outcome", (v) => number(v.successes)], [result.experiment.metric.replace(/_/g, " "), (v) => value(v.value)],
             ["interval", (v) => (v.ci_low === null ? "–" : `${value(v.ci_low)} … ${value(v.ci_high)}`)]], result.variants),
      table([["variant vs control", (c) => `${c.variant} vs ${c.control}`], ["difference", (c) => value(c.difference)],
             ["interval", (c) => (c.ci_low === null ? "–" : `${value(c.ci_low)} … ${value(c.ci_high)} (${pct(c.confidence)})`)],
             ["p", (c) => (c.p_value === null ? "–" : c.p_value.toPrecision(3))], ["verdict", (c) => c.verdict.replace(/_/g, " ")],
             ["why", (c) => c.reason]], result.comparisons),
      running || !result.winner ? h("div", { class: "actions" },
        running ? h("button", { class: "btn", type: "button", onclick: () => act(`/experiments/${result.id}/stop`, {}) }, "Stop") : null,
        h("select", { "aria-label": "variant to promote", id: `promote-${result.id}` },
          names.map((n) => h("option", { value: n, selected: n === result.leader }, n))),
        h("button", { class: "btn primary", type: "button", onclick: () =>
          act(`/experiments/${result.id}/promote`, { variant: $(`promote-${result.id}`).value }) }, "Promote")) : null);
  }

  async function act(path, body) {
    try {
      await admin(path, { method: "POST", body });
      toast("Done");
      await load();
    } catch (err) {
      showError(err);
    }
  }

  function queryTable(rows, empty) {
    return table([["query", (r) => r.query], ["searches", (r) => number(r.searches)], ["shoppers", (r) => number(r.shoppers)],
                  ["CTR", (r) => pct(r.ctr)],
                  ["mean click position", (r) => (r.mean_click_position === null ? "–" : r.mean_click_position.toFixed(1))],
                  ["add to cart", (r) => number(r.add_to_cart)], ["purchases", (r) => number(r.purchases)]], rows, empty);
  }

  async function load() {
    try {
      const [list, analytics, suggestions] = await Promise.all([
        admin("/experiments"), admin("/search-analytics"), admin("/suggestions")]);
      const results = await Promise.all(list.experiments.map((e) => admin(`/experiments/${encodeURIComponent(e.id)}`)));
      clear($("alert"));
      clear($("experiments")).append(...(results.length ? results.map(experimentCard)
        : [h("div", { class: "empty-state" }, "No experiments yet.")]));
      $("analytics-note").textContent = `last ${analytics.days} days`;
      clear($("analytics")).append(
        h("h3", {}, "Queries"), queryTable(analytics.queries, "No searches logged yet."),
        h("h3", {}, "Searched, never clicked"), queryTable(analytics.no_click, "None."),
        h("h3", {}, "No results"), table([["query", (r) => r.query], ["searches", (r) => number(r.searches)]],
                                         analytics.no_result, "None."),
        h("h3", {}, "Mostly out of stock"), table([["query", (r) => r.query], ["searches", (r) => number(r.searches)],
                                                   ["out of stock (first results)", (r) => `${r.out_of_stock} of ${r.shown}`]],
                                                  analytics.mostly_out_of_stock, "None."));
      clear($("suggestions")).append(
        table([["suggestion", (s) => s.text], ["distinct shoppers", (s) => number(s.shoppers)], ["score", (s) => s.score.toFixed(2)]],
              suggestions.suggestions, "No query has led enough distinct shoppers anywhere yet."),
        h("p", { class: "muted" }, "Blocked: ", suggestions.blocklist.length ? suggestions.blocklist.join(", ") : "nothing"));
      document.body.dataset.loaded = String(++loads);  // the browser tests wait on it
    } catch (err) {
      showError(err);
    }
  }

  $("experiment-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    let variants;
    try {
      variants = JSON.parse($("exp-variants").value);
    } catch (err) {
      showError(new Error("variants: " + err.message));
      return;
    }
    await act("/experiments", { id: $("exp-id").value, metric: $("exp-metric").value, surface: $("exp-surface").value, variants });
  });
  $("block-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const term = $("block-term").value.trim();
    if (term) await act("/suggestions/blocklist", { terms: [term] });
  });
  $("refresh").addEventListener("click", load);
  $("keys-button").addEventListener("click", () => Kaiyu.keyDialog({ onSave: load }));
  load();
})();
