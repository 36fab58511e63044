// The review page. Draft text is only ever written with textContent: it is never interpreted as HTML.
// Offsets of the report count Unicode code points; the page works on arrays of code points to match them.
"use strict";

// The interface's words and the report's keys in each language: i18n/fr.json and i18n/en.json (messages, values by
// group, and the patterns that translate a date's resolution), loaded at start. I18nCatalogueTest checks that they
// hold every key the report can carry.
const LANGUAGES = ["fr", "en"];
const CATALOGUES = {};

const state = {
  lang: "fr", csrf: null, check: null, active: null, marks: new Map(), groupOf: new Map(), quotations: new Map(),
  revisions: null, revisionsError: null, compare: { from: null, to: null }, diff: null, status: null,
};
// The API's base: the page's folder, without any credentials the address may carry.
const BASE = location.origin + location.pathname.replace(/[^/]*$/, "");

function catalogue() {
  return CATALOGUES[state.lang] || CATALOGUES.en || { messages: {}, values: {}, resolutions: [] };
}

/** A message of the interface, with {name} placeholders filled from params. */
function t(key, params) {
  const c = catalogue();
  let text = c.messages[key];
  if (text === undefined && CATALOGUES.en) text = CATALOGUES.en.messages[key];
  if (text === undefined) text = key;
  for (const [k, v] of Object.entries(params || {})) text = text.split("{" + k + "}").join(String(v));
  return text;
}

/** A message that counts n things: its KEYOne form for one, where the catalogue has one. */
function count(key, n) {
  return t(n === 1 && catalogue().messages[key + "One"] !== undefined ? key + "One" : key, { n });
}

/** A key of the report (category, severity, role…) in the interface's language; the key itself when unknown. */
function v(group, key) {
  if (key === null || key === undefined || key === "") return "";
  const values = catalogue().values[group] || {};
  return values[key] !== undefined ? values[key] : String(key);
}

/**
 * A date's holiday in the interface's language, by its key and the days from it ("christian.EASTER_MONDAY-1" is
 * Easter Sunday), with the calendar it was read on: "Thanksgiving (United States)".
 */
function holidayText(date) {
  const offset = date.holidayOffset ? (date.holidayOffset > 0 ? "+" : "") + date.holidayOffset : "";
  const name = v("holiday", date.holiday + offset);
  return date.calendar ? name + " (" + v("calendar", date.calendar) + ")" : name;
}

/** A date's resolution, which the report writes in English words, in the interface's language. */
function resolutionText(resolution) {
  if (!resolution) return "";
  let base = resolution, suffix = "";
  const slack = /, give or take (\d+) (days?)$/.exec(resolution);
  if (slack) {
    base = resolution.slice(0, slack.index);
    suffix = ", " + t("giveOrTake", { n: slack[1], unit: v("unit", slack[2]) });
  }
  for (const r of catalogue().resolutions || []) {
    const m = new RegExp(r.match).exec(base);
    if (m) {
      return r.text.replace(/\{(unit:)?(\d+)\}/g, (all, unit, n) => unit ? v("unit", m[Number(n)]) : m[Number(n)]) + suffix;
    }
  }
  return resolution;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, val] of Object.entries(attrs || {})) {
    if (k === "class") e.className = val;
    else if (k === "text") e.textContent = val;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), val);
    else if (val !== null && val !== undefined && val !== false) e.setAttribute(k, val === true ? "" : String(val));
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Writes the static words of the page, then everything drawn from the check shown, in the chosen language. */
function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-value]")) {
    const [group, key] = node.dataset.i18nValue.split("/");
    node.textContent = v(group, key);
  }
  drawStatus();
  if (state.check) render(state.check);
}

async function loadCatalogues() {
  await Promise.all(LANGUAGES.map(async lang => {
    const response = await fetch(BASE + "i18n/" + lang + ".json", { credentials: "same-origin" });
    if (!response.ok) throw new Error(response.status + " i18n/" + lang + ".json");
    CATALOGUES[lang] = await response.json();
  }));
}

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (options.method && options.method !== "GET") headers["X-CSRF-Token"] = state.csrf;
  const response = await fetch(BASE + path, Object.assign({}, options, { headers, credentials: "same-origin" }));
  const type = response.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : (body && body.title) || response.statusText;
    throw new Error(response.status + " " + detail);
  }
  return body;
}

/** Shows a message of the catalogue (key and params; an error's detail after it), kept to be redrawn in another language. */
function setStatus(key, params, isError, detail) {
  state.status = key ? { key, params, isError, detail } : null;
  drawStatus();
}

