/*! kaiyu-insights.js: send a storefront's views, clicks, add-to-carts and purchases to Kaiyu,
 * with the search_id / rec_id that led to them. No dependencies.
 *
 *   <script src="https://KAIYU-HOST/static/kaiyu-insights.js"></script>
 *   <script>
 *     KaiyuInsights.init({ key: "ek_live_...", userId: customerIdOrNull });
 *     // from a search response: {search_id, items: [...]}, the shopper clicks the 3rd result
 *     KaiyuInsights.track("click", { item_id: "sku-1", search_id: resp.search_id, position: 3, query: "sofa" });
 *     KaiyuInsights.track("add_to_cart", { item_id: "sku-1", quantity: 1, price: 499 });
 *     KaiyuInsights.track("purchase", { item_id: "sku-1", quantity: 1, price: 499 });
 *   </script>
 *
 * Options: baseUrl (default: where this script was loaded from), key (an `events` key: it may only
 * post events, so it is safe in a page), userId (the shopper's id; without one an anonymous id kept
 * in localStorage), sessionId (default: one per tab, in sessionStorage), batchSize (20 events),
 * flushMs (2000: a batch waits at most this long), maxQueue (500: beyond it the oldest are dropped),
 * backoffMs (1000) and maxBackoffMs (60000) for retries, persist (true: unsent events survive a
 * page change in localStorage), onError(error) (rejected rows and failed sends).
 *
 * Attribution: a click with a search_id or rec_id is remembered for its item (a day, in
 * localStorage), so a later add_to_cart or purchase of that item on another page carries it too.
 *
 * Delivery is at least once: every event has an event_id, and the server stores an event_id once.
 * Sending: fetch with `keepalive: true` and `Authorization: Bearer KEY`, also when the page is
 * hidden or left (`visibilitychange` to hidden, `pagehide`). navigator.sendBeacon cannot send an
 * Authorization header, and a key in the URL would land in every log on the way, so the beacon is
 * used only without a key (a same-origin proxy that adds it). A keepalive request outlives the
 * page like a beacon, but its body is capped at 64 KiB, so batches sent on hide are cut below
 * that; whatever a browser cannot send then stays in localStorage for the next page.
 */
