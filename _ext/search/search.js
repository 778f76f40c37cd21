/*
 * 이 책의 한국어 검색 엔진 (색인은 _ext/korean_search.py가 빌드할 때 만든다).
 *
 * Words: a Hangul word loses its particles and endings, a Latin word is Porter-stemmed,
 * exactly as korean_search.py does at index time. A run of query words that spells a
 * glossary name (with or without spaces: "경사 하강법", "learning rate", "tf.estimator")
 * becomes that glossary concept, which stands for all of the entry's names. A word the
 * book does not have is read as the word the reader meant (see correct()), and a word
 * found only as the start of longer words counts half and does not have to be on a page.
 *
 * Ranking, one result per page, by score, then in reading order:
 *   score = (page kind × best section + the words the page teaches) × the share of the
 *   words the reader typed that the page holds (weighted as below), where
 *      a section scores, per query word, its strongest field there
 *        title 8 > heading 6 > bold 4 > English gloss 3 > body 1 (up to 2 when repeated)
 *        > code 0.5,
 *      page kinds weigh chapter 1, exercises 0.7, glossary and references 0.5,
 *      overview pages (the intro, chapter openers) 0.4, a page that teaches a word adds
 *      10 for it (6 if it only glosses it, 3 if it only uses it most), and words are
 *      weighted by how few pages hold them (log(1 + pages / pages holding the word)).
 * Which page teaches a word is decided at build time (korean_search.py, _teacher): the
 * first chapter page with the word in its title, else a heading, else bold, else glossed.
 * The link goes to the best section; the snippet is that section's prose around the first
 * match.
 */
"use strict";