function drawStatus() {
  const s = document.getElementById("status");
  const status = state.status;
  s.textContent = status ? t(status.key, status.params) + (status.detail ? t("colon") + status.detail : "") : "";
  s.className = status && status.isError ? "error" : "";
}

function showError(e) {
  setStatus("error", null, true, e.message);
}

async function submitDraft(event) {
  event.preventDefault();
  const file = document.getElementById("file").files[0];
  const text = document.getElementById("text").value;
  const date = document.getElementById("date").value;
  const language = document.getElementById("language").value;
  const documentId = document.getElementById("documentId").value.trim();
  if (!file && !text.trim()) {
    setStatus("needDraft", null, true);
    return;
  }
  setStatus("checking");
  try {
    let check;
    if (file) {
      const form = new FormData();
      form.append("file", file);
      if (date) form.append("date", date);
      if (language) form.append("language", language);
      if (documentId) form.append("documentId", documentId);
      check = await api("api/checks", { method: "POST", body: form });
    } else {
      const body = { text };
      if (date) body.date = date;
      if (language) body.language = language;
      if (documentId) body.documentId = documentId;
      check = await api("api/checks", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    }
    setStatus(null);
    await show(check);
  } catch (e) {
    showError(e);
  }
}

async function show(check) {
  const sameDocument = state.check && state.check.documentId === check.documentId;
  state.check = check;
  state.active = null;
  if (!sameDocument) state.diff = null;
  state.compare = { from: check.previousId || null, to: check.id };
  history.replaceState(null, "", "#" + encodeURIComponent(check.id));
  render(check);
  await loadRevisions(check);
}

function reviewOf(check, findingId) {
  return check.reviews.find(r => r.findingId === findingId) || { status: "new", decision: "open" };
}

function visible(check, finding) {
  const c = document.getElementById("f-category").value;
  const s = document.getElementById("f-severity").value;
  const d = document.getElementById("f-status").value;
  const review = reviewOf(check, finding.id);
  return (!c || finding.category === c) && (!s || finding.severity === s)
    && (!d || review.decision === d || review.status === d);
}

/** A text as the store compares it (FindingKey): NFC, runs of white space as one space, trimmed, lower case. */
function normalized(text) {
  return (text || "").normalize("NFC").replace(/[\s\u001c-\u001f]+/gu, " ").trim().toLowerCase();
}

/** What makes two findings the same problem, as the store's FindingKey: rule, flagged text, related texts. */
function findingKey(f) {
  return [f.rule, normalized(f.text), ...(f.related || []).map(r => normalized(r.text))].join("\u001f");
}

/** The findings as problems: those of one key in one card, in the order of their first occurrence. */
function groupFindings(findings) {
  const byKey = new Map();
  for (const f of findings) {
    const key = findingKey(f);
    if (!byKey.has(key)) byKey.set(key, { id: f.id, key, findings: [] });
    byKey.get(key).findings.push(f);
  }
  return [...byKey.values()];
}

function render(check) {
  const report = check.report;
  document.getElementById("result").hidden = false;
  document.getElementById("result-title").textContent = (report.document.title || report.source)
    + (check.documentId ? " — " + check.documentId + ", " + t("revision") + " " + check.revision : "");
  document.getElementById("result-summary").textContent = count("findingsCount", check.counts.findings) + ", "
    + count("openCount", check.counts.open) + " · " + t("languageOf") + t("colon") + report.document.language
    + " (" + v("languageSource", report.document.languageSource) + ")"
    + " · " + count("newMark", check.counts.newFindings) + ", " + count("carriedMark", check.counts.carried)
    + ", " + count("resolvedMark", check.counts.resolved);
  renderReferenceDate(report.document);
  const categories = document.getElementById("f-category");
  const chosen = categories.value;
  categories.replaceChildren(el("option", { value: "", text: t("all") }));
  for (const c of [...new Set(report.findings.map(f => f.category))].sort()) {
    categories.append(el("option", { value: c, text: v("category", c) }));
  }
  categories.value = chosen;
  const groups = groupFindings(report.findings.filter(f => visible(check, f)));
  state.groupOf = new Map();
  state.quotations = new Map();
  const chars = Array.from(report.text);
  const flagged = new Set(report.findings.flatMap(f => [f.start, ...(f.related || []).map(r => r.start)]));
  for (const g of groups) {
    for (const f of g.findings) {
      state.groupOf.set(f.id, g);
      const q = quotationOf(report, chars, f);
      if (q) state.quotations.set(f.id, q);
    }
    g.extra = g.findings[0].rule === "spelling.capital-accent" ? sameWritings(report.text, g.findings[0], flagged) : [];
  }
  renderDraft(check, groups);
  renderFindings(check, groups);
  renderSections(report);
  renderResolved(check);
  renderRevisions();
  renderDiff();
  if (state.active) activate(state.active, false);
}

/** The reference date the draft's dates were read against, where it comes from, and a warning when it is a guess. */
function renderReferenceDate(doc) {
  const line = document.getElementById("reference-date");
  line.textContent = t("referenceDate") + t("colon") + (doc.referenceDate || "—") + " ("
    + v("referenceDateSource", doc.referenceDateSource) + ")";
  line.dataset.source = doc.referenceDateSource || "";
  const warning = document.getElementById("reference-date-warning");
  warning.hidden = doc.referenceDateSource !== "today";
  warning.textContent = t("referenceDateToday");
}

/**
 * The other places of a writing a finding counts without a span of their own: spelling.capital-accent reports a
 * capital written without its accent once, at its first place, with how many times the draft writes it so. Whole
 * words only, and none that a finding already flags; code-point offsets, as the report's.
 */
function sameWritings(text, f, flagged) {
  const escaped = f.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp("(?<![\\p{L}\\p{N}])" + escaped + "(?![\\p{L}\\p{N}])", "gu");
  const places = [];
  let unit = 0, point = 0;
  for (const m of text.matchAll(pattern)) {
    point += Array.from(text.slice(unit, m.index)).length;
    unit = m.index;
    if (!flagged.has(point)) places.push({ start: point, end: point + Array.from(m[0]).length });
    if (places.length >= 200) break;
  }
  return places;
}

/** The quotation a finding of the QUOTE category is about: the one whose mark or words it flags. */
function quotationOf(report, chars, f) {
  if (f.category !== "QUOTE") return null;
  const quotes = report.quotes || [];
  const byMark = quotes.find(q => (q.open && q.open.start === f.start) || (q.close && q.close.start === f.start));
  if (byMark) return { start: byMark.start, end: byMark.end, text: byMark.text, quote: true };
  const within = quotes.find(q => q.start <= f.start && f.end <= q.end && f.end - f.start > 1)
    || quotes.find(q => f.start <= q.start && q.end <= f.end);
  if (within) return { start: within.start, end: within.end, text: within.text, quote: true };
  // A mark no quotation claims: the sentence around it stands in for the quotation.
  let from = f.start, to = f.end;
  while (from > 0 && from > f.start - 200 && !/[.!?\n]/.test(chars[from - 1])) from--;
  while (to < chars.length && to < f.end + 200 && !/[.!?\n]/.test(chars[to])) to++;
  if (to < chars.length && chars[to] !== "\n") to++;
  return { start: from, end: to, text: chars.slice(from, to).join("").trim(), quote: false };
}

/** The draft as text nodes and marks: one mark per maximal run covered by the same set of findings. */
function renderDraft(check, groups) {
  const report = check.report;
  const chars = Array.from(report.text);
  const boundaries = new Set([0, chars.length]);
  const spans = [];
  for (const g of groups) {
    for (const f of g.findings) {
      spans.push({ start: f.start, end: f.end, finding: f, related: false });
      for (const r of f.related || []) spans.push({ start: r.start, end: r.end, finding: f, related: true });
      const q = state.quotations.get(f.id);
      if (q && q.quote) spans.push({ start: q.start, end: q.end, finding: f, related: true });
    }
    for (const x of g.extra) spans.push({ start: x.start, end: x.end, finding: g.findings[0], related: false, extra: true });
  }
  for (const s of spans) { boundaries.add(s.start); boundaries.add(s.end); }
  const points = [...boundaries].sort((a, b) => a - b);
  const draft = document.getElementById("draft");
  draft.replaceChildren();
  state.marks = new Map();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = chars.slice(from, to).join("");
    const covering = spans.filter(s => s.start <= from && to <= s.end);
    if (covering.length === 0) {
      draft.append(document.createTextNode(piece));
      continue;
    }
    const own = covering.find(s => !s.related) || covering[0];
    const mark = el("mark", {
      class: "cat-" + own.finding.category + (covering.every(s => s.related) ? " related" : ""),
      tabindex: "-1", title: own.finding.message, text: piece, "data-finding": own.finding.id, "data-start": from,
      onclick: () => activate(state.groupOf.get(own.finding.id).id, true, own.finding.id),
    });
    for (const s of covering) {
      const list = state.marks.get(s.finding.id) || [];
      list.push({ mark, related: s.related, extra: !!s.extra, start: from });
      state.marks.set(s.finding.id, list);
    }
    draft.append(mark);
  }
}