(function (global) {
  "use strict";

  var script = document.currentScript;
  var DEFAULT_BASE = script && script.src ? new URL(script.src, global.location.href).origin : global.location.origin;
  var TYPES = { view: 1, click: 1, add_to_cart: 1, remove_from_cart: 1, purchase: 1 };
  var FIELDS = ["item_id", "search_id", "rec_id", "position", "quantity", "price", "query"];
  var KEEPALIVE_BYTES = 60000;  // under the 64 KiB a browser allows in flight for keepalive requests
  var ATTRIBUTION_MS = 24 * 3600 * 1000;
  var ATTRIBUTION_MAX = 200;
  var QUEUE = "kaiyu.insights.queue.";  // + a tab id: tabs never overwrite each other's queue
  var ORPHAN_MS = 10 * 60 * 1000;  // a queue untouched this long belongs to a closed tab: adopt it

  function store(kind) {
    try {
      var s = global[kind];
      s.setItem("kaiyu.probe", "1");
      s.removeItem("kaiyu.probe");
      return s;
    } catch (e) {
      return null;  // private mode, storage off: everything still works, only in memory
    }
  }

  function readJson(storage, name, fallback) {
    try {
      var text = storage && storage.getItem(name);
      return text ? JSON.parse(text) : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function writeJson(storage, name, value) {
    try {
      if (storage) storage.setItem(name, JSON.stringify(value));
    } catch (e) { /* full: keep going in memory */ }
  }

  function uuid() {
    if (global.crypto && global.crypto.randomUUID) return global.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    (global.crypto || { getRandomValues: function (b) { for (var i = 0; i < b.length; i++) b[i] = Math.random() * 256; } })
      .getRandomValues(bytes);
    bytes[6] = (bytes[6] & 15) | 64;
    bytes[8] = (bytes[8] & 63) | 128;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function stableId(storage, name) {
    var id = storage && storage.getItem(name);
    if (!id) {
      id = uuid();
      try { if (storage) storage.setItem(name, id); } catch (e) { /* memory only */ }
    }
    return id;
  }

  function Tracker(options) {
    var local = store("localStorage");
    var opts = Object.assign({ baseUrl: DEFAULT_BASE, key: "", userId: null, sessionId: null, batchSize: 20,
                               flushMs: 2000, maxQueue: 500, backoffMs: 1000, maxBackoffMs: 60000, persist: true,
                               onError: null }, options || {});
    this.opts = opts;
    this.url = String(opts.baseUrl).replace(/\/+$/, "") + "/v1/events";
    this.local = local;
    this.queueName = QUEUE + stableId(store("sessionStorage"), "kaiyu.insights.tab");
    this.userId = opts.userId ? String(opts.userId) : "anon-" + stableId(local, "kaiyu.insights.anon");
    this.sessionId = opts.sessionId ? String(opts.sessionId) : stableId(store("sessionStorage"), "kaiyu.insights.session");
    this.queue = opts.persist ? this.restore() : [];
    this.timer = null;
    this.sending = false;
    this.failures = 0;
    this.dropped = 0;
    var self = this;
    this.onHide = function () { self.flush({ keepalive: true }); };
    this.onVisibility = function () { if (document.visibilityState === "hidden") self.onHide(); };
    global.addEventListener("pagehide", this.onHide);
    document.addEventListener("visibilitychange", this.onVisibility);
    if (this.queue.length) this.schedule(0);  // events the last page could not send
  }

  Tracker.prototype.report = function (error) {
    if (typeof this.opts.onError === "function") {
      try { this.opts.onError(error); } catch (e) { /* the page's handler must not stop us */ }
    }
  };

  Tracker.prototype.save = function () {
    if (this.opts.persist) writeJson(this.local, this.queueName, { at: Date.now(), events: this.queue });
  };

  Tracker.prototype.restore = function () {
    // this tab's unsent events (the page before this one), and those of tabs closed long ago;
    // should such a tab still be open, both send its events and the server keeps each event_id once
    var events = readJson(this.local, this.queueName, { events: [] }).events || [];
    var names = [];
    for (var i = 0; this.local && i < this.local.length; i++) names.push(this.local.key(i));
    var self = this;
    names.forEach(function (name) {
      if (!name || name.indexOf(QUEUE) !== 0 || name === self.queueName) return;
      var other = readJson(self.local, name, null);
      if (other && Date.now() - (other.at || 0) > ORPHAN_MS) {
        events = events.concat(other.events || []);
        self.local.removeItem(name);
      }
    });
    return events.slice(-this.opts.maxQueue);
  };

  Tracker.prototype.attribution = function (type, event) {
    var name = "kaiyu.insights.attribution";
    var seen = readJson(this.local, name, {});
    var now = Date.now();
    if (!event.item_id) return;
    if (type === "click" && (event.search_id || event.rec_id)) {
      seen[event.item_id] = { search_id: event.search_id, rec_id: event.rec_id, at: now };
      var items = Object.keys(seen).sort(function (a, b) { return seen[b].at - seen[a].at; });
      items.slice(ATTRIBUTION_MAX).forEach(function (item) { delete seen[item]; });
      writeJson(this.local, name, seen);
    } else if ((type === "add_to_cart" || type === "purchase") && !event.search_id && !event.rec_id) {
      var last = seen[event.item_id];
      if (last && now - last.at < ATTRIBUTION_MS) {
        if (last.search_id) event.search_id = last.search_id;
        if (last.rec_id) event.rec_id = last.rec_id;
      }
    }
  };

  Tracker.prototype.track = function (type, fields) {
    if (!TYPES[type]) throw new Error("KaiyuInsights.track: unknown event type " + JSON.stringify(type));
    var event = { event_id: uuid(), type: type, user_id: this.userId, session_id: this.sessionId,
                  timestamp: new Date().toISOString(), channel: "web" };
    FIELDS.forEach(function (name) {
      var value = fields && fields[name];
      if (value !== undefined && value !== null && value !== "") event[name] = value;
    });
    this.attribution(type, event);
    this.queue.push(event);
    if (this.queue.length > this.opts.maxQueue) {  // bounded: the oldest go first
      this.dropped += this.queue.length - this.opts.maxQueue;
      this.queue.splice(0, this.queue.length - this.opts.maxQueue);
    }
    this.save();
    if (this.queue.length >= this.opts.batchSize) this.flush();
    else this.schedule(this.opts.flushMs);
    return event.event_id;
  };

  Tracker.prototype.schedule = function (delay) {
    if (this.timer !== null) return;
    var self = this;
    this.timer = global.setTimeout(function () { self.timer = null; self.flush(); }, delay);
  };

  Tracker.prototype.batch = function (keepalive) {
    var batch = [];
    var bytes = 2;
    for (var i = 0; i < this.queue.length && batch.length < this.opts.batchSize * (keepalive ? 100 : 1); i++) {
      var size = JSON.stringify(this.queue[i]).length + 1;
      if (keepalive && bytes + size > KEEPALIVE_BYTES && batch.length) break;
      batch.push(this.queue[i]);
      bytes += size;
    }
    return batch;
  };

  Tracker.prototype.setUser = function (userId) {
    // a shopper who signs in (or out): later events carry the new id; queued ones keep theirs
    this.userId = userId ? String(userId) : "anon-" + stableId(this.local, "kaiyu.insights.anon");
  };

  Tracker.prototype.flush = function (how) {
    how = how || {};
    var self = this;
    if (this.sending && !how.keepalive && this.inflight) {
      return this.inflight.then(function () { return self.flush(); });  // what was queued meanwhile goes next
    }
    if (!this.queue.length || this.sending && !how.keepalive) return Promise.resolve();
    if (this.timer !== null) { global.clearTimeout(this.timer); this.timer = null; }
    var batch = this.batch(how.keepalive);
    if (!this.opts.key && how.keepalive && navigator.sendBeacon) {
      var sent = navigator.sendBeacon(this.url, new Blob([JSON.stringify(batch)], { type: "application/json" }));
      if (sent) this.settle(batch);  // queued by the browser; a loss costs only these, retried never
      return Promise.resolve();
    }
    return this.send(batch, how);
  };

  Tracker.prototype.send = function (batch, how) {
    var self = this;
    var headers = { "Content-Type": "application/json" };
    if (this.opts.key) headers.Authorization = "Bearer " + this.opts.key;
    this.sending = true;
    var request;
    try {
      request = fetch(this.url, { method: "POST", headers: headers, body: JSON.stringify(batch),
                                  keepalive: !!how.keepalive, credentials: "omit", mode: "cors" });
    } catch (e) {  // a browser that refuses keepalive here: the events wait in storage for the next page
      this.sending = false;
      return Promise.resolve();
    }
    this.inflight = request.then(function (response) {
      self.sending = false;
      if (response.ok) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          self.settle(batch);
          if (body && body.rejected && body.rejected.length) self.report({ status: response.status, rejected: body.rejected });
          self.failures = 0;
          if (self.queue.length) self.schedule(0);
        });
      }
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        self.settle(batch);  // refused for good (a bad key, a bad body): sending it again would not help
        self.report({ status: response.status, dropped: batch.length });
        return;
      }
      self.retry(response.headers.get("Retry-After"), { status: response.status });
    }, function (error) {
      self.sending = false;
      self.retry(null, { error: String(error) });
    });
    return this.inflight;
  };

  Tracker.prototype.settle = function (batch) {
    var done = {};
    batch.forEach(function (event) { done[event.event_id] = true; });
    this.queue = this.queue.filter(function (event) { return !done[event.event_id]; });
    this.save();
  };

  Tracker.prototype.retry = function (retryAfter, error) {
    this.failures += 1;
    var wait = Math.min(this.opts.maxBackoffMs, this.opts.backoffMs * Math.pow(2, this.failures - 1));
    wait = wait * (0.5 + Math.random());  // jitter, so a storefront's tabs do not retry in step
    var seconds = Number(retryAfter);
    if (retryAfter && isFinite(seconds)) wait = Math.max(wait, seconds * 1000);
    this.report(Object.assign({ retryInMs: Math.round(wait), failures: this.failures }, error));
    this.schedule(wait);
  };

  Tracker.prototype.stop = function () {
    global.removeEventListener("pagehide", this.onHide);
    document.removeEventListener("visibilitychange", this.onVisibility);
    if (this.timer !== null) global.clearTimeout(this.timer);
    this.timer = null;
  };

  var current = null;

  global.KaiyuInsights = {
    init: function (options) {
      if (current) current.stop();
      current = new Tracker(options);
      return current;
    },
    track: function (type, fields) {
      if (!current) throw new Error("KaiyuInsights.track: call KaiyuInsights.init first");
      return current.track(type, fields);
    },
    flush: function () { return current ? current.flush() : Promise.resolve(); },
    setUser: function (userId) { if (current) current.setUser(userId); },
    pending: function () { return current ? current.queue.length : 0; },
    Tracker: Tracker
  };
})(window);
