/*! kaiyu-search.js: a Kaiyu search box for any web page. No dependencies.
 *
 *   <input id="q" type="search" placeholder="Search">
 *   <div id="results"></div>
 *   <script src="https://KAIYU-HOST/static/kaiyu-search.js"></script>
 *   <script>
 *     KaiyuSearch.attach("#q", { key: "pk_live_...", container: "#results" });
 *     document.querySelector("#q").addEventListener("kaiyu:select", (e) => {
 *       window.location = "/products/" + e.detail.item.item_id;
 *     });
 *   </script>
 *
 * Or without code: <input data-kaiyu-search data-key="pk_live_..." data-container="#results">.
 * Options: baseUrl (default: where this script was loaded from), key (a read key), container
 * (element or selector for the results list; without one, only the dropdown), limit (results, 10),
 * suggestions (8), instant (products shown in the dropdown as one types, 0: each keystroke would
 * then be a search, and the dashboard's search log counts every one), userId (personal ranking),
 * minChars (1), debounceMs (150), styles (false: bring your own CSS for the .kaiyu-sb-* classes),
 * formatPrice(price, item), renderItem(item) -> Node (a results-list row).
 * Events, dispatched on the input (they bubble): "kaiyu:select" {item, query, search_id, position}
 * when a product is chosen (hand it to kaiyu-insights.js: KaiyuInsights.track("click", {item_id:
 * e.detail.item.item_id, search_id: e.detail.search_id, position: e.detail.position})); "kaiyu:results" {query, total, items, understood} after each search; "kaiyu:error" {error}.
 * The page's origin must be listed in the server's KAIYU_CORS_ORIGINS when it is not Kaiyu's own.
 */