/** A few words either side of a span, to tell one occurrence from another. */
function context(chars, f) {
  let from = Math.max(0, f.start - 30), to = Math.min(chars.length, f.end + 30);
  for (let i = f.start - 1; i >= from; i--) if (chars[i] === "\n") { from = i + 1; break; }
  for (let i = f.end; i < to; i++) if (chars[i] === "\n") { to = i; break; }
  return { before: (from > 0 && chars[from - 1] !== "\n" ? "…" : "") + chars.slice(from, f.start).join(""),
    text: chars.slice(f.start, f.end).join(""),
    after: chars.slice(f.end, to).join("") + (to < chars.length && chars[to] !== "\n" ? "…" : "") };
}

/** The decision of a card: its findings' one decision, or null when they differ. */
function groupDecision(check, g) {
  const decisions = new Set(g.findings.map(f => reviewOf(check, f.id).decision));
  return decisions.size === 1 ? [...decisions][0] : null;
}

/** One card per problem: the message, the quotation for quotation marks, every occurrence, and the decisions. */
function renderFindings(check, groups) {
  const list = document.getElementById("findings");
  list.replaceChildren();
  const chars = Array.from(check.report.text);
  if (groups.length === 0) list.append(el("li", { class: "muted", text: t("none") }));
  for (const g of groups) {
    const f = g.findings[0];
    const ids = g.findings.map(x => x.id);
    const several = ids.length > 1;
    const places = ids.length + g.extra.length;
    const first = reviewOf(check, f.id);
    const decision = groupDecision(check, g);
    const statuses = [...new Set(g.findings.map(x => reviewOf(check, x.id).status))];
    const note = el("input", { type: "text", "aria-label": t("note"), placeholder: t("note"), value: first.note || "", maxlength: "4000" });
    const decide = d => decideOn(ids, d, note.value);
    const related = el("span", { class: "related-list" });
    for (const r of f.related || []) {
      related.append(el("button", { type: "button", text: r.text, onclick: e => { e.stopPropagation(); activate(g.id, true, f.id, r); } }));
    }
    const quotation = state.quotations.get(f.id);
    let occurrences = null;
    if (places > 1) {
      // Each finding with its status and decision; a place the finding counts without a span of its own, as such.
      occurrences = el("ol", { class: "occurrences" });
      const rows = [...g.findings.map(x => ({ finding: x, start: x.start, end: x.end })),
        ...g.extra.map(x => ({ start: x.start, end: x.end, extra: true }))].sort((a, b) => a.start - b.start);
      rows.forEach((row, i) => {
        const c = context(chars, row);
        const button = el("button", { type: "button", class: "occurrence", "aria-label": t("occurrence") + " " + (i + 1),
          onclick: e => { e.stopPropagation(); activate(g.id, true, row.extra ? f.id : row.finding.id, row.extra ? row : null); } },
        c.before, el("strong", { text: c.text }), c.after);
        if (row.extra) {
          occurrences.append(el("li", { "data-occurrence": "at-" + row.start }, button, " ",
            el("span", { class: "muted", text: t("sameWriting") })));
          return;
        }
        const review = reviewOf(check, row.finding.id);
        occurrences.append(el("li", { "data-occurrence": row.finding.id }, button,
          " ", el("span", { class: "badge " + review.status, text: v("status", review.status) }),
          " ", el("span", { class: "decision decided-" + review.decision, text: v("decision", review.decision)
            + (review.decidedBy ? " " + t("decidedBy") + " " + review.decidedBy : "") })));
      });
    }
    const item = el("li", {
        class: "finding cat-" + f.category + " decided-" + (decision || "mixed") + (several ? " grouped" : ""),
        tabindex: "0", id: "finding-" + g.id, "data-finding": g.id, "data-findings": ids.join(" "),
        onfocus: () => activate(g.id, false), onclick: () => activate(g.id, true),
      },
      el("div", { class: "head" },
        el("span", { class: "badge", text: v("category", f.category) }),
        el("span", { class: "badge " + f.severity, text: v("severity", f.severity) }),
        ...statuses.map(s => el("span", { class: "badge " + s, text: v("status", s) })),
        places > 1 ? el("span", { class: "badge count", text: t("occurrences", { n: places }) }) : null,
        el("code", { class: "rule", title: t("ruleId"), text: f.rule }),
        el("span", { class: "decision", text: decision ? v("decision", decision)
          + (!several && first.decidedBy ? " " + t("decidedBy") + " " + first.decidedBy : "") : t("mixed") })),
      el("p", { class: "message", text: f.message }),
      quotation ? el("blockquote", { class: "quotation" + (quotation.quote ? "" : " context") },
        el("span", { class: "muted", text: t(quotation.quote ? "quotation" : "quotationContext") + t("colon") }),
        el("q", { text: quotation.text.length > 300 ? Array.from(quotation.text).slice(0, 300).join("") + "…" : quotation.text })) : null,
      f.suggestion ? el("p", { class: "muted", text: t("suggestion") + t("colon") + f.suggestion }) : null,
      (f.related || []).length ? el("p", { class: "muted" }, t("related") + t("colon"), related) : null,
      occurrences,
      el("div", { class: "actions" },
        el("button", { type: "button", class: "accept", text: several ? t("acceptAll", { n: ids.length }) : t("accept"),
          onclick: e => { e.stopPropagation(); decide("accepted"); } }),
        el("button", { type: "button", class: "dismiss", text: several ? t("dismissAll", { n: ids.length }) : t("dismiss"),
          onclick: e => { e.stopPropagation(); decide("dismissed"); } }),
        decision !== "open" ? el("button", { type: "button", class: "reopen", text: several ? t("reopenAll") : t("reopen"),
          onclick: e => { e.stopPropagation(); decide("open"); } }) : null,
        note,
        el("button", { type: "button", class: "history-button", text: t("historyButton"),
          onclick: e => { e.stopPropagation(); showHistory(ids, item); } })));
    list.append(item);
  }
}