var KoreanSearch = (function () {
  const FIELD_WEIGHT = [0, 0.5, 1, 3, 4, 6, 8]; // none, code, body, gloss, bold, heading, title
  const KIND_WEIGHT = { chapter: 1, exercises: 0.7, glossary: 0.5, references: 0.5, overview: 0.4 };
  const TEACH = [3, 6, 10]; // the page uses the word most / glosses it / defines it
  const PARTIAL = 0.5; // a word found only as the start of longer words
  const WORD = /[\uac00-\ud7a3]+|[A-Za-z0-9_\u00b2\u00b3]+/g;
  const HANGUL = /^[\uac00-\ud7a3]/;
  const JOINER = /^[\s.\-'’]*$/;
  const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+/;

  let index = null;
  let porter = null;
  let onReady = [];

  let endings = null; // the index's endings as a set, and their lengths, longest first
  let endingSizes = null;

  function stripKorean(word) {
    if (!endings) {
      endings = new Set(index.endings);
      endingSizes = [...new Set(index.endings.map((e) => e.length))].sort((a, b) => b - a);
    }
    let stripped = true;
    while (stripped) {
      stripped = false;
      for (const size of endingSizes) {
        if (word.length - size >= index.min_stem && endings.has(word.slice(-size))) {
          word = word.slice(0, -size);
          stripped = true;
          break;
        }
      }
    }
    return word;
  }

  function stem(word) {
    if (HANGUL.test(word)) return stripKorean(word);
    if (word.length <= 2) return word.toLowerCase();
    if (!porter) porter = new PorterStemmer();
    return porter.stemWord(word.toLowerCase());
  }

  /** Every word of a text as {start, end, raw, stem}. */
  function words(text) {
    const found = [];
    for (const m of text.matchAll(WORD)) {
      found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], stem: stem(m[0]) });
    }
    return found;
  }

  /** The key of consecutive words: Hangul runs joined, then stripped; Latin words stemmed. */
  function spanKey(tokens) {
    let key = "";
    let run = "";
    for (const t of tokens) {
      if (HANGUL.test(t.raw)) run += t.raw;
      else {
        if (run) key += stripKorean(run);
        run = "";
        key += t.stem;
      }
    }
    return run ? key + stripKorean(run) : key;
  }

  function indexable(word) {
    return word.length >= 2 && !index.stopwords.includes(word) && !/^\d+$/.test(word)
      && !index.endings.includes(word);
  }

  /**
   * The query as concepts {alts, forms, label, partial}: a concept is found in a section
   * when all keys of one of its alts are there; keys are index keys ("@3" for glossary
   * entry 3); forms are what a snippet looks for and marks.
   */
  function parse(query) {
    const tokens = words(query);
    const concepts = [];
    let i = 0;
    while (i < tokens.length) {
      // the longest glossary name that starts here
      let match = null;
      for (let j = i; j < Math.min(i + index.max_name_words, tokens.length); j++) {
        if (j > i && !JOINER.test(query.slice(tokens[j - 1].end, tokens[j].start))) break;
        const key = spanKey(tokens.slice(i, j + 1));
        if (Object.hasOwn(index.entry_keys, key)) match = { entry: index.entry_keys[key], end: j };
      }
      if (match) {
        const raw = query.slice(tokens[i].start, tokens[match.end].end);
        concepts.push({ alts: [["@" + match.entry]], forms: [raw, ...index.entries[match.entry]], label: raw });
        i = match.end + 1;
        continue;
      }
      // a dotted name as written ("tf.Variable"), before its parts
      const dotted = DOTTED.exec(query.slice(tokens[i].start));
      if (dotted && Object.hasOwn(index.terms, dotted[0].toLowerCase())) {
        const end = tokens[i].start + dotted[0].length;
        const parts = [];
        while (i < tokens.length && tokens[i].start < end) parts.push(tokens[i++].stem);
        concepts.push({ alts: [[dotted[0].toLowerCase()], parts.filter(indexable)],
          forms: [dotted[0]], label: dotted[0] });
        continue;
      }
      const t = tokens[i];
      i += 1;
      if (!indexable(t.stem)) continue;
      const concept = { alts: [], forms: [t.raw, t.stem], label: t.raw };
      // written apart in the query, together in the book ("텐서 플로"): one concept
      const next = tokens[i];
      const joined = next ? spanKey([t, next]) : "";
      if (next && indexable(next.stem) && Object.hasOwn(index.terms, joined)) {
        concept.alts.push([joined], [t.stem, next.stem]);
        concept.forms.push(t.raw + next.raw, next.raw);
        concept.label += " " + next.raw;
        i += 1;
        concepts.push(concept);
        continue;
      }
      if (Object.hasOwn(index.terms, t.stem)) concept.alts.push([t.stem]);
      // the first word of a longer glossary name ("convex" → 볼록 함수, "Goldilocks")
      for (const e of index.name_starts[t.stem] || []) {
        concept.alts.push(["@" + e]);
        concept.forms.push(...index.entries[e]);
      }
      // written together in the query, apart in the book ("미니배치" → 미니 배치)
      const split = splitWord(t.stem);
      if (split) {
        concept.alts.push(split);
        concept.forms.push(split.join(" "));
      }
      // the start of longer words ("경사하강" → 경사하강법): a guess, it weighs less
      if (!concept.alts.length && (HANGUL.test(t.stem) || t.stem.length >= 3)) {
        for (const key of Object.keys(index.terms)) if (key.startsWith(t.stem)) concept.alts.push([key]);
        concept.partial = concept.alts.length > 0;
      }
      // a word the book does not have: the word the reader meant
      if (!concept.alts.length) {
        const meant = correct(t.stem);
        if (meant) {
          concept.alts.push(meant.keys);
          concept.forms.push(...meant.forms);
        }
      }
      concepts.push(concept);
    }
    return concepts;
  }

  /**
   * What a reader meant by a word the index does not have, as {keys, forms}, or null:
   *   - "셋" for "세트", the other spelling of set ("테스트셋" → 테스트 세트);
   *   - a glossary name or an indexed word one letter away, for words of three or more
   *     letters (Hangul syllables count as letters: "학습율" → 학습률);
   *   - the longest glossary name or indexed word of two or more syllables that a Hangul
   *     word starts with ("텐서플로우" → 텐서플로, "손실함수로는" → 손실 함수).
   */
  function correct(word) {
    const entryOf = (key) => Object.hasOwn(index.entry_keys, key)
      ? { keys: ["@" + index.entry_keys[key]], forms: index.entries[index.entry_keys[key]] } : null;
    if (HANGUL.test(word) && word.endsWith("셋") && word.length >= 3) {
      const head = word.slice(0, -1);
      const named = entryOf(stripKorean(head + "세트"));
      if (named) return named;
      if (Object.hasOwn(index.terms, stem(head))) return { keys: [stem(head), "세트"], forms: [head] };
    }
    if (word.length >= 3) {
      const near = (key) => key.length === word.length
        && [...key].filter((ch, k) => ch !== word[k]).length === 1;
      const entry = Object.keys(index.entry_keys).find(near);
      if (entry) return entryOf(entry);
      const key = Object.keys(index.terms).find((k) => near(k) && indexable(k));
      if (key) return { keys: [key], forms: [key] };
    }
    if (HANGUL.test(word)) {
      for (let n = word.length - 1; n >= 2; n--) {
        const head = word.slice(0, n);
        const named = entryOf(head);
        if (named) return named;
        if (Object.hasOwn(index.terms, head) && indexable(head)) return { keys: [head], forms: [head] };
      }
    }
    return null;
  }

  /** Two indexed words that a Hangul word of four or more syllables is made of, or null. */
  function splitWord(word) {
    if (!HANGUL.test(word) || word.length < 4) return null;
    for (let k = 2; k <= word.length - 2; k++) {
      const a = stem(word.slice(0, k));
      const b = stem(word.slice(k));
      if (Object.hasOwn(index.terms, a) && Object.hasOwn(index.terms, b)) return [a, b];
    }
    return null;
  }

  /** Section → [field, count] for one index key. */
  function postingsOf(key) {
    const found = new Map();
    const postings = index.terms[key] || [];
    for (let i = 1; i < postings.length; i += 2) {
      found.set(postings[i], [postings[i + 1] >> 6, postings[i + 1] & 63]);
    }
    return found;
  }

  /** Section → [field, count] for a concept: its best alt there (all keys of the alt). */
  function hitsOf(concept) {
    const found = new Map();
    for (const alt of concept.alts) {
      let acc = null;
      for (const key of alt) {
        const here = postingsOf(key);
        if (acc === null) {
          acc = here;
          continue;
        }
        const both = new Map();
        for (const [s, v] of acc) {
          const w = here.get(s);
          if (w) both.set(s, [Math.min(v[0], w[0]), Math.min(v[1], w[1])]);
        }
        acc = both;
      }
      for (const [s, v] of acc || []) {
        const old = found.get(s);
        if (!old || old[0] < v[0]) found.set(s, v);
      }
    }
    return found;
  }

  /** Rank the pages for a query: [{page, section, score, covered, concepts}], best first. */
  function search(query) {
    const concepts = parse(query);
    if (!concepts.length) return [];
    const pages = index.pages;
    const n = pages.length;
    const hits = concepts.map((c) => {
      const found = hitsOf(c);
      const pagesWith = new Set([...found.keys()].map((s) => index.sections[s][0]));
      c.weight = pagesWith.size ? Math.log(1 + n / pagesWith.size) : 0;
      c.teach = c.partial ? null : teacherOf(c.alts);
      return found;
    });
    // the share of the typed words a page holds scales its score; guessed words do not count
    const counted = concepts.filter((c) => !c.partial).length ? concepts.filter((c) => !c.partial)
      : concepts;
    const totalWeight = counted.reduce((sum, c) => sum + c.weight, 0) || 1;
    const byPage = new Map();
    hits.forEach((found, ci) => {
      const c = concepts[ci];
      for (const [s, [field, count]] of found) {
        const p = index.sections[s][0];
        let strength = FIELD_WEIGHT[field];
        if (field === 2) strength += Math.min(count - 1, 4) * 0.25;
        if (c.partial) strength *= PARTIAL;
        if (!byPage.has(p)) byPage.set(p, { sections: new Map(), concepts: new Set() });
        const entry = byPage.get(p);
        entry.concepts.add(ci);
        entry.sections.set(s, (entry.sections.get(s) || 0) + c.weight * strength);
      }
    });
    const results = [];
    for (const [p, entry] of byPage) {
      let best = -1;
      let bestScore = -1;
      for (const [s, score] of entry.sections) {
        if (score > bestScore || (score === bestScore && s < best)) {
          best = s;
          bestScore = score;
        }
      }
      let teaches = 0;
      concepts.forEach((c) => {
        if (c.teach && c.teach.page === p) teaches += TEACH[c.teach.how] * c.weight;
      });
      let covered = 0;
      for (const ci of entry.concepts) if (counted.includes(concepts[ci])) covered += concepts[ci].weight;
      results.push({
        page: p,
        section: best,
        covered: Math.round((100 * covered) / totalWeight),
        score: (KIND_WEIGHT[pages[p][3]] || 1) * bestScore + teaches,
      });
    }
    results.forEach((r) => (r.score *= r.covered / 100));
    results.sort((a, b) => b.score - a.score || a.page - b.page);
    results.concepts = concepts;
    return results;
  }

  /** {page, how} of the page that teaches a concept (its first single-key alt with one). */
  function teacherOf(alts) {
    for (const alt of alts) {
      const code = alt.length === 1 && Object.hasOwn(index.terms, alt[0]) ? index.terms[alt[0]][0] : -1;
      if (code >= 0) return { page: code >> 2, how: code & 3 };
    }
    return null;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  /** A pattern for a form, with or without the spaces inside it ("경사 하강법" ~ "경사하강법"). */
  function formPattern(forms) {
    const parts = [...new Set(forms.filter((f) => f && f.length >= 1))]
      .sort((a, b) => b.length - a.length)
      .map((f) => [...f.replace(/\s+/g, "")].map(escapeRegExp).join("\\s?"));
    return parts.length ? new RegExp(parts.join("|"), "gi") : null;
  }

  /**
   * The snippet for a result: [{text, mark}] pieces of the best section's prose around the
   * first match (another section of the page if the best one matched only in its heading).
   */
  function snippet(result, concepts, width = 160) {
    const pattern = formPattern(concepts.flatMap((c) => c.forms));
    const own = index.sections[result.section];
    const candidates = [own, ...index.sections.filter((s) => s[0] === result.page && s !== own)];
    let text = own[3];
    let at = -1;
    if (pattern) {
      for (const section of candidates) {
        pattern.lastIndex = 0;
        const m = pattern.exec(section[3]);
        if (m) {
          text = section[3];
          at = m.index;
          break;
        }
      }
    }
    // start at the sentence of the match when it begins close enough, else at a word
    let start = 0;
    if (at > 0) {
      const from = Math.max(0, at - Math.round(width / 2));
      const before = text.slice(from, at);
      const sentence = Math.max(...[". ", "? ", "! "].map((end) => before.lastIndexOf(end)));
      if (sentence >= 0) start = from + sentence + 2;
      else if (from > 0) {
        start = Math.max(0, at - Math.round(width / 3));
        const space = text.indexOf(" ", start);
        if (space !== -1 && space < at) start = space + 1;
      }
    }
    let end = Math.min(text.length, start + width);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > Math.max(start, at)) end = space;
    }
    const body = text.slice(start, end);
    const pieces = [];
    if (start > 0) pieces.push({ text: "… ", mark: false });
    let last = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      for (const m of body.matchAll(pattern)) {
        if (!m[0]) continue;
        if (m.index > last) pieces.push({ text: body.slice(last, m.index), mark: false });
        pieces.push({ text: m[0], mark: true });
        last = m.index + m[0].length;
      }
    }
    if (last < body.length) pieces.push({ text: body.slice(last), mark: false });
    if (end < text.length) pieces.push({ text: " …", mark: false });
    return pieces;
  }

  /** What a result shows and links to: page label, section heading, URL. */
  function describe(result) {
    const [docname, number, title] = index.pages[result.page];
    const [, anchor, heading] = index.sections[result.section];
    return {
      docname,
      title: number ? number + " " + title : title,
      heading: anchor ? heading : "",
      url: docname + ".html" + (anchor ? "#" + anchor : ""),
    };
  }

  function setIndex(data) {
    index = data;
    endings = null;
    const waiting = onReady;
    onReady = [];
    waiting.forEach((f) => f());
  }

  function ready(f) {
    if (index) f();
    else onReady.push(f);
  }

  // ------------------------------------------------------------------ the search page

  function show(query) {
    const out = document.getElementById("search-results");
    if (!out) return;
    out.replaceChildren();
    query = query.trim();
    if (!query) return;
    const started = performance.now();
    const results = search(query);
    const heading = out.appendChild(document.createElement("h2"));
    heading.textContent = "검색 결과";
    const summary = out.appendChild(document.createElement("p"));
    summary.className = "search-summary";
    const complete = results.filter((r) => r.covered === 100).length;
    summary.textContent = results.length
      ? `‘${query}’${josa(query)} 맞는 페이지 ${results.length}개` +
        (complete < results.length && complete > 0 ? ` (모든 낱말이 든 페이지 ${complete}개)` : "")
      : `‘${query}’${josa(query)} 맞는 페이지가 없다. 철자를 확인하거나 다른 이름(영어 이름, 다른 번역)으로 찾아보라.`;
    const list = out.appendChild(document.createElement("ul"));
    list.className = "search";
    const root = document.documentElement.dataset.content_root || "";
    for (const result of results) {
      const info = describe(result);
      const item = list.appendChild(document.createElement("li"));
      const link = item.appendChild(document.createElement("a"));
      link.href = root + info.url;
      link.textContent = info.title;
      if (info.heading) {
        const where = item.appendChild(document.createElement("span"));
        where.className = "search-section";
        where.textContent = " › " + info.heading;
      }
      const context = item.appendChild(document.createElement("p"));
      context.className = "context";
      for (const piece of snippet(result, results.concepts)) {
        const node = piece.mark ? document.createElement("mark") : document.createTextNode(piece.text);
        if (piece.mark) node.textContent = piece.text;
        context.appendChild(node);
      }
    }
    out.dataset.ms = (performance.now() - started).toFixed(1); // search and drawing
    out.dataset.shownAt = performance.now().toFixed(1); // since the page was opened
    out.dataset.query = query;
  }

  /** 와/과 after the query, by its last syllable (과 after a final consonant). */
  function josa(word) {
    const last = word.charCodeAt(word.length - 1);
    if (last >= 0xac00 && last <= 0xd7a3) return (last - 0xac00) % 28 ? "과" : "와";
    return "와(과)";
  }

  function init() {
    const results = document.getElementById("search-results");
    if (!results) return;
    const inputs = document.querySelectorAll('input[name="q"]');
    const query = new URLSearchParams(window.location.search).get("q") || "";
    inputs.forEach((input) => (input.value = query));
    ready(() => show(query));
    const field = results.closest(".bd-search-container")?.querySelector('input[name="q"]');
    if (field) {
      field.addEventListener("input", () => {
        const value = field.value;
        const url = new URL(window.location.href);
        if (value.trim()) url.searchParams.set("q", value);
        else url.searchParams.delete("q");
        window.history.replaceState(null, "", url);
        ready(() => show(value));
      });
    }
  }

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }

  return { setIndex, ready, index: () => index, search, parse, snippet, describe, stem, words,
    spanKey, stripKorean };
})();

if (typeof module !== "undefined") module.exports = KoreanSearch;
