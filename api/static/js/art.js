/* Product pictures for the demo shop, drawn rather than downloaded: the synthetic catalogue's
 * image URLs point nowhere, and the pages must work offline. A silhouette of the product type,
 * filled with the item's colour, on its department's tint. */
"use strict";

const KaiyuArt = (() => {
  const { svg } = Kaiyu;

  const SHAPES = {
    top: [["path", { d: "M23 10 L12 16 L5 29 L14 33 L18 27 L18 55 L46 55 L46 27 L50 33 L59 29 L52 16 L41 10 Q32 19 23 10 Z" }]],
    dress: [["path", { d: "M25 7 L39 7 L38 20 Q37 23 39 26 L49 56 L15 56 L25 26 Q27 23 26 20 Z" }],
            ["path", { d: "M26 24 L38 24", fill: "none" }]],
    pants: [["path", { d: "M18 8 L46 8 L49 56 L36 56 L32 25 L28 56 L15 56 Z" }]],
    shoes: [["path", { d: "M7 37 L7 46 L57 46 L57 41 Q57 36 49 34 L35 30 L28 21 L12 23 Z" }],
            ["path", { d: "M7 41 L57 41", fill: "none" }]],
    laptop: [["rect", { x: 13, y: 13, width: 38, height: 27, rx: 2 }], ["path", { d: "M5 45 H59 L55 51 H9 Z" }]],
    monitor: [["rect", { x: 8, y: 10, width: 48, height: 32, rx: 2 }], ["path", { d: "M28 42 L26 52 H38 L36 42", fill: "none" }]],
    phone: [["rect", { x: 21, y: 6, width: 22, height: 52, rx: 5 }], ["path", { d: "M29 51 H35", fill: "none" }]],
    headphones: [["path", { d: "M14 40 V32 A18 18 0 0 1 50 32 V40", fill: "none" }],
                 ["rect", { x: 9, y: 37, width: 10, height: 16, rx: 4 }], ["rect", { x: 45, y: 37, width: 10, height: 16, rx: 4 }]],
    mouse: [["rect", { x: 20, y: 9, width: 24, height: 44, rx: 12 }], ["path", { d: "M32 9 V24", fill: "none" }]],
    lamp: [["path", { d: "M22 9 H42 L49 30 H15 Z" }], ["path", { d: "M32 30 V51 M22 54 H42", fill: "none" }]],
    bulb: [["circle", { cx: 32, cy: 25, r: 15 }], ["rect", { x: 26, y: 39, width: 12, height: 11, rx: 2 }]],
    sofa: [["path", { d: "M14 30 V21 Q14 18 17 18 H47 Q50 18 50 21 V30 Z" }],
           ["path", { d: "M8 30 H18 V37 H46 V30 H56 V46 H8 Z" }], ["path", { d: "M12 46 V52 M52 46 V52", fill: "none" }]],
    table: [["rect", { x: 10, y: 19, width: 44, height: 6, rx: 2 }], ["path", { d: "M16 25 L14 53 M48 25 L50 53 M15 39 H49", fill: "none" }]],
    rug: [["rect", { x: 10, y: 14, width: 44, height: 36, rx: 2 }], ["rect", { x: 17, y: 21, width: 30, height: 22, rx: 1, fill: "none" }],
          ["path", { d: "M10 18 H5 M10 26 H5 M10 34 H5 M10 42 H5 M54 18 H59 M54 26 H59 M54 34 H59 M54 42 H59", fill: "none" }]],
    cup: [["path", { d: "M13 21 H44 V43 A9 9 0 0 1 35 52 H22 A9 9 0 0 1 13 43 Z" }],
          ["path", { d: "M44 26 H49 A6 6 0 0 1 49 38 H44 M23 7 Q20 11 23 15 M31 7 Q28 11 31 15", fill: "none" }]],
    pan: [["circle", { cx: 26, cy: 34, r: 17 }], ["path", { d: "M43 34 H60", fill: "none", "stroke-width": 4 }]],
    package: [["path", { d: "M16 11 H48 L44 20 L48 55 H16 L20 20 Z" }], ["path", { d: "M20 20 H44", fill: "none" }]],
  };

  const BY_TYPE = {
    dress: "dress", "t-shirt": "top", shirt: "top", blouse: "top", jacket: "top", jeans: "pants", shoes: "shoes",
    laptop: "laptop", "laptop sleeve": "laptop", "laptop bag": "laptop", "laptop stand": "laptop",
    "laptop charger": "phone", monitor: "monitor", mouse: "mouse", phone: "phone", "phone case": "phone",
    "phone charger": "phone", headphones: "headphones", "table lamp": "lamp", "floor lamp": "lamp",
    "light bulb": "bulb", sofa: "sofa", "side table": "table", rug: "rug", mug: "cup", "coffee maker": "cup",
    coffee: "cup", tea: "cup", "coffee filter": "cup", "frying pan": "pan", saucepan: "pan", "dutch oven": "pan",
  };
  const BY_DEPARTMENT = { Clothing: "top", Electronics: "laptop", Home: "lamp", Grocery: "package" };
  const TINTS = { Clothing: ["#f4effa", "#e7def5"], Electronics: ["#edf3fc", "#dbe6f7"], Home: ["#f8f2e8", "#efe4d2"],
                  Grocery: ["#eff7ed", "#dcecd8"] };
  const COLOURS = {
    black: "#2b2d31", white: "#fbfbf8", blue: "#3d6fd1", grey: "#8a8f98", gray: "#8a8f98", navy: "#27365f",
    green: "#4f8a5b", beige: "#dbc9a8", pink: "#eaa5bb", brown: "#8a5a3c", silver: "#c3c7cf", cream: "#f0e7d0",
    olive: "#7b7b3f", "light blue": "#a9c8ee", red: "#c94848", clear: "#e3edf2", gold: "#d4af37",
  };

  function department(item) {
    return String(item.category || "").split(">")[0].trim();
  }

  /* An <svg> picture for `item` (an object with category, attributes). */
  function picture(item, size = 160) {
    const attrs = item.attributes || {};
    const dept = department(item);
    const shape = SHAPES[BY_TYPE[attrs.product_type] || BY_DEPARTMENT[dept] || "package"];
    const [from, to] = TINTS[dept] || ["#f1f3f5", "#e4e7eb"];
    const fill = COLOURS[String(attrs.color || "").toLowerCase()] || "#ffffff";
    const id = "g" + Math.random().toString(36).slice(2, 9);
    return svg("svg", { viewBox: "0 0 64 64", width: size, height: size, class: "art", role: "img",
                        "aria-label": attrs.product_type || dept || "product" },
      svg("defs", {}, svg("linearGradient", { id, x1: 0, y1: 0, x2: 1, y2: 1 },
        svg("stop", { offset: "0", "stop-color": from }), svg("stop", { offset: "1", "stop-color": to }))),
      svg("rect", { x: -8, y: -8, width: 80, height: 80, fill: `url(#${id})` }),
      svg("g", { transform: "translate(12 12) scale(0.625)", fill, stroke: "#3a3f47", "stroke-width": 2.2,
                 "stroke-linejoin": "round", "stroke-linecap": "round" },
        shape.map(([tag, a]) => svg(tag, a))));
  }

  return { picture, department };
})();