/**
 * Highlights a card's findings, their related spans and quotations, and scrolls the draft to one of them: the
 * occurrence asked for, or a related span, else the first.
 */
function activate(groupId, scroll, findingId, span) {
  state.active = groupId;
  for (const m of document.querySelectorAll("#draft mark.active, #draft mark.occurrence-active")) {
    m.classList.remove("active", "occurrence-active");
  }
  for (const m of document.querySelectorAll(".finding.active")) m.classList.remove("active");
  for (const m of document.querySelectorAll(".occurrences li.active")) m.classList.remove("active");
  const item = document.getElementById("finding-" + groupId);
  const ids = item ? item.dataset.findings.split(" ") : [groupId];
  for (const id of ids) for (const m of state.marks.get(id) || []) m.mark.classList.add("active");
  if (item) item.classList.add("active");
  const own = (state.marks.get(findingId || ids[0]) || []);
  if (findingId && item) {
    for (const m of own) {
      if (!m.related && (span && span.extra ? m.start === span.start : !m.extra)) m.mark.classList.add("occurrence-active");
    }
    const row = item.querySelector('[data-occurrence="' + (span && span.extra ? "at-" + span.start : findingId) + '"]');
    if (row) row.classList.add("active");
  }
  if (scroll) {
    let target = (own.find(m => !m.related) || own[0] || {}).mark;
    if (span) target = (own.find(m => m.start === span.start) || {}).mark || target;
    if (target) target.scrollIntoView({ block: "center", behavior: "smooth" });
    if (item) item.scrollIntoView({ block: "nearest" });
  }
}

