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
  if (params.has("key")) window.history.replaceState(null, "", window.location.pathname);

  KaiyuSearch.attach("#q", { key, container: "#results" });
  document.getElementById("q").addEventListener("kaiyu:select", (e) => {
    const box = document.getElementById("chosen");
    box.textContent = `kaiyu:select → ${e.detail.item.item_id}: ${e.detail.item.title}`;
    box.hidden = false;
  });
})();
