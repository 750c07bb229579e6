/* Kaiyu pages: what the storefront and the dashboard share. Keys, API calls, DOM building,
 * formatting. Plain ES2020, no dependencies; everything is served by the Kaiyu API itself. */
"use strict";

const Kaiyu = (() => {
  const STORE = { read: "kaiyu.key", write: "kaiyu.write_key" };

  /* A page may be opened as /#key=pk_...&write_key=sk_... (what `kaiyu demo` prints): the keys are
   * taken once from the fragment (which the browser never sends to a server, unlike a query
   * string), kept in localStorage, and removed from the address bar so they do not linger in
   * history or screenshots. */
  function adoptKeysFromUrl() {
    const url = new URL(window.location.href);
    const fromHash = new URLSearchParams(url.hash.replace(/^#/, ""));
    let changed = false;
    for (const [param, slot] of [["key", STORE.read], ["write_key", STORE.write]]) {
      const value = fromHash.get(param);
      if (value) {
        setKey(slot === STORE.read ? "read" : "write", value);
        fromHash.delete(param);
        changed = true;
      }
    }
    if (changed) {
      const hash = fromHash.toString();
      window.history.replaceState(null, "", url.pathname + url.search + (hash ? "#" + hash : ""));
    }
  }

  function getKey(kind) {
    try {
      return window.localStorage.getItem(STORE[kind]) || "";
    } catch (_) {
      return "";
    }
  }

  function setKey(kind, value) {
    try {
      if (value) window.localStorage.setItem(STORE[kind], value.trim());
      else window.localStorage.removeItem(STORE[kind]);
    } catch (_) { /* storage disabled: keys last for this page only */ }
  }

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  /* One API call. `auth`: "read" (search, recommendations) or "write" (events, and the operator's
   * /v1/admin/*, for which the write key must also hold the admin scope); a read call falls back
   * to the write key, which holds the read scope too. Every call carries X-Kaiyu-Request: the
   * server refuses an admin action without it, so a page elsewhere cannot send one unpreflighted. */
  async function api(path, { method = "GET", params, body, auth = "read", signal } = {}) {
    const url = new URL(path, window.location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
    }
    const headers = { Accept: "application/json", "X-Kaiyu-Request": "1" };
    const key = auth === "write" ? getKey("write") : getKey("read") || getKey("write");
    if (key) headers.Authorization = "Bearer " + key;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, { method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body) });
    let data = null;
    try {
      data = await response.json();
    } catch (_) { /* not JSON */ }
    if (!response.ok) {
      const err = (data && data.error) || {};
      throw new ApiError(response.status, err.code || "error", err.message || response.statusText);
    }
    return data;
  }

  /* h("div", {class: "card", onclick: f}, "text", child, [more]) -> Element. Text is always set
   * as text (never parsed as HTML), so catalogue strings cannot inject markup. */
  function h(tag, attrs, ...children) {
    const el = tag.startsWith("svg:")
      ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
      : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    append(el, children);
    return el;
  }

  function append(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  function svg(tag, attrs, ...children) {
    return h("svg:" + tag, attrs, ...children);
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  const formats = new Map();
  function price(value, currency) {
    if (value === null || value === undefined || Number.isNaN(value)) return "";
    const cur = currency || "USD";
    if (!formats.has(cur)) {
      try {
        formats.set(cur, new Intl.NumberFormat(cur === "JPY" ? "ja-JP" : "en-US", { style: "currency", currency: cur }));
      } catch (_) {
        formats.set(cur, { format: (v) => v.toFixed(2) + " " + cur });
      }
    }
    return formats.get(cur).format(value);
  }

  const integer = new Intl.NumberFormat("en-US");
  function number(value) {
    return value === null || value === undefined ? "–" : integer.format(value);
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  let toastTimer = null;
  function toast(message, kind = "info") {
    let el = document.getElementById("toast");
    if (!el) {
      el = h("div", { id: "toast", role: "status", "aria-live": "polite" });
      document.body.append(el);
    }
    el.textContent = message;
    el.className = "toast show " + kind;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { el.className = "toast " + kind; }, 3200);
  }

  /* The key dialog both pages share: a read key and a write key, kept in localStorage. */
  function keyDialog({ onSave, reason } = {}) {
    const existing = document.getElementById("key-dialog");
    if (existing) existing.remove();
    const read = h("input", { id: "key-read", type: "password", autocomplete: "off", spellcheck: "false",
                              placeholder: "pk_...", value: getKey("read") });
    const write = h("input", { id: "key-write", type: "password", autocomplete: "off", spellcheck: "false",
                               placeholder: "sk_...", value: getKey("write") });
    const dialog = h("div", { id: "key-dialog", class: "modal-backdrop", role: "dialog", "aria-modal": "true",
                              "aria-labelledby": "key-dialog-title" },
      h("form", { class: "modal", onsubmit: (e) => {
        e.preventDefault();
        setKey("read", read.value);
        setKey("write", write.value);
        dialog.remove();
        if (onSave) onSave();
      } },
        h("h2", { id: "key-dialog-title" }, "API keys"),
        reason ? h("p", { class: "modal-reason" }, reason) : null,
        h("p", { class: "muted" }, "Kept in this browser only (localStorage). `kaiyu demo` prints both demo keys and a link that fills them in."),
        h("label", { for: "key-read" }, "Read key ", h("span", { class: "muted" }, "(search, recommendations)")), read,
        h("label", { for: "key-write" }, "Write key ", h("span", { class: "muted" }, "(events; the dashboard needs one with the admin scope)")), write,
        h("div", { class: "modal-actions" },
          h("button", { type: "button", class: "btn ghost", onclick: () => dialog.remove() }, "Cancel"),
          h("button", { type: "submit", class: "btn primary", id: "key-save" }, "Save keys"))));
    document.body.append(dialog);
    (getKey("read") ? write : read).focus();
  }

  return { adoptKeysFromUrl, getKey, setKey, api, ApiError, h, svg, append, clear, price, number, debounce,
           toast, keyDialog };
})();