/** The decisions taken on a card's findings in the check shown, under the card. */
async function showHistory(findingIds, item) {
  const old = item.querySelector(".history");
  if (old) { old.remove(); return; }
  const box = el("ul", { class: "history muted" });
  item.append(box);
  try {
    const entries = (await api("api/checks/" + encodeURIComponent(state.check.id) + "/history"))
      .filter(e => findingIds.includes(e.findingId));
    if (!entries.length) box.append(el("li", { text: t("noHistory") }));
    for (const e of entries) {
      box.append(el("li", { text: new Date(e.decidedAt).toLocaleString(state.lang) + " · "
        + (findingIds.length > 1 ? e.findingId + " · " : "") + v("decision", e.decision)
        + (e.decidedBy ? " " + t("decidedBy") + " " + e.decidedBy : "") + (e.note ? " · " + e.note : "") }));
    }
  } catch (e) {
    box.append(el("li", { class: "error", text: e.message }));
  }
}

/** Records one decision for each of the findings, one call each (the review API takes one finding at a time). */
async function decideOn(findingIds, decision, note) {
  const check = state.check;
  let saved = 0;
  try {
    for (const findingId of findingIds) {
      const review = await api("api/checks/" + encodeURIComponent(check.id) + "/findings/" + encodeURIComponent(findingId) + "/review", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ decision, note: note || null }),
      });
      const i = check.reviews.findIndex(r => r.findingId === findingId);
      if (i >= 0) check.reviews[i] = review; else check.reviews.push(review);
      saved++;
    }
    setStatus(findingIds.length > 1 ? "savedAll" : "saved", { n: saved });
  } catch (e) {
    showError(e);
  }
  if (state.check !== check) return;
  check.counts.open = check.reviews.filter(r => r.decision === "open").length;
  const listed = (state.revisions || []).find(r => r.id === check.id);
  if (listed) listed.open = check.counts.open;
  render(check);
  const group = state.groupOf.get(findingIds[0]);
  const item = group && document.getElementById("finding-" + group.id);
  if (item) item.focus();
}

