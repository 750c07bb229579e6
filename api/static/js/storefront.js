/* The demo storefront: search with autocomplete, facets and the engine's reading of the query;
 * a shopper picker; recommendations by scenario, re-read after every click and add-to-cart,
 * which are posted as real events. Everything goes through Kaiyu's public HTTP API. */
"use strict";

(() => {
  const { api, ApiError, h, clear, price, number, debounce, toast } = Kaiyu;
  const $ = (id) => document.getElementById(id);

  const ANONYMOUS = "__anonymous__";
  const PAGE = 12;
  const FALLBACK_SHOPPERS = ["U0001", "U0002", "U0003", "U0004", "U0005", "U0006"];
  const TRY = ["shirt dress", "cheap black laptop", "ワンピース", "table lamp", "coffee beans", "shrit"];
  const COLOURS = {
    black: "#2b2d31", white: "#fbfbf8", blue: "#3d6fd1", grey: "#8a8f98", navy: "#27365f", green: "#4f8a5b",
    beige: "#dbc9a8", pink: "#eaa5bb", brown: "#8a5a3c", silver: "#c3c7cf", cream: "#f0e7d0", olive: "#7b7b3f",
    "light blue": "#a9c8ee", red: "#c94848", clear: "#e3edf2", gold: "#d4af37",
  };

  const state = {
    shopper: ANONYMOUS,
    anonId: sessionValue("kaiyu.anon", () => "anon-" + uid().slice(0, 12)),
    sessionItems: JSON.parse(sessionValue("kaiyu.session_items", () => "[]")),
    cart: [],
    query: "",
    filters: {},
    sort: "relevance",
    offset: 0,
    total: 0,
    focus: null,        // the item open in the product view
    focusQuery: null,   // the search that led to it
    items: new Map(),   // item_id -> catalogue row, from search hits and /v1/items
    recSignature: {},   // row -> ids last shown, to mark the rows an event changed
    warnedNoWrite: false,
  };

  function uid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join("");
  }

  function sessionValue(key, make) {
    try {
      let value = window.sessionStorage.getItem(key);
      if (value === null) {
        value = make();
        window.sessionStorage.setItem(key, value);
      }
      return value;
    } catch (_) {
      return make();
    }
  }

  function userId() {
    return state.shopper === ANONYMOUS ? state.anonId : state.shopper;
  }

  function showError(err, where) {
    const box = $("alert");
    clear(box);
    if (err instanceof ApiError && err.status === 401) {
      box.append(h("div", { class: "notice error" }, "This server needs an API key. ",
        h("a", { href: "#", onclick: (e) => { e.preventDefault(); openKeys(); } }, "Enter keys"),
        " (kaiyu demo prints them)."));
      openKeys("This server needs an API key for " + where + ".");
      return;
    }
    const message = err instanceof ApiError ? `${where}: ${err.message} (${err.status})` : `${where}: ${err.message || err}`;
    box.append(h("div", { class: "notice error", role: "alert" }, message));
  }

  function openKeys(reason) {
    Kaiyu.keyDialog({ reason, onSave: () => { clear($("alert")); loadShoppers().then(refreshAll); } });
  }

  /* -- catalogue rows for ids (recommendations carry ids only; search hits lack currency) ---- */
  async function ensureItems(ids) {
    const missing = [...new Set(ids)].filter((id) => !state.items.has(id) || !state.items.get(id).__full);
    for (let start = 0; start < missing.length; start += 100) {
      const data = await api("/v1/items", { params: { ids: missing.slice(start, start + 100).join(",") } });
      for (const item of data.items) state.items.set(item.item_id, { ...item, __full: true });
    }
  }

  /* -- events ---------------------------------------------------------------------------------- */
  // events go through the tracker a store pastes into its own pages (kaiyu-insights.js): batched,
  // retried, carrying the search_id / rec_id and position that led to them; this page flushes at
  // once because it re-reads recommendations after each event
  let tracker = null;
  let trackerKey = null;
  let trackerError = null;
  function ensureTracker() {
    const key = Kaiyu.getKey("write");
    if (!tracker || key !== trackerKey) {
      trackerKey = key;
      tracker = KaiyuInsights.init({ key, userId: userId(), sessionId: state.anonId, baseUrl: location.origin,
                                     onError: (error) => { trackerError = error; } });
    }
    tracker.setUser(userId());
    return tracker;
  }

  async function postEvent(type, itemId, extra = {}) {
    if (Kaiyu.getKey("read") && !Kaiyu.getKey("write")) {
      if (!state.warnedNoWrite) toast("Add a write key (Keys) to record clicks and carts as events", "error");
      state.warnedNoWrite = true;
      return false;
    }
    const fields = { item_id: itemId, ...extra };
    if (state.focusQuery && itemId === state.focus && !fields.query) fields.query = state.focusQuery;
    ensureTracker();
    trackerError = null;
    try {
      KaiyuInsights.track(type, fields);
      await KaiyuInsights.flush();
    } catch (err) {
      trackerError = { error: String(err) };
    }
    if (trackerError) {
      const detail = trackerError.rejected ? trackerError.rejected[0].error
        : trackerError.status ? `HTTP ${trackerError.status}` : trackerError.error || "not sent yet (will retry)";
      showError(new Error(detail), "recording the " + type + " event");
      return false;
    }
    document.body.dataset.events = String(Number(document.body.dataset.events || 0) + 1);
    return true;
  }

  /* -- cards ------------------------------------------------------------------------------------ */
  function stockBadge(item) {
    return item.in_stock === false ? h("span", { class: "badge out" }, "Out of stock") : h("span", { class: "badge ok" }, "In stock");
  }

  function card(item, { reason, position, list, shown } = {}) {
    return h("button", { type: "button", class: "card", dataset: { itemId: item.item_id, list: list || "" },
                         title: item.title, onclick: () => openProduct(item.item_id, { from: list, position, shown }) },
      KaiyuArt.picture(item),
      h("div", { class: "body" },
        h("div", { class: "brand" }, item.brand || "\u00a0"),
        h("div", { class: "title" }, item.title),
        h("div", { class: "category" }, (item.category || "").split(">").map((s) => s.trim()).join(" › ")),
        reason ? h("div", { class: "reason" }, reason) : null,
        h("div", { class: "foot" }, h("span", { class: "price" }, price(item.price, item.currency)), stockBadge(item))));
  }

  /* -- search ------------------------------------------------------------------------------------ */
  async function runSearch({ append = false } = {}) {
    const q = state.query;
    if (!append) state.offset = 0;
    const started = performance.now();
    let data;
    try {
      data = await api("/v1/search", { params: {
        q, limit: PAGE, offset: state.offset, sort: state.sort,
        user_id: state.shopper === ANONYMOUS ? undefined : state.shopper, ...state.filters } });
    } catch (err) {
      showError(err, "search");
      return;
    }
    const ms = performance.now() - started;
    for (const hit of data.items) {
      const known = state.items.get(hit.item_id);
      state.items.set(hit.item_id, known && known.__full ? known : hit);
    }
    try {
      await ensureItems(data.items.map((i) => i.item_id));
    } catch (_) { /* prices then show without their currency */ }
    clear($("alert"));
    $("hero").hidden = true;
    $("product-view").hidden = true;
    $("results-view").hidden = false;
    state.total = data.total;
    renderUnderstood(data);
    renderFacets(data.facets || {});
    const grid = $("results");
    if (!append) clear(grid);
    const shown = { search_id: data.search_id };  // the response that showed these, for attribution
    data.items.forEach((hit, i) => grid.append(card(state.items.get(hit.item_id), { list: "search", position: state.offset + i + 1, shown })));
    state.offset += data.items.length;
    $("results-count").textContent = data.total === 1 ? "1 result" : `${number(data.total)} results`;
    $("results-time").textContent = `in ${Math.round(ms)} ms`;
    $("more").hidden = state.offset >= data.total || data.items.length === 0;
    if (!data.items.length && !append) {
      grid.append(h("div", { class: "panel empty-state", style: "grid-column: 1 / -1" },
        `Nothing found for “${q}”. `, data.did_you_mean ? ["Try ", suggestionLink(data.did_you_mean), "."] : "Try fewer words."));
    }
    noteDataset(data.items);
    document.body.dataset.searches = String(Number(document.body.dataset.searches || 0) + 1);
  }

  function suggestionLink(text) {
    return h("a", { href: "#", onclick: (e) => { e.preventDefault(); search(text); } }, text);
  }

  function search(q) {
    state.query = q.trim();
    submitted = state.query;
    state.filters = {};
    state.focus = null;
    $("q").value = state.query;
    hideSuggestions();
    runSearch();
    refreshRecs();
  }

  function renderUnderstood(data) {
    const u = data.understood || {};
    const box = clear($("understood"));
    const chips = [];
    const chip = (label, value, cls = "") => chips.push(h("span", { class: "chip " + cls }, label ? [label, " ", h("b", {}, value)] : h("b", {}, value)));
    if (u.product_type) chip("looking for", u.product_type, "key");
    for (const m of u.modifiers || []) chip("", m);
    if (u.accessory_of) chip("accessory of", u.accessory_of);
    for (const c of u.categories || []) chip("in", c.split(">").map((s) => s.trim()).join(" › "));
    for (const [k, v] of Object.entries(u.attributes || {})) chip(k, v);
    const p = u.price || {};
    if (p.intent) chip("price", p.intent === "low" ? "budget" : p.intent === "high" ? "premium" : p.intent);
    if (p.min !== null && p.min !== undefined) chip("from", price(p.min));
    if (p.max !== null && p.max !== undefined) chip("up to", price(p.max));
    for (const [from, to] of Object.entries(u.corrections || {})) chip("", `${from} → ${to}`, "fix");
    for (const term of u.dropped_terms || []) chip("ignored", term, "fix");
    box.append(h("span", { class: "lead" }, data.query ? `Kaiyu read “${data.query}” as` : "Browsing all products"));
    if (data.query) box.append(...(chips.length ? chips : [h("span", { class: "muted" }, "plain keywords")]));
    if (data.relaxed) box.append(h("span", { class: "chip fix" }, "no exact match: showing the closest"));
    if (data.did_you_mean) box.append(h("span", { class: "did-you-mean" }, "Did you mean ", suggestionLink(data.did_you_mean), "?"));
  }

  const FACET_TITLES = { category: "Category", brand: "Brand", color: "Colour", price: "Price", in_stock: "Availability" };

  function renderFacets(facets) {
    const box = clear($("facets"));
    const active = clear($("active-filters"));
    for (const [name, value] of Object.entries(state.filters)) {
      if (value === null || value === undefined) continue;
      const label = name === "min_price" ? `from ${value}` : name === "max_price" ? `to ${value}` :
        name === "in_stock" ? "in stock" : String(value).split(">").pop().trim();
      active.append(h("button", { type: "button", class: "chip filter", title: "Remove this filter",
        onclick: () => { delete state.filters[name]; if (name === "min_price") delete state.filters.max_price; runSearch(); } }, label, " ✕"));
    }
    const add = (title, entries) => {
      if (!entries.length) return;
      box.append(h("h3", {}, title), ...entries);
    };
    const facetButton = (label, count, isActive, onclick, swatch) =>
      h("button", { type: "button", class: "facet" + (isActive ? " active" : ""), onclick, "aria-pressed": isActive ? "true" : "false" },
        h("span", { class: "label" }, swatch ? h("span", { class: "swatch", style: `background:${swatch}` }) : null, label),
        h("span", { class: "count" }, number(count)));
    const toggle = (name, value) => () => {
      if (state.filters[name] === value) delete state.filters[name];
      else state.filters[name] = value;
      runSearch();
    };
    for (const name of ["category", "brand", "color"]) {
      const counts = facets[name] || {};
      add(FACET_TITLES[name], Object.entries(counts).slice(0, 10).map(([value, count]) =>
        facetButton(name === "category" ? value.split(">").pop().trim() : value, count, state.filters[name] === value,
                    toggle(name, value), name === "color" ? COLOURS[value] || "#fff" : null)));
    }
    const ranges = Array.isArray(facets.price) ? facets.price : [];
    add(FACET_TITLES.price, ranges.map((r) => {
      const isActive = state.filters.min_price === r.min && state.filters.max_price === r.max;
      const label = r.max === null || r.max === undefined ? `${number(r.min)} and up` : `${number(r.min)} – ${number(r.max)}`;
      return facetButton(label, r.count, isActive, () => {
        if (isActive) { delete state.filters.min_price; delete state.filters.max_price; }
        else { state.filters.min_price = r.min; state.filters.max_price = r.max; }
        runSearch();
      });
    }));
    const stock = facets.in_stock || {};
    if (stock.false) add(FACET_TITLES.in_stock, [facetButton("In stock only", stock.true || 0, state.filters.in_stock === true, toggle("in_stock", true))]);
    if (!box.childNodes.length) box.append(h("div", { class: "muted" }, "No filters for these results."));
  }

  /* -- autocomplete ------------------------------------------------------------------------------ */
  let suggestAbort = null;
  let suggestIndex = -1;
  let submitted = null;  // the text just searched: a suggestion request still pending for it is dropped

  const suggest = debounce(async () => {
    const q = $("q").value;
    if (!q.trim() || submitted !== null) return hideSuggestions();
    if (suggestAbort) suggestAbort.abort();
    suggestAbort = new AbortController();
    let data;
    try {
      data = await api("/v1/autocomplete", { params: { q, limit: 8 }, signal: suggestAbort.signal });
    } catch (err) {
      if (err.name !== "AbortError" && err instanceof ApiError && err.status === 401) showError(err, "autocomplete");
      return;
    }
    if ($("q").value !== q || submitted !== null) return;
    const list = clear($("suggestions"));
    suggestIndex = -1;
    for (const [i, text] of data.suggestions.entries()) {
      const at = text.toLowerCase().indexOf(q.trim().toLowerCase());
      const label = at >= 0 ? [text.slice(0, at), h("mark", {}, text.slice(at, at + q.trim().length)), text.slice(at + q.trim().length)] : text;
      list.append(h("li", { role: "option", id: "suggestion-" + i, "aria-selected": "false",
                           onmousedown: (e) => { e.preventDefault(); search(text); } }, label));
    }
    list.hidden = !data.suggestions.length;
    $("q").setAttribute("aria-expanded", String(!list.hidden));
  }, 120);

  function hideSuggestions() {
    $("suggestions").hidden = true;
    $("q").setAttribute("aria-expanded", "false");
    suggestIndex = -1;
  }

  function moveSuggestion(step) {
    const options = [...$("suggestions").children];
    if ($("suggestions").hidden || !options.length) return false;
    suggestIndex = (suggestIndex + step + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute("aria-selected", String(i === suggestIndex)));
    $("q").value = options[suggestIndex].textContent;
    $("q").setAttribute("aria-activedescendant", options[suggestIndex].id);
    return true;
  }

  /* -- product view ------------------------------------------------------------------------------- */
  async function openProduct(itemId, { from, position, shown } = {}) {
    state.focus = itemId;
    if (state.shopper === ANONYMOUS) {
      state.sessionItems = [itemId, ...state.sessionItems.filter((i) => i !== itemId)].slice(0, 20);
      try { sessionStorage.setItem("kaiyu.session_items", JSON.stringify(state.sessionItems)); } catch (_) { /* */ }
    }
    state.focusQuery = from === "search" ? state.query : null;  // the search that led here, sent with its events
    const recorded = postEvent("click", itemId, shown && position ? { ...shown, position } : {});
    try {
      await ensureItems([itemId]);
    } catch (err) {
      showError(err, "loading the item");
      return;
    }
    renderProduct(state.items.get(itemId));
    window.scrollTo({ top: 0, behavior: "smooth" });
    await recorded;
    refreshRecs();
  }

  function renderProduct(item) {
    const view = clear($("product-view"));
    const attrs = Object.entries(item.attributes || {}).filter(([k]) => !["dataset", "language", "product_type"].includes(k));
    view.append(h("div", { style: "margin-bottom:10px" },
      h("a", { href: "#", onclick: (e) => { e.preventDefault(); closeProduct(); } }, state.query ? "← Back to results" : "← Back")));
    view.append(h("article", { class: "panel product", dataset: { itemId: item.item_id } },
      KaiyuArt.picture(item, 340),
      h("div", {},
        h("div", { class: "muted" }, (item.category || "").split(">").map((s) => s.trim()).join(" › ")),
        h("h1", { id: "product-title" }, item.title),
        h("div", { class: "muted" }, item.brand ? `by ${item.brand}` : "", h("span", { class: "mono" }, "  ", item.item_id)),
        h("div", { class: "price" }, price(item.price, item.currency)),
        stockBadge(item),
        item.description ? h("p", { class: "desc" }, item.description) : null,
        attrs.length ? h("dl", {}, attrs.map(([k, v]) => [h("dt", {}, k.replace(/_/g, " ")), h("dd", {}, v)])) : null,
        h("div", { class: "actions" },
          h("button", { type: "button", class: "btn primary", id: "add-to-cart", disabled: item.in_stock === false,
                        onclick: () => addToCart(item.item_id) }, item.in_stock === false ? "Out of stock" : "Add to cart")))));
    $("hero").hidden = true;
    $("results-view").hidden = true;
    view.hidden = false;
  }

  function closeProduct() {
    state.focus = null;
    $("product-view").hidden = true;
    if (state.query || Object.keys(state.filters).length) $("results-view").hidden = false;
    else $("hero").hidden = false;
    refreshRecs();
  }

  async function addToCart(itemId) {
    const button = $("add-to-cart");
    if (button) button.disabled = true;
    const ok = await postEvent("add_to_cart", itemId, { quantity: 1 });
    if (button) button.disabled = false;
    if (!ok) return;
    state.cart.push(itemId);
    renderCartCount();
    toast("Added to cart: event stored, recommendations updated");
    await refreshRecs();
  }

  function renderCartCount() {
    $("cart-count").textContent = String(state.cart.length);
  }

  async function openCart() {
    await ensureItems(state.cart).catch(() => {});
    const lines = state.cart.map((id) => state.items.get(id)).filter(Boolean);
    const dialog = h("div", { class: "modal-backdrop", id: "cart-dialog", role: "dialog", "aria-modal": "true",
                              onclick: (e) => { if (e.target === dialog) dialog.remove(); } },
      h("div", { class: "modal" },
        h("h2", {}, "Cart"),
        lines.length ? h("table", { class: "data" }, h("tbody", {}, lines.map((item) => h("tr", {},
          h("td", {}, item.title), h("td", { class: "num" }, price(item.price, item.currency)),
          h("td", { class: "num" }, h("button", { type: "button", class: "btn small ghost", onclick: async () => {
            await postEvent("remove_from_cart", item.item_id);
            state.cart.splice(state.cart.indexOf(item.item_id), 1);
            renderCartCount();
            dialog.remove();
            refreshRecs();
          } }, "Remove"))))))
          : h("p", { class: "muted" }, "Your cart is empty."),
        h("div", { class: "modal-actions" },
          h("button", { type: "button", class: "btn ghost", onclick: () => dialog.remove() }, "Close"),
          h("button", { type: "button", class: "btn primary", disabled: !lines.length, onclick: async () => {
            for (const item of lines) await postEvent("purchase", item.item_id, { quantity: 1, price: item.price });
            state.cart = [];
            renderCartCount();
            dialog.remove();
            toast("Order placed: purchase events stored");
            refreshRecs();
          } }, "Check out"))));
    document.body.append(dialog);
  }

  /* -- recommendations ------------------------------------------------------------------------------ */
  function recRows() {
    const rows = [];
    if (state.focus) {
      rows.push({ key: "similar", title: "Similar items", path: `/v1/items/${encodeURIComponent(state.focus)}/similar` });
      rows.push({ key: "bought-together", title: "Bought together", path: `/v1/items/${encodeURIComponent(state.focus)}/bought-together` });
    }
    if (state.shopper === ANONYMOUS) {
      rows.push({ key: "session", title: "From this session", scenario: "session",
                  items: state.sessionItems.join(",") || undefined });
      rows.push({ key: "trending", title: "Trending now", scenario: "trending" });
    } else {
      rows.push({ key: "journey", title: "Picked for right now", scenario: undefined });
      rows.push({ key: "for-you", title: "For you", scenario: "for-you" });
      rows.push({ key: "buy-again", title: "Buy again", scenario: "buy-again" });
      rows.push({ key: "trending", title: "Trending now", scenario: "trending" });
    }
    return rows;
  }

  const SCENARIO_NAMES = { "for-you": "for you", similar: "similar", "bought-together": "bought together",
                           "buy-again": "buy again", trending: "trending", session: "session" };

  let recsSeq = 0;
  async function refreshRecs() {
    const seq = ++recsSeq;
    const rows = recRows();
    const user = encodeURIComponent(userId());
    let results;
    try {
      results = await Promise.all(rows.map((row) => row.path
        ? api(row.path, { params: { limit: 10 } }).catch((err) => (err.status === 404 ? { items: [] } : Promise.reject(err)))
        : api(`/v1/users/${user}/recommendations`, { params: { limit: 10, scenario: row.scenario, items: row.items } })));
      await ensureItems(results.flatMap((r) => r.items.map((i) => i.item_id)));
    } catch (err) {
      showError(err, "recommendations");
      return;
    }
    if (seq !== recsSeq) return;  // a newer refresh is under way
    const box = $("rec-rows");
    const shopperName = state.shopper === ANONYMOUS ? "an anonymous session" : state.shopper;
    $("recs-title").textContent = `Recommendations for ${shopperName}`;
    $("recs-note").textContent = results[0] && results[0].model_version ? `model ${results[0].model_version}` : "";
    const fresh = rows.map((row, i) => {
      const result = results[i];
      const ids = result.items.map((r) => r.item_id);
      const signature = ids.join(",");
      const changed = state.recSignature[row.key] !== undefined && state.recSignature[row.key] !== signature;
      state.recSignature[row.key] = signature;
      const scenario = result.scenario && result.scenario !== row.scenario ? SCENARIO_NAMES[result.scenario] || result.scenario : null;
      const title = row.key === "similar" || row.key === "bought-together"
        ? `${row.title}: ${(state.items.get(state.focus) || {}).title || state.focus}` : row.title;
      return h("section", { class: "rec-row" + (changed ? " updated" : ""), dataset: { row: row.key, scenario: result.scenario || row.key } },
        h("div", { class: "row-head" }, h("h3", {}, title),
          scenario ? h("span", { class: "badge info", title: "the scenario Kaiyu chose from the shopper's latest events" }, scenario) : null),
        ids.length
          ? h("div", { class: "strip" }, result.items.map((rec, position) => {
            const item = state.items.get(rec.item_id);
            return item ? card(item, { reason: rec.reason, list: row.key, position: position + 1, shown: { rec_id: result.rec_id } }) : null;
          }))
          : h("div", { class: "panel empty" }, row.key === "buy-again" ? "No repeat purchases yet." :
              row.key === "session" ? "Click a few products: this row follows the session." : "Nothing to show yet."));
    });
    clear(box).append(...fresh);
    document.body.dataset.recs = String(seq);  // how far the page got: the browser tests wait on it
  }

  /* -- shoppers ------------------------------------------------------------------------------------ */
  async function loadShoppers() {
    const select = clear($("shopper"));
    let shoppers = FALLBACK_SHOPPERS.map((user_id) => ({ user_id }));
    // the list of active shoppers is operator data (a write key with the admin scope); without one, a fixed few
    if (Kaiyu.getKey("write") || !Kaiyu.getKey("read")) {
      try {
        const data = await api("/v1/admin/shoppers", { params: { limit: 8 }, auth: "write" });
        if (data.shoppers.length) shoppers = data.shoppers;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401 && !Kaiyu.getKey("read")) showError(err, "this page");
      }
    }
    for (const s of shoppers) {
      const detail = s.events ? ` · ${number(s.events)} events${s.top_category ? " · " + s.top_category : ""}` : "";
      select.append(h("option", { value: s.user_id }, s.user_id + detail));
    }
    select.append(h("option", { value: ANONYMOUS }, "Anonymous session"));
    const saved = sessionValue("kaiyu.shopper", () => shoppers[0].user_id);
    state.shopper = [...select.options].some((o) => o.value === saved) ? saved : shoppers[0].user_id;
    select.value = state.shopper;
  }

  function noteDataset(items) {
    if (items.some((i) => (i.attributes || {}).dataset === "synthetic")) {
      $("dataset-note").textContent = "The catalogue and shoppers are synthetic (demo/synthetic.py).";
    }
  }

  function refreshAll() {
    state.recSignature = {};
    if (state.query) runSearch();
    return refreshRecs();
  }

  /* -- wiring ----------------------------------------------------------------------------------------- */
  function wire() {
    $("search-form").addEventListener("submit", (e) => { e.preventDefault(); search($("q").value); });
    $("q").addEventListener("input", () => { submitted = null; suggest(); });
    $("q").addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" && moveSuggestion(1)) e.preventDefault();
      else if (e.key === "ArrowUp" && moveSuggestion(-1)) e.preventDefault();
      else if (e.key === "Escape") hideSuggestions();
    });
    $("q").addEventListener("blur", () => setTimeout(hideSuggestions, 100));
    $("sort").addEventListener("change", () => { state.sort = $("sort").value; runSearch(); });
    $("more").addEventListener("click", () => runSearch({ append: true }));
    $("shopper").addEventListener("change", () => {
      state.shopper = $("shopper").value;
      try { sessionStorage.setItem("kaiyu.shopper", state.shopper); } catch (_) { /* */ }
      state.cart = [];
      renderCartCount();
      refreshAll();
    });
    $("cart-button").addEventListener("click", openCart);
    $("keys-button").addEventListener("click", () => openKeys());
    const tryBox = $("try");
    tryBox.append(h("span", { class: "muted", style: "align-self:center" }, "Try:"));
    for (const q of TRY) tryBox.append(h("button", { type: "button", class: "btn small", onclick: () => search(q) }, q));
  }

  async function start() {
    Kaiyu.adoptKeysFromUrl();
    wire();
    await loadShoppers();
    await refreshRecs();
    document.body.dataset.ready = "true";
  }

  start();
})();