(function (global) {
  "use strict";

  var script = document.currentScript;
  var DEFAULT_BASE = script && script.src ? new URL(script.src, global.location.href).origin : global.location.origin;
  var CSS =
    ".kaiyu-sb{position:relative;display:inline-block;width:100%}" +
    ".kaiyu-sb-drop{position:absolute;left:0;right:0;top:100%;margin-top:4px;background:#fff;border:1px solid #dfe3e8;" +
    "border-radius:8px;box-shadow:0 8px 24px rgba(16,24,40,.14);z-index:1000;padding:4px 0;font:14px/1.4 system-ui,sans-serif;color:#1d2129}" +
    ".kaiyu-sb-opt{display:flex;justify-content:space-between;gap:10px;padding:7px 12px;cursor:pointer}" +
    ".kaiyu-sb-opt[aria-selected=true],.kaiyu-sb-opt:hover{background:#eef2ff}" +
    ".kaiyu-sb-head{padding:6px 12px 2px;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:#7a8290}" +
    ".kaiyu-sb-price{font-weight:600;white-space:nowrap}" +
    ".kaiyu-sb-results{list-style:none;margin:0;padding:0;font:14px/1.4 system-ui,sans-serif}" +
    ".kaiyu-sb-results li{display:flex;justify-content:space-between;gap:12px;padding:10px 4px;border-bottom:1px solid #eceff3;cursor:pointer}" +
    ".kaiyu-sb-results li:hover{background:#f7f8fa}" +
    ".kaiyu-sb-meta{color:#7a8290;font-size:12px}" +
    ".kaiyu-sb-empty{color:#7a8290;padding:10px 4px}";

  function resolve(target) {
    return typeof target === "string" ? document.querySelector(target) : target;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function defaultPrice(price, item) {
    if (price === null || price === undefined) return "";
    var currency = item && item.currency;
    try {
      var digits = Number.isInteger(price) ? 0 : 2;  // no currency known: whole prices stay whole (yen)
      return currency ? new Intl.NumberFormat(undefined, { style: "currency", currency: currency }).format(price)
                      : new Intl.NumberFormat(undefined, { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(price);
    } catch (e) {
      return String(price);
    }
  }

  function injectStyles() {
    if (document.getElementById("kaiyu-search-style")) return;
    var style = el("style");
    style.id = "kaiyu-search-style";
    style.textContent = CSS;
    document.head.appendChild(style);
  }

  var counter = 0;

  function attach(target, options) {
    var input = resolve(target);
    if (!input || input.tagName !== "INPUT") throw new Error("KaiyuSearch.attach: no <input> at " + target);
    var opts = Object.assign({ baseUrl: DEFAULT_BASE, key: "", container: null, limit: 10, suggestions: 8, instant: 0,
                               userId: null, minChars: 1, debounceMs: 150, styles: true, formatPrice: defaultPrice,
                               renderItem: null }, options || {});
    var base = String(opts.baseUrl).replace(/\/+$/, "");
    var container = resolve(opts.container);
    var id = "kaiyu-sb-" + (++counter);
    if (opts.styles) injectStyles();

    var wrapper = el("div", "kaiyu-sb");
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    var drop = el("div", "kaiyu-sb-drop");
    drop.id = id + "-list";
    drop.setAttribute("role", "listbox");
    drop.hidden = true;
    wrapper.appendChild(drop);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", drop.id);
    input.setAttribute("autocomplete", "off");

    var options_ = [];  // [{node, kind: "suggestion"|"item", value}]
    var active = -1;
    var timer = null;
    var pending = null;
    var seq = 0;

    function emit(name, detail) {
      input.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: true }));
    }

    function get(path, params) {
      var url = new URL(base + path);
      Object.keys(params).forEach(function (k) {
        if (params[k] !== null && params[k] !== undefined && params[k] !== "") url.searchParams.set(k, params[k]);
      });
      var headers = { Accept: "application/json" };
      if (opts.key) headers.Authorization = "Bearer " + opts.key;
      return fetch(url.toString(), { headers: headers }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) {
            var err = new Error((body.error && body.error.message) || response.statusText);
            err.status = response.status;
            throw err;
          }
          return body;
        });
      });
    }

    function close() {
      drop.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      active = index;
      options_.forEach(function (o, i) { o.node.setAttribute("aria-selected", String(i === index)); });
      if (index >= 0) input.setAttribute("aria-activedescendant", options_[index].node.id);
    }

    function choose(option) {
      if (option.kind === "item") {
        close();
        emit("kaiyu:select", { item: option.value, query: input.value, search_id: option.searchId, position: option.position });
      } else {
        input.value = option.value;
        close();
        search(option.value);
      }
    }

    function option(kind, value, label, extra, shown) {
      var node = el("div", "kaiyu-sb-opt");
      node.id = id + "-opt-" + options_.length;
      node.setAttribute("role", "option");
      node.setAttribute("aria-selected", "false");
      node.appendChild(el("span", null, label));
      if (extra) node.appendChild(el("span", "kaiyu-sb-price", extra));
      var entry = { node: node, kind: kind, value: value, searchId: shown && shown.searchId, position: shown && shown.position };
      node.addEventListener("mousedown", function (e) { e.preventDefault(); choose(entry); });
      options_.push(entry);
      drop.appendChild(node);
    }

    function suggest() {
      var q = input.value;
      if (q.trim().length < opts.minChars) { close(); return; }
      var mine = ++seq;
      var calls = [get("/v1/autocomplete", { q: q, limit: opts.suggestions })];
      if (opts.instant > 0) calls.push(get("/v1/search", { q: q, limit: opts.instant, user_id: opts.userId }));
      Promise.all(calls).then(function (results) {
        if (mine !== seq || input.value !== q) return;
        drop.textContent = "";
        options_ = [];
        active = -1;
        var suggestions = results[0].suggestions || [];
        var items = results[1] ? results[1].items || [] : [];
        var instantId = results[1] ? results[1].search_id : undefined;
        suggestions.forEach(function (s) { option("suggestion", s, s); });
        if (items.length) {
          drop.appendChild(el("div", "kaiyu-sb-head", "Products"));
          items.forEach(function (item, i) {
            option("item", item, item.title, opts.formatPrice(item.price, item), { searchId: instantId, position: i + 1 });
          });
        }
        drop.hidden = !options_.length;
        input.setAttribute("aria-expanded", String(!drop.hidden));
      }).catch(function (error) { emit("kaiyu:error", { error: error }); });
    }

    function renderRow(item) {
      if (opts.renderItem) return opts.renderItem(item);
      var li = el("li");
      var left = el("div");
      left.appendChild(el("div", null, item.title));
      left.appendChild(el("div", "kaiyu-sb-meta", [item.brand, item.category].filter(Boolean).join(" · ")));
      li.appendChild(left);
      li.appendChild(el("div", "kaiyu-sb-price", opts.formatPrice(item.price, item)));
      return li;
    }

    function search(q) {
      q = q === undefined ? input.value : q;
      seq++;
      if (pending) pending.abort = true;
      var call = { abort: false };
      pending = call;
      return get("/v1/search", { q: q, limit: opts.limit, user_id: opts.userId }).then(function (data) {
        if (call.abort) return data;
        if (container) {
          container.textContent = "";
          var list = el("ul", "kaiyu-sb-results");
          data.items.forEach(function (item, i) {
            var row = renderRow(item);
            row.setAttribute("data-item-id", item.item_id);
            row.addEventListener("click", function () {
              emit("kaiyu:select", { item: item, query: q, search_id: data.search_id, position: i + 1 });
            });
            list.appendChild(row);
          });
          container.appendChild(data.items.length ? list : el("div", "kaiyu-sb-empty", "No results for \u201c" + q + "\u201d"));
        }
        emit("kaiyu:results", { query: q, total: data.total, items: data.items, understood: data.understood });
        return data;
      }).catch(function (error) { emit("kaiyu:error", { error: error }); throw error; });
    }

    function onInput() {
      clearTimeout(timer);
      timer = setTimeout(suggest, opts.debounceMs);
    }

    function onKey(e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (drop.hidden || !options_.length) return;
        e.preventDefault();
        var step = e.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + options_.length) % options_.length);
      } else if (e.key === "Enter") {
        e.preventDefault();
        clearTimeout(timer);
        if (active >= 0 && !drop.hidden) choose(options_[active]);
        else { close(); search().catch(function () {}); }
      } else if (e.key === "Escape") {
        close();
      }
    }

    function onBlur() { setTimeout(close, 120); }

    input.addEventListener("input", onInput);
    input.addEventListener("keydown", onKey);
    input.addEventListener("blur", onBlur);

    return {
      search: search,
      close: close,
      setUser: function (userId) { opts.userId = userId; },
      destroy: function () {
        clearTimeout(timer);
        input.removeEventListener("input", onInput);
        input.removeEventListener("keydown", onKey);
        input.removeEventListener("blur", onBlur);
        wrapper.parentNode.insertBefore(input, wrapper);
        wrapper.parentNode.removeChild(wrapper);
      },
    };
  }

  function autoInit() {
    var inputs = document.querySelectorAll("input[data-kaiyu-search]");
    Array.prototype.forEach.call(inputs, function (input) {
      if (input.__kaiyu) return;
      input.__kaiyu = attach(input, {
        key: input.getAttribute("data-key") || "",
        baseUrl: input.getAttribute("data-base-url") || DEFAULT_BASE,
        container: input.getAttribute("data-container") || null,
      });
    });
  }

  global.KaiyuSearch = { attach: attach, version: "1" };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", autoInit);
  else autoInit();
})(window);