/** Fetches the document's revisions once per check shown; the list is drawn from them in each language. */
async function loadRevisions(check) {
  state.revisions = null;
  state.revisionsError = null;
  if (check.documentId) {
    try {
      const page = await api("api/checks?documentId=" + encodeURIComponent(check.documentId) + "&size=50");
      if (state.check !== check) return;
      state.revisions = page.items;
    } catch (e) {
      state.revisionsError = e.message;
    }
  }
  renderRevisions();
}

/** The revision list: each revision with its counts, two columns of choices to compare two, and a button to open it. */
function renderRevisions() {
  const check = state.check;
  const box = document.getElementById("history-box");
  const list = document.getElementById("history");
  list.replaceChildren();
  box.hidden = !check || !check.documentId;
  if (box.hidden) return;
  if (state.revisionsError) {
    list.append(el("li", { class: "error", text: state.revisionsError }));
    return;
  }
  const items = state.revisions || [];
  const comparable = items.length > 1;
  for (const item of items) {
    const current = item.id === check.id;
    const choice = (side, label) => el("label", { class: "compare-choice" },
      el("input", { type: "radio", name: "compare-" + side, value: item.id, checked: state.compare[side] === item.id,
        "aria-label": label + " " + t("revision") + " " + item.revision,
        onchange: () => { state.compare[side] = item.id; } }), label);
    list.append(el("li", { class: current ? "current" : "", "data-check": item.id, "data-revision": item.revision },
      comparable ? choice("from", t("compareFrom")) : null, " ", comparable ? choice("to", t("compareTo")) : null, " ",
      el("button", { type: "button", class: "open-revision", text: t("revision") + " " + item.revision, onclick: () => load(item.id) }),
      " " + new Date(item.createdAt).toLocaleString(state.lang) + " · " + count("findingsCount", item.findings)
        + ", " + count("openCount", item.open) + (current ? " (" + t("current") + ")" : "")));
  }
  const button = document.getElementById("compare-button");
  button.hidden = !comparable;
}

async function compareRevisions() {
  const { from, to } = state.compare;
  if (!from || !to || from === to) {
    setStatus("compareSame", null, true);
    return;
  }
  try {
    const [a, b] = await Promise.all([from, to].map(id => id === state.check.id ? state.check
      : api("api/checks/" + encodeURIComponent(id))));
    state.diff = { a, b, ops: diffWords(a.report.text, b.report.text) };
    setStatus(null);
    renderDiff();
    document.getElementById("diff-box").scrollIntoView({ block: "start" });
  } catch (e) {
    showError(e);
  }
}

