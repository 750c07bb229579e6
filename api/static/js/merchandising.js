/* The dashboard's merchandising panels: list, add, edit and delete the rules and synonyms of
 * /v1/admin/rules and /v1/admin/synonyms (admin scope, the write key slot). A rule is edited as
 * its JSON (the rule language is the API's: trigger, pins, hide, hide_when, boosts, redirect,
 * starts_at, ends_at, priority); every save is a new version, served by every worker within a
 * second. Loaded after dashboard.js; independent of it. */
"use strict";

(() => {
  const { api, h, clear, toast } = Kaiyu;
  const $ = (id) => document.getElementById(id);
  const admin = (path, options = {}) => api("/v1/admin" + path, { auth: "write", ...options });
  const EXAMPLE = { trigger: { query: "sofa", match: "contains" }, pins: [{ item_id: "SKU-00001", position: 1 }],
                    boosts: [{ when: { in_stock: true }, factor: 2 }] };

  function summary(rule) {
    const t = rule.trigger || {};
    const on = t.query !== undefined && t.query !== null ? `query ${t.match === "contains" ? "contains" : "is"} "${t.query}"`
      : t.category ? `category page ${t.category}` : `recommendations: ${t.scenario}`;
    const does = [];
    (rule.pins || []).forEach((p) => does.push(`pin ${p.item_id} at ${p.position}`));
    if ((rule.hide || []).length) does.push(`hide ${rule.hide.join(", ")}`);
    if (rule.hide_when) does.push("hide when " + JSON.stringify(rule.hide_when));
    (rule.boosts || []).forEach((b) => does.push(`${b.factor > 1 ? "boost" : "bury"} ×${b.factor} when ${JSON.stringify(b.when)}`));
    if (rule.redirect) does.push(`redirect to ${rule.redirect}`);
    return [on, does.join("; ")];
  }

  function editable(rule) {
    const body = { ...rule };
    for (const k of ["id", "version", "updated_at"]) delete body[k];
    return JSON.stringify(body, null, 2);
  }

  function table(columns, rows, empty) {
    if (!rows.length) return h("div", { class: "empty-state" }, empty);
    return h("table", { class: "data" },
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", {}, c.title)))),
      h("tbody", {}, rows.map((row) => h("tr", { dataset: { id: row.id } }, columns.map((c) => h("td", {}, c.cell(row)))))));
  }

  async function loadRules() {
    const data = await admin("/rules");
    clear($("rules")).append(table([
      { title: "Rule", cell: (r) => h("span", { class: "mono" }, r.id) },
      { title: "v", cell: (r) => String(r.version) },
      { title: "When", cell: (r) => summary(r)[0] + (r.enabled === false ? " (off)" : "") },
      { title: "Does", cell: (r) => summary(r)[1] },
      { title: "", cell: (r) => [
        h("button", { type: "button", class: "btn small rule-edit", onclick: () => editRule(r) }, "Edit"), " ",
        h("button", { type: "button", class: "btn small danger rule-delete", onclick: () => remove("rules", r.id) }, "Delete")] },
    ], data.items, "No rules yet: add one below."));
  }

  async function loadSynonyms() {
    const data = await admin("/synonyms");
    clear($("synonyms")).append(table([
      { title: "Id", cell: (s) => h("span", { class: "mono" }, s.id) },
      { title: "Synonym", cell: (s) => line(s) },
      { title: "", cell: (s) => [
        h("button", { type: "button", class: "btn small synonym-edit", onclick: () => { $("synonym-id").value = s.id; $("synonym-line").value = line(s); } }, "Edit"), " ",
        h("button", { type: "button", class: "btn small danger synonym-delete", onclick: () => remove("synonyms", s.id) }, "Delete")] },
    ], data.items, "No synonyms yet."));
  }

  function line(s) {
    return s.source ? `${s.source} -> ${(s.targets || []).join(", ")}` : (s.terms || []).join(", ");
  }

  function editRule(rule) {
    $("rule-id").value = rule.id;
    $("rule-json").value = editable(rule);
    $("rule-json").focus();
  }

  async function saveRule() {
    let body;
    try {
      body = JSON.parse($("rule-json").value);
    } catch (err) {
      toast("The rule is not valid JSON: " + err.message, "error");
      return;
    }
    const id = $("rule-id").value.trim();
    try {
      const saved = id ? await admin("/rules/" + encodeURIComponent(id), { method: "PUT", body })
                       : await admin("/rules", { method: "POST", body });
      $("rule-id").value = saved.id;
      toast(`Saved rule ${saved.id}, version ${saved.version}`);
      await loadRules();
    } catch (err) {
      toast(err.message, "error");
    }
  }

  async function saveSynonym() {
    const id = $("synonym-id").value.trim();
    const body = { line: $("synonym-line").value };
    try {
      const saved = id ? await admin("/synonyms/" + encodeURIComponent(id), { method: "PUT", body })
                       : await admin("/synonyms", { method: "POST", body });
      toast(`Saved synonym ${saved.id}, version ${saved.version}`);
      $("synonym-id").value = "";
      $("synonym-line").value = "";
      await loadSynonyms();
    } catch (err) {
      toast(err.message, "error");
    }
  }

  async function remove(kind, id) {
    try {
      await admin(`/${kind}/${encodeURIComponent(id)}`, { method: "DELETE" });
      toast(`Deleted ${id}`);
      await (kind === "rules" ? loadRules() : loadSynonyms());
    } catch (err) {
      toast(err.message, "error");
    }
  }

  async function load() {
    try {
      await Promise.all([loadRules(), loadSynonyms()]);
      document.body.dataset.merchReady = "true";
    } catch (_) { /* the dashboard's own panels say when the key lacks the admin scope */ }
  }

  $("rule-json").placeholder = JSON.stringify(EXAMPLE, null, 2);
  $("rule-save").addEventListener("click", saveRule);
  $("rule-new").addEventListener("click", () => { $("rule-id").value = ""; $("rule-json").value = ""; });
  $("synonym-save").addEventListener("click", saveSynonym);
  $("keys-button").addEventListener("click", () => setTimeout(load, 500));
  load();
})();
