// Client-side highlighting for the article view: the query's words are matched with diacritics
// folded away, so "lao dong" marks "lao động" as the search itself matched it.
"use strict";

window.VnHighlight = (function () {
  // Letters and decimal digits, as Java's Character.isLetterOrDigit.
  const WORD = /[\p{L}\p{Nd}]/u;
  const NOT_WORD = /[^\p{L}\p{Nd}]+/u;

  // "Lao Động" -> "lao dong". The one JavaScript copy of the server's fold
  // (VietnameseAnalysis.fold in index-builder): decomposed, combining marks dropped, "đ" and "ð"
  // read as "d", lower case. HighlightFoldTest checks words(w).join(" ") against the Java
  // VietnameseAnalysis.foldKey(w) for every word of the labour corpus.
  function fold(s) {
    return String(s || "")
      .normalize("NFD")
      .replace(/\p{Mn}/gu, "")
      .replace(/[đĐðÐ]/g, "d")
      .toLowerCase();
  }

  // The folded words of `s`: "Bộ LĐ-TB&XH" -> ["bo", "ld", "tb", "xh"].
  function words(s) {
    return fold(s)
      .split(NOT_WORD)
      .filter((w) => w);
  }

  // The positive words of a query: quotes and OR dropped ("or" is not a Vietnamese word), and
  // -excluded words and phrases skipped.
  function queryTerms(q) {
    const text = String(q || "").replace(/(^|\s)-("[^"]*"?|\S+)/g, " ");
    const terms = new Set();
    words(text).forEach((w) => {
      if (w !== "or") terms.add(w);
    });
    return [...terms];
  }

  // [start, end) ranges of `text` whose folded form is one of `terms`, as whole words.
  function ranges(text, terms) {
    let folded = "";
    const startOf = [];
    const endOf = [];
    let i = 0;
    for (const ch of text) {
      const f = fold(ch);
      for (let k = 0; k < f.length; k++) {
        startOf.push(i);
        endOf.push(i + ch.length);
      }
      folded += f;
      i += ch.length;
    }
    const found = [];
    terms.forEach((t) => {
      let pos = folded.indexOf(t);
      while (pos >= 0) {
        const before = pos > 0 ? folded[pos - 1] : " ";
        const after = pos + t.length < folded.length ? folded[pos + t.length] : " ";
        if (!WORD.test(before) && !WORD.test(after)) {
          found.push([startOf[pos], endOf[pos + t.length - 1]]);
        }
        pos = folded.indexOf(t, pos + 1);
      }
    });
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged = [];
    found.forEach((r) => {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r.slice());
    });
    return merged;
  }

  // Appends `text` to `node` as text nodes, with matches wrapped in <mark>; never parses HTML.
  function appendMarked(node, text, terms) {
    const s = String(text || "").normalize("NFC");
    let at = 0;
    (terms.length ? ranges(s, terms) : []).forEach(([a, b]) => {
      if (a > at) node.append(document.createTextNode(s.slice(at, a)));
      const m = document.createElement("mark");
      m.textContent = s.slice(a, b);
      node.append(m);
      at = b;
    });
    if (at < s.length) node.append(document.createTextNode(s.slice(at)));
  }

  return {
    fold: fold,
    words: words,
    queryTerms: queryTerms,
    ranges: ranges,
    appendMarked: appendMarked,
  };
})();