/** Words, runs of white space, and single other characters: the units the comparison inserts or deletes. */
function tokens(text) {
  return text.match(/\s+|[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu) || [];
}

/** The most cells the comparison's table may have (tokens of one text times tokens of the other, past the common ends). */
const DIFF_CELLS = 4000000;

/**
 * A word-level difference of two texts: the longest common subsequence of their tokens, after setting aside the
 * common start and end. Returns runs {op: "same" | "del" | "ins", text}; past DIFF_CELLS, the changed middle is one
 * deletion and one insertion, with tooLong set.
 */
function diffWords(oldText, newText) {
  const a = tokens(oldText), b = tokens(newText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail), y = b.slice(head, b.length - tail);
  const ops = [];
  const push = (op, text) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text; else ops.push({ op, text });
  };
  if (head) push("same", a.slice(0, head).join(""));
  let tooLong = false;
  if ((x.length + 1) * (y.length + 1) > DIFF_CELLS) {
    tooLong = true;
    if (x.length) push("del", x.join(""));
    if (y.length) push("ins", y.join(""));
  } else {
    // lengths[i][j]: the common subsequence of x[i..] and y[j..], in one flat array.
    const w = y.length + 1;
    const lengths = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lengths[i * w + j] = x[i] === y[j] ? lengths[(i + 1) * w + j + 1] + 1
          : Math.max(lengths[(i + 1) * w + j], lengths[i * w + j + 1]);
      }
    }
    let i = 0, j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) { push("same", x[i]); i++; j++; }
      else if (i < x.length && (j === y.length || lengths[(i + 1) * w + j] >= lengths[i * w + j + 1])) { push("del", x[i]); i++; }
      else { push("ins", y[j]); j++; }
    }
  }
  if (tail) push("same", a.slice(a.length - tail).join(""));
  ops.tooLong = tooLong;
  return ops;
}

/** The comparison of two revisions: the newer text with words added and deleted marked, and the findings that changed. */
function renderDiff() {
  const box = document.getElementById("diff-box");
  const diff = state.diff;
  box.hidden = !diff;
  if (!diff) return;
  const { a, b, ops } = diff;
  document.getElementById("diff-title").textContent = t("diffTitle", { a: a.revision, b: b.revision });
  const text = document.getElementById("diff-text");
  text.replaceChildren();
  for (const op of ops) {
    if (op.op === "same") text.append(document.createTextNode(op.text));
    else if (op.op === "ins") text.append(el("ins", { class: "diff-ins", title: t("inserted"), text: op.text }));
    else text.append(el("del", { class: "diff-del", title: t("deleted"), text: op.text }));
  }
  const note = document.getElementById("diff-note");
  note.textContent = ops.every(o => o.op === "same") ? t("diffNoChange") : ops.tooLong ? t("diffTooLong") : t("diffLegend");
  const keysOf = check => new Set(check.report.findings.map(findingKey));
  const before = keysOf(a), after = keysOf(b);
  const added = groupFindings(b.report.findings.filter(f => !before.has(findingKey(f))));
  const fixed = groupFindings(a.report.findings.filter(f => !after.has(findingKey(f))));
  const carried = groupFindings(b.report.findings.filter(f => before.has(findingKey(f)))).length;
  // A finding of the revision shown leads to its card.
  const line = (g, check) => {
    const f = g.findings[0];
    const card = check === state.check && state.groupOf.get(f.id);
    return el("li", { "data-rule": f.rule },
      el("span", { class: "badge", text: v("category", f.category) }), " ",
      card ? el("button", { type: "button", class: "to-card", onclick: () => activate(card.id, true) }, el("q", { text: f.text }))
        : el("q", { text: f.text }),
      (g.findings.length > 1 ? " × " + g.findings.length : "") + " — " + f.message);
  };
  document.getElementById("diff-new-title").textContent = t("diffNew") + " (" + added.length + ")";
  document.getElementById("diff-new").replaceChildren(...added.map(g => line(g, b)));
  document.getElementById("diff-resolved-title").textContent = t("diffResolved") + " (" + fixed.length + ")";
  document.getElementById("diff-resolved").replaceChildren(...fixed.map(g => line(g, a)));
  document.getElementById("diff-carried").textContent = count("diffCarried", carried);
}

function renderResolved(check) {
  const box = document.getElementById("resolved-box");
  const list = document.getElementById("resolved");
  list.replaceChildren();
  box.hidden = !check.resolved || check.resolved.length === 0;
  for (const r of check.resolved || []) {
    list.append(el("li", { text: r.rule + " — « " + r.text + " » (" + v("decision", r.decision) + ")" }));
  }
}

function table(headers, rows) {
  if (!rows.length) return el("p", { class: "muted", text: "—" });
  return el("table", {},
    el("thead", {}, el("tr", {}, ...headers.map(h => el("th", { scope: "col", text: h })))),
    el("tbody", {}, ...rows.map(r => el("tr", {}, ...r.map(c => el("td", { text: c === null || c === undefined ? "" : String(c) }))))));
}

