/* The snippet's demo page: the read key comes from the URL (#key=...) or what the storefront
 * stored, never from the page itself. */
"use strict";

(() => {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  let key = params.get("key");  // the fragment only: a query string would reach the server's logs
  try {
    if (key) window.localStorage.setItem("kaiyu.key", key);
    key = key || window.localStorage.getItem("kaiyu.key") || window.localStorage.getItem("kaiyu.write_key") || "";
  } catch (_) { /* storage disabled */ }
  if (params.has("key") || params.has("events_key")) window.history.replaceState(null, "", window.location.pathname);

  KaiyuSearch.attach("#q", { key, container: "#results" });
  // the tracker: an events key (#events_key=...), or the storefront's write key
  let eventsKey = params.get("events_key");
  try {
    eventsKey = eventsKey || window.localStorage.getItem("kaiyu.write_key") || "";
  } catch (_) { /* storage disabled */ }
  KaiyuInsights.init({ key: eventsKey });
  document.getElementById("q").addEventListener("kaiyu:select", (e) => {
    KaiyuInsights.track("click", { item_id: e.detail.item.item_id, search_id: e.detail.search_id,
                                   position: e.detail.position, query: e.detail.query });
    const box = document.getElementById("chosen");
    box.textContent = `kaiyu:select → ${e.detail.item.item_id}: ${e.detail.item.title}`;
    box.hidden = false;
  });
})();
