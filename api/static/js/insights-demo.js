/* The tracker's demo page: the events key comes from the URL (#key=...) or what this browser kept;
 * each button tracks one event, and the log shows what was queued and how sending went. */
(function () {
  "use strict";
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  let key = params.get("key");  // the fragment only: a query string would reach the server's logs
  try {
    if (key) window.localStorage.setItem("kaiyu.events_key", key);
    key = key || window.localStorage.getItem("kaiyu.events_key") || "";
  } catch (e) { /* storage off: this visit only */ }
  if (params.has("key")) window.history.replaceState(null, "", window.location.pathname);

  const PRODUCTS = [
    { item_id: "demo-sofa", title: "Three-seat sofa", price: 499 },
    { item_id: "demo-lamp", title: "Floor lamp", price: 79 },
    { item_id: "demo-rug", title: "Wool rug", price: 129 },
  ];
  const log = document.getElementById("log");
  const status = document.getElementById("status");

  function say(text) {
    log.textContent = new Date().toLocaleTimeString() + "  " + text + "\n" + log.textContent;
  }

  function show() {
    status.textContent = (key ? "Sending with an events key. " : "No key: events wait in this browser. ") +
      KaiyuInsights.pending() + " event(s) waiting.";
  }

  KaiyuInsights.init({ key: key, batchSize: 5, flushMs: 3000, onError: (e) => say("send: " + JSON.stringify(e)) });
  const products = document.getElementById("products");
  PRODUCTS.forEach((product, index) => {
    const card = document.createElement("div");
    card.className = "product";
    const title = document.createElement("h3");
    title.textContent = product.title;
    card.appendChild(title);
    card.appendChild(document.createTextNode(product.price + " USD"));
    card.appendChild(document.createElement("br"));
    [["view", {}], ["click", { search_id: "demo-search-1", position: index + 1, query: "living room" }],
     ["add_to_cart", { quantity: 1, price: product.price }], ["purchase", { quantity: 1, price: product.price }]]
      .forEach(([type, extra]) => {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = type.replace(/_/g, " ");
        button.addEventListener("click", () => {
          KaiyuInsights.track(type, Object.assign({ item_id: product.item_id }, extra));
          say("queued " + type + " " + product.item_id);
          show();
        });
        card.appendChild(button);
      });
    products.appendChild(card);
  });
  document.getElementById("flush").addEventListener("click", () => {
    KaiyuInsights.flush().then(() => { say("flushed"); show(); });
  });
  window.setInterval(show, 1000);
  show();
})();