function renderSections(report) {
  document.getElementById("persons").replaceChildren(table([t("name"), t("introduced"), t("roles"), t("mentions")],
    (report.persons || []).map(p => [p.name, p.introduced ? t("yes") : t("no"),
      (p.roles || []).map(r => v("role", r.role) + (r.nationality ? " (" + r.nationality + ")" : "") + " « " + r.text + " »").join("; "),
      (p.mentions || []).map(m => m.text + " (" + v("mentionKind", m.kind) + ")").join(", ")])));
  document.getElementById("dates").replaceChildren(table([t("text"), t("kind"), t("value"), t("resolution")],
    (report.dates || []).map(d => [d.text, v("dateKind", d.kind) + (d.holiday ? " · " + holidayText(d) : ""), d.value,
      resolutionText(d.resolution)])));
  document.getElementById("figures").replaceChildren(table([t("text"), t("kind"), t("value"), t("quantity"), t("role"), t("verb")],
    (report.figures || []).map(f => [f.text, v("figureKind", f.kind), f.value, f.quantity, v("figureRole", f.role),
      f.verb ? f.verb + (f.direction ? " (" + v("direction", f.direction) + ")" : "") : ""])));
  document.getElementById("quotes").replaceChildren(table([t("text"), t("speaker"), t("verb"), t("attribution")],
    (report.quotes || []).map(q => [q.text,
      q.speaker ? (q.speaker.registerName || q.speaker.name || q.speaker.text || "") + (q.speaker.kind ? " (" + v("speakerKind", q.speaker.kind) + ")" : "") : "",
      q.verb ? q.verb.text : "", v("attribution", q.attribution)])));
}

async function load(id) {
  try {
    await show(await api("api/checks/" + encodeURIComponent(id)));
  } catch (e) {
    showError(e);
  }
}

/** Ends the session, then asks for the page again: the container answers with its login page. */
async function logOut() {
  try {
    await api("api/logout", { method: "POST" });
  } catch (e) {
    if (!e.message.startsWith("401 ")) { // a session already ended is as good as logged out
      showError(e);
      return;
    }
  }
  location.assign(BASE);
}

/** j / k move between cards, a / d accept or dismiss every finding of the active one; not while typing. */
function onKey(event) {
  const target = event.target;
  if (!state.check || event.ctrlKey || event.metaKey || event.altKey
      || target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT") return;
  const items = [...document.querySelectorAll(".finding[data-finding]")];
  if (!items.length) return;
  const at = items.findIndex(i => i.dataset.finding === state.active);
  if (event.key === "j" || event.key === "k") {
    const next = items[Math.max(0, Math.min(items.length - 1, at < 0 ? 0 : at + (event.key === "j" ? 1 : -1)))];
    next.focus();
    activate(next.dataset.finding, true);
    event.preventDefault();
  } else if ((event.key === "a" || event.key === "d") && at >= 0) {
    const note = items[at].querySelector("input");
    decideOn(items[at].dataset.findings.split(" "), event.key === "a" ? "accepted" : "dismissed", note ? note.value : "");
    event.preventDefault();
  }
}

/** The day of a Date in the browser's time zone, written YYYY-MM-DD. */
function localDay(d) {
  const two = n => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
}

async function start() {
  const saved = localStorage.getItem("factcheck.lang");
  state.lang = LANGUAGES.includes(saved) ? saved
    : ((navigator.language || "fr").toLowerCase().startsWith("fr") ? "fr" : "en");
  const chooser = document.getElementById("ui-lang");
  chooser.value = state.lang;
  chooser.addEventListener("change", () => {
    state.lang = chooser.value;
    localStorage.setItem("factcheck.lang", state.lang);
    applyLanguage();
  });
  try {
    await loadCatalogues();
  } catch (e) {
    showError(e);
  }
  applyLanguage();
  // A draft under review is about to be published: its dates are read against today unless the editor says otherwise.
  const date = document.getElementById("date");
  if (!date.value) date.value = localDay(new Date());
  document.getElementById("draft-form").addEventListener("submit", submitDraft);
  for (const id of ["f-category", "f-severity", "f-status"]) {
    document.getElementById(id).addEventListener("change", () => state.check && render(state.check));
  }
  document.getElementById("compare-button").addEventListener("click", compareRevisions);
  document.getElementById("diff-close").addEventListener("click", () => { state.diff = null; renderDiff(); });
  document.addEventListener("keydown", onKey);
  document.getElementById("logout").addEventListener("click", logOut);
  try {
    const session = await api("api/csrf");
    state.csrf = session.token;
    document.getElementById("user").textContent = session.user + (session.admin ? " (admin)" : "");
  } catch (e) {
    showError(e);
  }
  if (location.hash.length > 1) await load(decodeURIComponent(location.hash.slice(1)));
}

document.addEventListener("DOMContentLoaded", start);
