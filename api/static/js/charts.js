/* Two small SVG charts for the dashboard, drawn by hand: a line chart with points (metrics per
 * bundle) and stacked bars (events per day). Each point or bar carries a <title> tooltip. */
"use strict";

const KaiyuCharts = (() => {
  const { svg, h, clear } = Kaiyu;
  const PALETTE = ["#3457d5", "#e07a2f", "#1e8a4c", "#b03a8c", "#6c757d", "#c0392b", "#17a2b8", "#8e6c2f"];

  function niceMax(value) {
    if (!(value > 0)) return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
      if (step * power >= value) return step * power;
    }
    return 10 * power;
  }

  function frame(width, height, pad) {
    return { width, height, pad, inner: { w: width - pad.left - pad.right, h: height - pad.top - pad.bottom } };
  }

  function yAxis(root, f, max, format, ticks = 4) {
    for (let i = 0; i <= ticks; i++) {
      const value = (max * i) / ticks;
      const y = f.pad.top + f.inner.h - (f.inner.h * i) / ticks;
      root.append(svg("line", { class: i === 0 ? "axis" : "grid", x1: f.pad.left, x2: f.width - f.pad.right, y1: y, y2: y }));
      root.append(svg("text", { x: f.pad.left - 6, y: y + 3.5, "text-anchor": "end" }, format(value)));
    }
  }

  function legend(series) {
    return h("div", { class: "legend" }, series.map((s) => h("span", {}, h("i", { style: `background:${s.color}` }), s.name)));
  }

  /* labels: x labels; series: [{name, values (null for a gap), color?}]; highlight: index to ring. */
  function line(container, { labels, series, format = (v) => v.toFixed(3), highlight = -1, title = "chart" }) {
    clear(container);
    const f = frame(640, 230, { top: 14, right: 16, bottom: 34, left: 48 });
    const all = series.flatMap((s) => s.values).filter((v) => v !== null && v !== undefined);
    const max = niceMax(Math.max(...all, 0) * 1.08);
    const root = svg("svg", { viewBox: `0 0 ${f.width} ${f.height}`, class: "chart", role: "img", "aria-label": title });
    yAxis(root, f, max, format);
    const n = labels.length;
    const x = (i) => f.pad.left + (n === 1 ? f.inner.w / 2 : (f.inner.w * i) / (n - 1));
    const y = (v) => f.pad.top + f.inner.h - (f.inner.h * v) / max;
    const every = Math.max(1, Math.ceil(n / 8));
    labels.forEach((label, i) => {
      if (i % every === 0 || (i === n - 1 && i % every >= every / 2)) {
        const anchor = n > 1 && i === 0 ? "start" : n > 1 && i === n - 1 ? "end" : "middle";
        root.append(svg("text", { x: x(i), y: f.height - f.pad.bottom + 16, "text-anchor": anchor }, label));
      }
    });
    if (highlight >= 0 && highlight < n) {
      root.append(svg("line", { x1: x(highlight), x2: x(highlight), y1: f.pad.top, y2: f.pad.top + f.inner.h,
                                stroke: "#1e8a4c", "stroke-dasharray": "3 3", "stroke-width": 1 }));
      const hx = x(highlight);
      const anchor = hx < f.pad.left + 30 ? "start" : hx > f.width - f.pad.right - 30 ? "end" : "middle";
      root.append(svg("text", { x: hx + (anchor === "start" ? 4 : anchor === "end" ? -4 : 0), y: f.pad.top + 10,
                                "text-anchor": anchor, style: "fill:#1e8a4c" }, "serving"));
    }
    series.forEach((s, k) => {
      s.color = s.color || PALETTE[k % PALETTE.length];
      const points = s.values.map((v, i) => (v === null || v === undefined ? null : [x(i), y(v), v, i]));
      const path = points.reduce((d, p, i) => (p ? d + (d && points[i - 1] ? " L" : " M") + p[0].toFixed(1) + " " + p[1].toFixed(1) : d), "");
      if (path) root.append(svg("path", { class: "line", d: path.trim(), stroke: s.color }));
      for (const p of points) {
        if (!p) continue;
        root.append(svg("circle", { class: "dot", cx: p[0], cy: p[1], r: p[3] === highlight ? 5.5 : 4, fill: s.color,
                                     dataset: { value: p[2] } },
          svg("title", {}, `${s.name} ${format(p[2])} · ${labels[p[3]]}`)));
      }
    });
    container.append(root, legend(series));
    return root;
  }

  /* labels: x labels (days); series: [{name, values, color?}] stacked bottom-up. */
  function stackedBars(container, { labels, series, title = "chart", format = (v) => Math.round(v).toLocaleString("en-US") }) {
    clear(container);
    const f = frame(640, 230, { top: 10, right: 10, bottom: 34, left: 48 });
    const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
    const max = niceMax(Math.max(...totals, 0));
    const root = svg("svg", { viewBox: `0 0 ${f.width} ${f.height}`, class: "chart", role: "img", "aria-label": title });
    yAxis(root, f, max, format);
    const n = labels.length;
    const slot = f.inner.w / Math.max(n, 1);
    const width = Math.max(1.5, slot * 0.72);
    const every = Math.max(1, Math.ceil(n / 7));
    labels.forEach((label, i) => {
      const cx = f.pad.left + slot * i + slot / 2;
      let base = f.pad.top + f.inner.h;
      series.forEach((s, k) => {
        s.color = s.color || PALETTE[k % PALETTE.length];
        const v = s.values[i] || 0;
        if (v <= 0) return;
        const hgt = (f.inner.h * v) / max;
        base -= hgt;
        root.append(svg("rect", { class: "bar", x: cx - width / 2, y: base, width, height: Math.max(hgt, 0.5), fill: s.color,
                                   dataset: { value: v } },
          svg("title", {}, `${label} · ${s.name}: ${format(v)}`)));
      });
      if (i % every === 0 || (i === n - 1 && i % every >= every / 2)) {
        root.append(svg("text", { x: cx, y: f.height - f.pad.bottom + 16, "text-anchor": "middle" }, label));
      }
    });
    container.append(root, legend(series));
    return root;
  }

  return { line, stackedBars, PALETTE };
})();
