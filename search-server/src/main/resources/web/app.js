// The journalists' search page: plain JS over /api/search, /api/parties and /api/articles/{id}.
// The URL is the state (same parameter names as the API, plus `article`), so links can be shared and
// the back button works. Text from the server goes in through textContent; only the snippet, which
// the server has already escaped and marked, is inserted as HTML.
"use strict";

(function () {
  const PAGE_SIZE = 10;
  const CSV_MAX_ROWS = 10000;
  const CSV_PAGE_SIZE = 100;
  const STATE_KEYS = ["q", "from", "to", "category", "sort", "page", "article"];

  const $ = (id) => document.getElementById(id);
  const el = {
    form: $("search-form"), q: $("q"), partyInput: $("party-input"), listbox: $("party-listbox"),
    selected: $("party-selected"), from: $("from"), to: $("to"), category: $("category"),
    sort: $("sort"), clear: $("clear"), exportBtn: $("export"), status: $("status"),
    error: $("error"), main: $("main"), results: $("results"), total: $("total"),
    warnings: $("warnings"), interpreted: $("interpreted"), empty: $("empty"), hits: $("hits"), pager: $("pager"),
    prev: $("prev"), next: $("next"), pageInfo: $("page-info"), histogram: $("histogram"),
    partyFacet: $("party-facet"), article: $("article"), articleBody: $("article-body"),
    back: $("back"), home: $("home"),
  };
  const numberVi = new Intl.NumberFormat("vi-VN");

  // ---- state <-> URL -------------------------------------------------------------------------

  function emptyState() {
    return { q: "", party: [], from: "", to: "", category: "", sort: "", page: 1, article: "", literal: false };
  }

  function stateFromUrl() {
    const p = new URLSearchParams(location.search);
    const s = emptyState();
    s.q = p.get("q") || "";
    s.party = p.getAll("party").filter((v) => v.trim() !== "");
    s.from = p.get("from") || "";
    s.to = p.get("to") || "";
    s.category = p.get("category") || "";
    s.sort = p.get("sort") || "";
    s.page = Math.max(1, parseInt(p.get("page") || "1", 10) || 1);
    s.article = p.get("article") || "";
    s.literal = p.get("literal") === "true";
    return s;
  }

  // The API's parameters for a state; `page` only when it is not the first.
  function apiParams(s) {
    const p = new URLSearchParams();
    if (s.q.trim()) p.set("q", s.q.trim());
    s.party.forEach((v) => p.append("party", v));
    if (s.from) p.set("from", s.from);
    if (s.to) p.set("to", s.to);
    if (s.category) p.set("category", s.category);
    if (s.sort) p.set("sort", s.sort);
    if (s.page > 1) p.set("page", String(s.page));
    if (s.literal && s.q.trim()) p.set("literal", "true");
    return p;
  }

  function urlFor(s) {
    const p = apiParams(s);
    if (s.article) p.set("article", s.article);
    const qs = p.toString().replace(/\+/g, "%20");
    return location.pathname + (qs ? "?" + qs : "");
  }

  let state = stateFromUrl();
  let typing = false; // inside a run of typing in the search box

  // push: a new history entry (a deliberate action); otherwise the current entry is replaced.
  function go(next, push) {
    if (push) typing = false;
    state = next;
    const url = urlFor(state);
    if (url !== location.pathname + location.search) {
      if (push) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }
    render();
  }

  function withChange(change) {
    // A new query is read afresh; "literal" was a choice for the query it came with.
    const fresh = "q" in change && change.q !== state.q ? { literal: false } : {};
    return Object.assign({}, state, { page: 1, article: "" }, fresh, change);
  }

  window.addEventListener("popstate", () => {
    state = stateFromUrl();
    typing = false;
    el.q.value = state.q; // even while the box has focus
    render();
  });

  // ---- dates ---------------------------------------------------------------------------------

  function pad(n) {
    return String(n).padStart(2, "0");
  }

  function lastDayOfMonth(y, m) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  }

  // The date inputs need YYYY-MM-DD; shared links may carry any form the API accepts.
  function toIsoDay(value, end) {
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) return value;
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
    if (m) return m[3] + "-" + pad(m[2]) + "-" + pad(m[1]);
    m = /^(\d{4})-(\d{2})$/.exec(value);
    if (m) return m[1] + "-" + m[2] + "-" + (end ? pad(lastDayOfMonth(+m[1], +m[2])) : "01");
    m = /^(\d{4})$/.exec(value);
    if (m) return m[1] + (end ? "-12-31" : "-01-01");
    return "";
  }

  // "2019-10-17" or "2019-10-17T21:50:00+07:00" (already Vietnam time) -> "17/10/2019".
  function viDate(published) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published || "");
    return m ? m[3] + "/" + m[2] + "/" + m[1] : "";
  }

  // Agreement periods come as years (2019), months ("2019-10") or days ("2019-10-17").
  function viPeriodEnd(v) {
    const s = String(v == null ? "" : v);
    const m = /^(\d{4})-(\d{2})$/.exec(s);
    if (m) return m[2] + "/" + m[1];
    return viDate(s) || s;
  }

  function monthLabel(ym) {
    const [y, m] = ym.split("-");
    return "tháng " + (+m) + "/" + y;
  }

  // ---- fetching ------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(message, param, detail) {
      super(message);
      this.param = param;
      this.detail = detail;
    }
  }

  // The server's errors in Vietnamese, by their stable code and the parameter they name; the
  // server's own message stays as the detail.
  const PARAMS = {
    q: "từ khóa", party: "bên ký", org: "tổ chức", from: "từ ngày", to: "đến ngày",
    category: "chuyên mục", source: "nguồn", sort: "cách sắp xếp", page: "trang",
    size: "số kết quả mỗi trang", cursor: "trang tiếp", literal: "tìm đúng như đã gõ",
    prefix: "tên đang gõ", limit: "số gợi ý",
  };
  const ERRORS = {
    bad_request: (param) =>
      param ? "Giá trị “" + (PARAMS[param] || param) + "” không hợp lệ." : "Yêu cầu không hợp lệ.",
    not_found: () => "Không tìm thấy.",
    request_timeout: () => "Yêu cầu gửi quá lâu nên máy chủ đã dừng chờ.",
    search_timeout: () => "Tìm kiếm mất quá lâu nên đã dừng. Hãy thu hẹp câu tìm rồi thử lại.",
    payload_too_large: () => "Yêu cầu quá lớn.",
    uri_too_long: () => "Yêu cầu quá dài. Hãy bỏ bớt bộ lọc.",
    headers_too_large: () => "Yêu cầu quá dài.",
    internal_error: () => "Máy chủ gặp lỗi. Hãy thử lại sau.",
  };

  async function getJson(path, signal) {
    let res;
    try {
      res = await fetch(path, { signal, headers: { Accept: "application/json" } });
    } catch (e) {
      if (e.name === "AbortError") throw e;
      throw new ApiError("Không kết nối được với máy chủ tìm kiếm. Hãy kiểm tra mạng rồi thử lại.");
    }
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      if (e.name === "AbortError") throw e;
    }
    if (!res.ok) {
      const param = body ? body.param : undefined;
      const vi = body && ERRORS[body.error] ? ERRORS[body.error](param) : null;
      const detail = body && body.message ? body.message : null;
      throw new ApiError(vi || detail || "Máy chủ trả lỗi " + res.status + ".", param, vi ? detail : null);
    }
    if (!body) throw new ApiError("Máy chủ trả về dữ liệu không đọc được.");
    return body;
  }

  function showError(err) {
    if (!err) {
      el.error.hidden = true;
      el.error.textContent = "";
      return;
    }
    const param = err.param ? " (tham số “" + err.param + "”)" : "";
    const detail = err.detail ? " Chi tiết: " + err.detail : "";
    el.error.textContent = "Lỗi: " + err.message + param + detail;
    el.error.hidden = false;
  }

  function setLoading(on, text) {
    document.body.classList.toggle("loading", on);
    el.status.textContent = on ? text || "Đang tìm…" : "";
  }

  // ---- rendering the search ------------------------------------------------------------------

  let searchAbort = null;
  let lastSearchKey = null;
  let lastResult = null;

  function render() {
    fillForm();
    document.title = (state.q ? state.q + " – " : "") + "Tìm tin lao động – xã hội";
    const key = apiParams(state).toString();
    if (key !== lastSearchKey) runSearch(key);
    if (state.article) openArticle(state.article);
    else closeArticle();
  }

  function fillForm() {
    if (document.activeElement !== el.q) el.q.value = state.q;
    el.from.value = toIsoDay(state.from, false);
    el.to.value = toIsoDay(state.to, true);
    el.sort.value = state.sort;
    ensureCategoryOption(state.category);
    el.category.value = state.category;
    el.selected.replaceChildren(...state.party.map(selectedPartyChip));
  }

  function selectedPartyChip(name) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "chip chip-selected";
    b.setAttribute("aria-label", "Bỏ lọc theo " + name);
    b.textContent = name + " ×";
    b.addEventListener("click", () => go(withChange({ party: state.party.filter((p) => p !== name) }), true));
    li.append(b);
    return li;
  }

  function ensureCategoryOption(value) {
    if (!value) return;
    if (![...el.category.options].some((o) => o.value === value)) {
      el.category.append(new Option(value, value));
    }
  }

  async function runSearch(key) {
    if (searchAbort) searchAbort.abort();
    const ctrl = new AbortController();
    searchAbort = ctrl;
    lastSearchKey = key;
    const p = new URLSearchParams(key);
    p.set("size", String(PAGE_SIZE));
    setLoading(true);
    try {
      const data = await getJson("/api/search?" + p.toString(), ctrl.signal);
      if (ctrl.signal.aborted) return;
      lastResult = data;
      showError(null);
      renderResult(data);
    } catch (e) {
      if (e.name === "AbortError") return;
      lastSearchKey = null; // let the same search be retried
      lastResult = null;
      showError(e);
      renderResult(null);
    } finally {
      if (searchAbort === ctrl) {
        searchAbort = null;
        setLoading(false);
      }
    }
  }

  function renderResult(data) {
    const hits = data ? data.hits || [] : [];
    el.hits.replaceChildren(...hits.map(hitItem));
    el.total.textContent = data
      ? "Tìm thấy " + numberVi.format(data.total) + " bài" + (data.tookMs != null ? " (" + numberVi.format(Math.round(data.tookMs)) + " ms)" : "")
      : "";
    renderInterpretation(data ? data.interpretedAs : null);
    renderWarnings(data ? data.warnings || [] : []);
    renderEmpty(data && data.total === 0);
    renderPager(data);
    const facets = (data && data.facets) || {};
    renderHistogram(facets.months || []);
    renderPartyFacet(facets.parties || []);
    renderCategories(facets.categories || []);
    document.body.dataset.searchState = data ? "done" : "error";
  }

  function hitItem(hit) {
    const li = document.createElement("li");
    li.className = "hit";
    const h = document.createElement("h3");
    const a = document.createElement("a");
    a.className = "hit-title";
    a.href = urlFor(Object.assign({}, state, { article: hit.id }));
    a.textContent = hit.title || "(không có tiêu đề)";
    a.addEventListener("click", (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      go(Object.assign({}, state, { article: hit.id }), true);
    });
    h.append(a);

    const meta = document.createElement("p");
    meta.className = "meta";
    const parts = [];
    if (hit.published) parts.push(span("date", viDate(hit.published)));
    if (hit.source) parts.push(span("source", hit.source));
    if (hit.category) parts.push(span("category", hit.category));
    parts.forEach((p, i) => {
      if (i) meta.append(" · ");
      meta.append(p);
    });

    const chips = document.createElement("ul");
    chips.className = "chips";
    chips.setAttribute("aria-label", "Các bên");
    (hit.parties || []).forEach((name) => chips.append(partyChip(name)));

    const snippet = document.createElement("p");
    snippet.className = "snippet";
    snippet.innerHTML = hit.snippet || ""; // escaped by the server; only <mark> is markup
    li.append(h, meta, chips, snippet);
    return li;
  }

  function span(cls, text) {
    const s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function partyChip(name) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "chip";
    b.textContent = name;
    b.title = "Lọc theo " + name;
    b.addEventListener("click", () => addParty(name));
    li.append(b);
    return li;
  }

  function addParty(name) {
    const clean = name.trim();
    if (!clean) return;
    if (state.party.includes(clean)) return;
    go(withChange({ party: state.party.concat([clean]) }), true);
  }

  // "Kết quả cho: lao động", and a link to search the words exactly as typed.
  function renderInterpretation(interpretedAs) {
    if (!interpretedAs) {
      el.interpreted.replaceChildren();
      el.interpreted.hidden = true;
      return;
    }
    const b = document.createElement("strong");
    b.textContent = interpretedAs;
    const a = document.createElement("a");
    a.href = urlFor(Object.assign({}, state, { literal: true, page: 1, article: "" }));
    a.textContent = state.q;
    a.addEventListener("click", (e) => {
      e.preventDefault();
      go(Object.assign({}, state, { literal: true, page: 1, article: "" }), true);
    });
    el.interpreted.replaceChildren("Kết quả cho: ", b, ". Tìm đúng như đã gõ: ", a);
    el.interpreted.hidden = false;
  }

  // The server's warnings in Vietnamese, by their stable code; its English message otherwise.
  const LISTED = 5;
  function listed(names) {
    const shown = names.slice(0, LISTED).join("; ");
    return names.length > LISTED ? shown + "; …" : shown;
  }
  const WARNINGS = {
    "unknown-name": (w) =>
      "Không biết tên “" + w.name + "”, nên không có kết quả." +
      (w.names && w.names.length ? " Có phải bạn muốn tìm: " + listed(w.names) + "?" : ""),
    "name-without-articles": (w) =>
      "Chưa có bài nào có “" + (w.names && w.names.length ? w.names[0] : w.name) + "”.",
    "name-at-places": (w) =>
      "“" + w.name + "” không ghi nơi nào, nên đã tìm ở mọi nơi có tên ấy: " + listed(w.names) +
      ". Chọn một tên để thu hẹp.",
    "place-government": (w) =>
      "“" + w.name + "” là một địa phương, nên đã tìm cả cơ quan điều hành nơi ấy: " +
      listed(w.names) + ".",
    "no-searchable-words": () => "Câu tìm không có từ nào để tìm; đang hiện mọi bài.",
    "dangling-or": () => "OR cần một từ ở mỗi bên; OR thừa đã được bỏ qua.",
    "lone-minus": () => "Dấu trừ loại từ viết liền sau nó; dấu - đứng riêng đã được bỏ qua.",
    "unclosed-quote": () => "Thiếu dấu ngoặc kép đóng; các từ sau nó được tìm như từ thường.",
    "empty-quotes": () => "Cặp ngoặc kép không có từ nào nên đã được bỏ qua.",
    "typing-unavailable": () =>
      "Chỉ mục chưa có thống kê âm tiết, nên chưa đọc được dấu, Telex hay VNI; các từ được tìm đúng như đã gõ.",
  };
  function warningText(w) {
    if (typeof w === "string") return w;
    const vi = WARNINGS[w.code];
    const named = ["unknown-name", "name-without-articles", "name-at-places", "place-government"]
      .includes(w.code);
    if (vi && (!named || (typeof w.name === "string" && Array.isArray(w.names)))) return vi(w);
    return w.message || JSON.stringify(w);
  }

  function renderWarnings(warnings) {
    el.warnings.replaceChildren(
      ...warnings.map((w) => {
        const p = document.createElement("p");
        p.textContent = warningText(w);
        p.dataset.code = w.code || "";
        return p;
      }),
    );
    el.warnings.hidden = warnings.length === 0;
  }

  function activeFilters() {
    const f = [];
    state.party.forEach((p) => f.push({ label: "bên “" + p + "”", change: { party: state.party.filter((x) => x !== p) } }));
    if (state.from || state.to) f.push({ label: "khoảng thời gian", change: { from: "", to: "" } });
    if (state.category) f.push({ label: "chuyên mục “" + state.category + "”", change: { category: "" } });
    return f;
  }

  function renderEmpty(isEmpty) {
    el.empty.hidden = !isEmpty;
    if (!isEmpty) return;
    const filters = activeFilters();
    const p = document.createElement("p");
    p.textContent = "Không tìm thấy bài nào phù hợp."
      + (filters.length ? " Hãy thử bỏ bớt bộ lọc:" : " Hãy thử từ khoá khác, ngắn hơn, hoặc gõ không dấu.");
    const ul = document.createElement("ul");
    ul.className = "chips";
    filters.forEach((f) => {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "chip chip-selected";
      b.textContent = "Bỏ " + f.label;
      b.addEventListener("click", () => go(withChange(f.change), true));
      li.append(b);
      ul.append(li);
    });
    el.empty.replaceChildren(p, ul);
  }

  function renderPager(data) {
    const pages = data ? Math.min(Math.ceil(data.total / PAGE_SIZE), Math.floor(CSV_MAX_ROWS / PAGE_SIZE)) : 0;
    el.pager.hidden = pages <= 1;
    el.prev.disabled = state.page <= 1;
    el.next.disabled = state.page >= pages;
    el.pageInfo.textContent = "Trang " + state.page + " / " + numberVi.format(pages);
  }

  function renderCategories(categories) {
    const keep = el.category.value;
    const opts = [new Option("Tất cả chuyên mục", "")];
    categories.forEach((c) => opts.push(new Option(c.value + " (" + numberVi.format(c.count) + ")", c.value)));
    el.category.replaceChildren(...opts);
    ensureCategoryOption(keep);
    el.category.value = keep;
  }

  function renderPartyFacet(parties) {
    if (!parties.length) {
      const li = document.createElement("li");
      li.className = "muted";
      li.textContent = "Không có bên nào trong các bài tìm được.";
      el.partyFacet.replaceChildren(li);
      return;
    }
    el.partyFacet.replaceChildren(
      ...parties.map((p) => {
        const li = document.createElement("li");
        const b = document.createElement("button");
        b.type = "button";
        b.className = "facet-item";
        b.setAttribute("aria-pressed", state.party.includes(p.value) ? "true" : "false");
        b.append(span("facet-name", p.value), span("facet-count", numberVi.format(p.count)));
        b.addEventListener("click", () => addParty(p.value));
        li.append(b);
        return li;
      }),
    );
  }

  // ---- histogram -----------------------------------------------------------------------------

  const SVG_NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    const n = document.createElementNS(SVG_NS, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => n.setAttribute(k, String(v)));
    return n;
  }

  // Months between the first and the last, so gaps show as empty; sparse facets over many years
  // keep only the months present.
  function monthSeries(months) {
    const sorted = months.slice().sort((a, b) => (a.value < b.value ? -1 : 1));
    if (sorted.length < 2) return sorted;
    const [y0, m0] = sorted[0].value.split("-").map(Number);
    const [y1, m1] = sorted[sorted.length - 1].value.split("-").map(Number);
    const span = (y1 - y0) * 12 + (m1 - m0) + 1;
    if (span > 120) return sorted;
    const counts = new Map(sorted.map((m) => [m.value, m.count]));
    const out = [];
    for (let i = 0; i < span; i++) {
      const y = y0 + Math.floor((m0 - 1 + i) / 12);
      const m = ((m0 - 1 + i) % 12) + 1;
      const v = y + "-" + pad(m);
      out.push({ value: v, count: counts.get(v) || 0 });
    }
    return out;
  }

  function renderHistogram(months) {
    const series = monthSeries(months);
    if (!series.length) {
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = "Không có bài có ngày đăng.";
      el.histogram.replaceChildren(p);
      return;
    }
    const W = 320, H = 140, top = 14, bottom = 22;
    const max = Math.max(1, ...series.map((m) => m.count));
    const slot = W / series.length;
    const barW = Math.min(28, Math.max(2, slot * 0.8));
    const root = svg("svg", { viewBox: "-14 0 " + (W + 28) + " " + H, class: "hist", role: "group", "aria-label": "Số bài theo tháng" });
    const labelEvery = Math.ceil(series.length / 6);
    series.forEach((m, i) => {
      const h = Math.round(((H - top - bottom) * m.count) / max);
      const x = i * slot + (slot - barW) / 2;
      const label = monthLabel(m.value) + ": " + numberVi.format(m.count) + " bài";
      const g = svg("g", { class: "bar", tabindex: 0, role: "button", "aria-label": label, "data-month": m.value, "data-count": m.count });
      const title = svg("title");
      title.textContent = label;
      g.append(title);
      // A full-height transparent target makes thin bars easy to click.
      g.append(svg("rect", { class: "bar-hit", x: i * slot, y: 0, width: slot, height: H - bottom, fill: "transparent" }));
      g.append(svg("rect", { class: "bar-fill", x: x, y: H - bottom - h, width: barW, height: h, rx: 1 }));
      if (series.length <= 24 && m.count > 0) {
        const t = svg("text", { x: x + barW / 2, y: H - bottom - h - 3, class: "bar-count", "text-anchor": "middle" });
        t.textContent = m.count;
        g.append(t);
      }
      g.addEventListener("click", () => pickMonth(m.value));
      g.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          pickMonth(m.value);
        }
      });
      root.append(g);
      if (i % labelEvery === 0) {
        const t = svg("text", { x: i * slot + slot / 2, y: H - 6, class: "axis", "text-anchor": "middle" });
        const [y, mo] = m.value.split("-");
        t.textContent = +mo + "/" + y.slice(2);
        root.append(t);
      }
    });
    root.append(svg("line", { x1: 0, x2: W, y1: H - bottom + 0.5, y2: H - bottom + 0.5, class: "baseline" }));
    el.histogram.replaceChildren(root);
  }

  function pickMonth(ym) {
    const [y, m] = ym.split("-").map(Number);
    go(withChange({ from: ym + "-01", to: ym + "-" + pad(lastDayOfMonth(y, m)) }), true);
  }

  // ---- party autocomplete (WAI-ARIA combobox with a listbox popup) ---------------------------

  let partyAbort = null;
  let partyTimer = null;
  let options = [];
  let active = -1;

  function closeListbox() {
    el.listbox.hidden = true;
    el.listbox.replaceChildren();
    el.partyInput.setAttribute("aria-expanded", "false");
    el.partyInput.removeAttribute("aria-activedescendant");
    options = [];
    active = -1;
  }

  function setActive(i) {
    active = i;
    [...el.listbox.children].forEach((li, j) => li.setAttribute("aria-selected", j === i ? "true" : "false"));
    if (i >= 0) {
      const li = el.listbox.children[i];
      el.partyInput.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    } else {
      el.partyInput.removeAttribute("aria-activedescendant");
    }
  }

  async function suggestParties(prefix) {
    if (partyAbort) partyAbort.abort();
    const ctrl = new AbortController();
    partyAbort = ctrl;
    try {
      const p = new URLSearchParams({ prefix: prefix, limit: "8" });
      const data = await getJson("/api/parties?" + p.toString(), ctrl.signal);
      if (ctrl.signal.aborted || el.partyInput.value.trim() !== prefix) return;
      showOptions((data.parties || []).filter((x) => !state.party.includes(x.value)));
    } catch (e) {
      if (e.name !== "AbortError") showError(e);
    }
  }

  function showOptions(list) {
    options = list;
    if (!list.length) {
      closeListbox();
      return;
    }
    el.listbox.replaceChildren(
      ...list.map((p, i) => {
        const li = document.createElement("li");
        li.id = "party-opt-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.append(span("opt-name", p.value), span("opt-count", numberVi.format(p.count) + " bài"));
        // mousedown, not click: picking must happen before the input loses focus.
        li.addEventListener("mousedown", (ev) => {
          ev.preventDefault();
          pickOption(i);
        });
        return li;
      }),
    );
    el.listbox.hidden = false;
    el.partyInput.setAttribute("aria-expanded", "true");
    active = -1;
  }

  function pickOption(i) {
    const opt = options[i];
    closeListbox();
    el.partyInput.value = "";
    if (opt) addParty(opt.value);
  }

  el.partyInput.addEventListener("input", () => {
    clearTimeout(partyTimer);
    const prefix = el.partyInput.value.trim();
    if (!prefix) {
      closeListbox();
      return;
    }
    partyTimer = setTimeout(() => suggestParties(prefix), 120);
  });

  el.partyInput.addEventListener("keydown", (ev) => {
    const open = !el.listbox.hidden && options.length > 0;
    if (ev.key === "ArrowDown") {
      ev.preventDefault();
      if (!open) suggestParties(el.partyInput.value.trim());
      else setActive((active + 1) % options.length);
    } else if (ev.key === "ArrowUp") {
      ev.preventDefault();
      if (open) setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (ev.key === "Enter") {
      ev.preventDefault(); // never submits the form from here
      if (open && active >= 0) pickOption(active);
      else if (el.partyInput.value.trim()) {
        // A typed name: the server resolves aliases, or warns and suggests close parties.
        const typed = el.partyInput.value.trim();
        closeListbox();
        el.partyInput.value = "";
        addParty(typed);
      }
    } else if (ev.key === "Escape") {
      if (open) {
        ev.preventDefault();
        closeListbox();
      }
    }
  });

  el.partyInput.addEventListener("blur", () => setTimeout(closeListbox, 100));

  // ---- form ----------------------------------------------------------------------------------

  let typingTimer = null;

  // The first pause in a run of typing makes a history entry; later pauses update it, so the back
  // button returns to the search before the typing, not to each half-typed word.
  el.q.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const push = !typing;
      go(withChange({ q: el.q.value }), push);
      typing = true;
    }, 300);
  });
  el.q.addEventListener("blur", () => {
    typing = false;
  });

  el.form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    clearTimeout(typingTimer);
    lastSearchKey = null; // "Tìm" always asks again, even for the same search
    go(withChange({ q: el.q.value, from: el.from.value, to: el.to.value }), true);
  });

  // Chromium fires `change` on every keystroke in a date field once the date is complete, so
  // typing a year passes through 0002, 0020, 0202: wait for a pause and a plausible year.
  let dateTimer = null;
  function onDateChange() {
    clearTimeout(dateTimer);
    dateTimer = setTimeout(() => {
      const plausible = (v) => v === "" || /^(19|20)\d\d-/.test(v);
      if (!plausible(el.from.value) || !plausible(el.to.value)) return;
      if (el.from.value === toIsoDay(state.from, false) && el.to.value === toIsoDay(state.to, true)) return;
      go(withChange({ from: el.from.value, to: el.to.value }), true);
    }, 400);
  }
  el.from.addEventListener("change", onDateChange);
  el.to.addEventListener("change", onDateChange);
  el.category.addEventListener("change", () => go(withChange({ category: el.category.value }), true));
  el.sort.addEventListener("change", () => go(withChange({ sort: el.sort.value }), true));
  el.clear.addEventListener("click", () => go(withChange({ party: [], from: "", to: "", category: "", sort: "" }), true));
  el.prev.addEventListener("click", () => turnPage(-1));
  el.next.addEventListener("click", () => turnPage(1));

  function turnPage(delta) {
    go(Object.assign({}, state, { page: Math.max(1, state.page + delta), article: "" }), true);
    el.results.focus({ preventScroll: true });
    el.results.scrollIntoView({ block: "start" });
  }

  el.home.addEventListener("click", (ev) => {
    ev.preventDefault();
    go(emptyState(), true);
  });

  // ---- article view --------------------------------------------------------------------------

  let articleAbort = null;
  let shownArticle = null;

  async function openArticle(id) {
    el.main.classList.add("reading");
    el.article.hidden = false;
    if (shownArticle === id + "\u0000" + state.q) return;
    if (articleAbort) articleAbort.abort();
    const ctrl = new AbortController();
    articleAbort = ctrl;
    el.articleBody.replaceChildren(span("muted", "Đang tải bài…"));
    try {
      const a = await getJson("/api/articles/" + encodeURIComponent(id), ctrl.signal);
      if (ctrl.signal.aborted) return;
      shownArticle = id + "\u0000" + state.q;
      renderArticle(a);
      el.article.focus({ preventScroll: true });
      const top = el.article.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight / 2) el.article.scrollIntoView({ block: "start" });
    } catch (e) {
      if (e.name === "AbortError") return;
      const p = document.createElement("p");
      p.className = "error";
      p.textContent = "Không mở được bài: " + e.message;
      el.articleBody.replaceChildren(p);
    }
  }

  function closeArticle() {
    if (articleAbort) articleAbort.abort();
    el.main.classList.remove("reading");
    el.article.hidden = true;
    shownArticle = null;
  }

  el.back.addEventListener("click", () => {
    go(Object.assign({}, state, { article: "" }), true);
    el.results.focus({ preventScroll: true });
  });

  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && !el.article.hidden && !ev.defaultPrevented) el.back.click();
  });

  function renderArticle(a) {
    const terms = window.VnHighlight.queryTerms(state.q);
    const out = [];
    const h = document.createElement("h2");
    h.id = "article-title";
    window.VnHighlight.appendMarked(h, a.title || "(không có tiêu đề)", terms);
    out.push(h);

    const meta = document.createElement("p");
    meta.className = "meta";
    [viDate(a.published), a.source, a.category].filter(Boolean).forEach((t, i) => {
      if (i) meta.append(" · ");
      meta.append(t);
    });
    out.push(meta);

    out.push(articleFields(a));

    if (a.url) {
      const p = document.createElement("p");
      const link = document.createElement("a");
      link.href = a.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.className = "original";
      link.textContent = "Xem bài gốc trên " + (a.source || "trang nguồn") + " ↗";
      p.append(link);
      out.push(p);
    }

    const text = document.createElement("div");
    text.className = "article-text";
    if (a.lead) {
      const lead = document.createElement("p");
      lead.className = "lead";
      window.VnHighlight.appendMarked(lead, a.lead, terms);
      text.append(lead);
    }
    String(a.body || "").split(/\n+/).filter((s) => s.trim()).forEach((para) => {
      const p = document.createElement("p");
      window.VnHighlight.appendMarked(p, para, terms);
      text.append(p);
    });
    (a.captions || []).forEach((c) => {
      const p = document.createElement("p");
      p.className = "caption";
      window.VnHighlight.appendMarked(p, c, terms);
      text.append(p);
    });
    out.push(text);
    el.articleBody.replaceChildren(...out);
  }

  function articleFields(a) {
    const dl = document.createElement("dl");
    dl.className = "fields";
    const add = (key, label, value) => {
      if (value == null || value === "" || (Array.isArray(value) && !value.length)) return;
      const dt = document.createElement("dt");
      dt.textContent = label;
      const dd = document.createElement("dd");
      dd.dataset.field = key;
      if (value instanceof Node) dd.append(value);
      else dd.textContent = Array.isArray(value) ? value.join("; ") : value;
      dl.append(dt, dd);
    };
    const parties = document.createElement("ul");
    parties.className = "chips";
    (a.parties || []).forEach((p) => parties.append(partyChip(p)));
    add("parties", "Bên tham gia", (a.parties || []).length ? parties : null);
    add("organisations", "Tổ chức được nhắc tới", a.organisations);
    const ag = a.agreement || null;
    if (ag) {
      add("kind", "Loại văn bản", ag.kind);
      const period = ag.period || {};
      if (period.from || period.to) {
        add("period", "Thời hạn", (period.from ? viPeriodEnd(period.from) : "…") + " – " + (period.to ? viPeriodEnd(period.to) : "…"));
      }
      add("signedOn", "Ngày ký", viDate(ag.signedOn));
      add("place", "Nơi ký", ag.place);
    }
    add("signatories", "Người ký", (a.signatories || []).map((s) => [s.name, s.role, s.party].filter(Boolean).join(", ")));
    add("author", "Tác giả", a.author);
    return dl;
  }

  // ---- CSV export ----------------------------------------------------------------------------

  let exportAbort = null;

  function csvField(v) {
    let s = v == null ? "" : String(v);
    // Spreadsheets run cells that start with = + @ as formulas; a leading apostrophe stops that.
    if (/^[=+@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csvRow(values) {
    return values.map(csvField).join(",") + "\r\n";
  }

  async function exportCsv() {
    if (exportAbort) exportAbort.abort();
    const ctrl = new AbortController();
    exportAbort = ctrl;
    el.exportBtn.disabled = true;
    const base = apiParams(Object.assign({}, state, { page: 1 }));
    const rows = [csvRow(["title", "date", "url", "source", "parties"])];
    let total = 0;
    let cursor = null;
    try {
      while (rows.length - 1 < CSV_MAX_ROWS) {
        const p = new URLSearchParams(base);
        p.set("size", String(Math.min(CSV_PAGE_SIZE, CSV_MAX_ROWS - (rows.length - 1))));
        if (cursor) p.set("cursor", cursor);
        const data = await getJson("/api/search?" + p.toString(), ctrl.signal);
        total = data.total;
        (data.hits || []).forEach((h) =>
          rows.push(csvRow([h.title, (h.published || "").slice(0, 10), h.url, h.source, (h.parties || []).join("; ")])),
        );
        setLoading(true, "Đang xuất CSV… " + numberVi.format(rows.length - 1) + " / " + numberVi.format(Math.min(total, CSV_MAX_ROWS)));
        if (!data.nextCursor || !(data.hits || []).length) break;
        cursor = data.nextCursor;
      }
      const text = "\uFEFF" + rows.join("");
      window.vnnewsLastCsv = { text: text, rows: rows.length - 1, total: total };
      const blob = new Blob([text], { type: "text/csv;charset=utf-8" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = csvName();
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 60000);
      setLoading(false);
      el.status.textContent = "Đã xuất " + numberVi.format(rows.length - 1) + " bài ra CSV"
        + (total > CSV_MAX_ROWS ? " (tối đa " + numberVi.format(CSV_MAX_ROWS) + " bài)." : ".");
    } catch (e) {
      setLoading(false);
      if (e.name !== "AbortError") showError(e);
    } finally {
      if (exportAbort === ctrl) exportAbort = null;
      el.exportBtn.disabled = false;
    }
  }

  function csvName() {
    const words = window.VnHighlight.fold(state.q).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
    const d = new Date();
    const day = d.getFullYear() + pad(d.getMonth() + 1) + pad(d.getDate());
    return "vnnews-" + (words || "tat-ca") + "-" + day + ".csv";
  }

  el.exportBtn.addEventListener("click", exportCsv);

  render();
})();
