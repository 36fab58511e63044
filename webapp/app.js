// The review page. Draft text is only ever written with textContent: it is never interpreted as HTML.
// Offsets of the report count Unicode code points; the page works on arrays of code points to match them.
"use strict";

const MESSAGES = {
  fr: {
    interface: "Langue", submitTitle: "Vérifier un texte", file: "Fichier (.txt, .md, .html, .docx, .odt, .rtf, .pdf)",
    paste: "ou texte collé", date: "Date de publication", language: "Langue du texte", detect: "détectée",
    documentId: "Identifiant du document", check: "Vérifier", history: "Révisions du document",
    resolvedTitle: "Corrigé depuis la révision précédente", filters: "Filtres", category: "Catégorie",
    severity: "Gravité", statusFilter: "Décision", all: "toutes", open: "à traiter", accepted: "acceptée",
    dismissed: "écartée", new: "nouvelle", carried: "reprise", keys: "Touches : j / k suivant / précédent, a accepter, d écarter",
    persons: "Personnes", dates: "Dates", figures: "Chiffres", quotes: "Citations", checking: "Vérification…",
    needDraft: "Choisir un fichier ou coller un texte.", revision: "révision", findingsCount: "signalements",
    openCount: "à traiter", accept: "Accepter", dismiss: "Écarter", reopen: "Rouvrir", note: "note",
    suggestion: "Suggestion", related: "Voir aussi", decidedBy: "par", none: "Aucun signalement.",
    name: "Nom", introduced: "présenté", roles: "Rôles", mentions: "Mentions", text: "Texte", kind: "Type",
    value: "Valeur", resolution: "Résolution", quantity: "Grandeur", role: "Rôle", verb: "Verbe",
    speaker: "Qui parle", attribution: "Attribution", yes: "oui", no: "non", saved: "Décision enregistrée.",
    historyButton: "Historique", noHistory: "Aucune décision prise sur cette révision.",
    error: "Erreur", colon: " : ", current: "affichée", resolvedMark: "corrigés", newMark: "nouveaux", carriedMark: "repris",
    logout: "Se déconnecter",
  },
  en: {
    interface: "Language", submitTitle: "Check a draft", file: "File (.txt, .md, .html, .docx, .odt, .rtf, .pdf)",
    paste: "or pasted text", date: "Publication date", language: "Draft language", detect: "detected",
    documentId: "Document id", check: "Check", history: "Revisions of the document",
    resolvedTitle: "Fixed since the previous revision", filters: "Filters", category: "Category",
    severity: "Severity", statusFilter: "Decision", all: "all", open: "open", accepted: "accepted",
    dismissed: "dismissed", new: "new", carried: "carried over", keys: "Keys: j / k next / previous, a accept, d dismiss",
    persons: "People", dates: "Dates", figures: "Figures", quotes: "Quotes", checking: "Checking…",
    needDraft: "Choose a file or paste a text.", revision: "revision", findingsCount: "findings",
    openCount: "open", accept: "Accept", dismiss: "Dismiss", reopen: "Reopen", note: "note",
    suggestion: "Suggestion", related: "See also", decidedBy: "by", none: "No findings.",
    name: "Name", introduced: "introduced", roles: "Roles", mentions: "Mentions", text: "Text", kind: "Kind",
    value: "Value", resolution: "Resolution", quantity: "Quantity", role: "Role", verb: "Verb",
    speaker: "Speaker", attribution: "Attribution", yes: "yes", no: "no", saved: "Decision saved.",
    historyButton: "History", noHistory: "No decision taken on this revision.",
    error: "Error", colon: ": ", current: "shown", resolvedMark: "fixed", newMark: "new", carriedMark: "carried over",
    logout: "Log out",
  },
};

const state = { lang: "fr", csrf: null, check: null, active: null, marks: new Map() };
// The API's base: the page's folder, without any credentials the address may carry.
const BASE = location.origin + location.pathname.replace(/[^/]*$/, "");

function t(key) {
  return (MESSAGES[state.lang] && MESSAGES[state.lang][key]) || MESSAGES.en[key] || key;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  if (state.check) render(state.check);
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

function setStatus(message, isError) {
  const s = document.getElementById("status");
  s.textContent = message || "";
  s.className = isError ? "error" : "";
}

async function submitDraft(event) {
  event.preventDefault();
  const file = document.getElementById("file").files[0];
  const text = document.getElementById("text").value;
  const date = document.getElementById("date").value;
  const language = document.getElementById("language").value;
  const documentId = document.getElementById("documentId").value.trim();
  if (!file && !text.trim()) {
    setStatus(t("needDraft"), true);
    return;
  }
  setStatus(t("checking"));
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
    setStatus("");
    await show(check);
  } catch (e) {
    setStatus(t("error") + t("colon") + e.message, true);
  }
}

async function show(check) {
  state.check = check;
  state.active = null;
  history.replaceState(null, "", "#" + encodeURIComponent(check.id));
  render(check);
  await renderHistory(check);
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

function render(check) {
  const report = check.report;
  document.getElementById("result").hidden = false;
  document.getElementById("result-title").textContent = (report.document.title || report.source)
    + (check.documentId ? " — " + check.documentId + ", " + t("revision") + " " + check.revision : "");
  document.getElementById("result-summary").textContent = check.counts.findings + " " + t("findingsCount") + ", "
    + check.counts.open + " " + t("openCount") + " · " + report.document.language + " · " + report.document.referenceDate
    + " · " + check.counts.newFindings + " " + t("newMark") + ", " + check.counts.carried + " " + t("carriedMark")
    + ", " + check.counts.resolved + " " + t("resolvedMark");
  const categories = document.getElementById("f-category");
  const chosen = categories.value;
  categories.replaceChildren(el("option", { value: "", text: t("all") }));
  for (const c of [...new Set(report.findings.map(f => f.category))].sort()) {
    categories.append(el("option", { value: c, text: c }));
  }
  categories.value = chosen;
  renderDraft(check);
  renderFindings(check);
  renderSections(report);
  renderResolved(check);
}

/** The draft as text nodes and marks: one mark per maximal run covered by the same set of findings. */
function renderDraft(check) {
  const report = check.report;
  const chars = Array.from(report.text);
  const shown = report.findings.filter(f => visible(check, f));
  const boundaries = new Set([0, chars.length]);
  const spans = [];
  for (const f of shown) {
    spans.push({ start: f.start, end: f.end, finding: f, related: false });
    for (const r of f.related || []) spans.push({ start: r.start, end: r.end, finding: f, related: true });
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
      tabindex: "-1", title: own.finding.message, text: piece,
      onclick: () => activate(own.finding.id, true),
    });
    for (const s of covering) {
      const list = state.marks.get(s.finding.id) || [];
      list.push(mark);
      state.marks.set(s.finding.id, list);
    }
    draft.append(mark);
  }
}

function renderFindings(check) {
  const list = document.getElementById("findings");
  list.replaceChildren();
  const shown = check.report.findings.filter(f => visible(check, f));
  if (shown.length === 0) list.append(el("li", { class: "muted", text: t("none") }));
  for (const f of shown) {
    const review = reviewOf(check, f.id);
    const note = el("input", { type: "text", "aria-label": t("note"), placeholder: t("note"), value: review.note || "", maxlength: "4000" });
    const decide = decision => decideOn(f.id, decision, note.value);
    const related = el("span", { class: "related-list" });
    for (const r of f.related || []) {
      related.append(el("button", { type: "button", text: r.text, onclick: () => activate(f.id, true, r) }));
    }
    const item = el("li", {
        class: "finding cat-" + f.category + " decided-" + review.decision, tabindex: "0", id: "finding-" + f.id,
        "data-finding": f.id, onfocus: () => activate(f.id, false), onclick: () => activate(f.id, true),
      },
      el("div", { class: "head" },
        el("span", { class: "badge", text: f.category }), el("span", { class: "badge " + f.severity, text: f.severity }),
        el("span", { class: "badge " + review.status, text: t(review.status) }), el("span", { text: f.rule }),
        el("span", { text: t(review.decision) + (review.decidedBy ? " " + t("decidedBy") + " " + review.decidedBy : "") })),
      el("p", { class: "message", text: f.message }),
      f.suggestion ? el("p", { class: "muted", text: t("suggestion") + t("colon") + f.suggestion }) : null,
      (f.related || []).length ? el("p", { class: "muted" }, t("related") + t("colon"), related) : null,
      el("div", { class: "actions" },
        el("button", { type: "button", text: t("accept"), onclick: e => { e.stopPropagation(); decide("accepted"); } }),
        el("button", { type: "button", text: t("dismiss"), onclick: e => { e.stopPropagation(); decide("dismissed"); } }),
        review.decision !== "open" ? el("button", { type: "button", text: t("reopen"), onclick: e => { e.stopPropagation(); decide("open"); } }) : null,
        note,
        el("button", { type: "button", text: t("historyButton"), onclick: e => { e.stopPropagation(); showHistory(f.id, item); } })));
    list.append(item);
  }
}

/** Highlights a finding and its related spans, and scrolls the draft to it (or to one related span). */
function activate(findingId, scroll, relatedSpan) {
  state.active = findingId;
  for (const m of document.querySelectorAll("#draft mark.active")) m.classList.remove("active");
  for (const m of document.querySelectorAll(".finding.active")) m.classList.remove("active");
  const marks = state.marks.get(findingId) || [];
  for (const m of marks) m.classList.add("active");
  const item = document.getElementById("finding-" + findingId);
  if (item) item.classList.add("active");
  if (scroll) {
    let target = marks[0];
    if (relatedSpan) {
      const chars = Array.from(state.check.report.text);
      const wanted = chars.slice(relatedSpan.start, relatedSpan.end).join("");
      target = marks.find(m => wanted.includes(m.textContent)) || target;
    }
    if (target) target.scrollIntoView({ block: "center", behavior: "smooth" });
    if (item) item.scrollIntoView({ block: "nearest" });
  }
}

/** The decisions taken on one finding of the check shown, under its item. */
async function showHistory(findingId, item) {
  const old = item.querySelector(".history");
  if (old) { old.remove(); return; }
  const box = el("ul", { class: "history muted" });
  item.append(box);
  try {
    const entries = (await api("api/checks/" + encodeURIComponent(state.check.id) + "/history")).filter(e => e.findingId === findingId);
    if (!entries.length) box.append(el("li", { text: t("noHistory") }));
    for (const e of entries) {
      box.append(el("li", { text: new Date(e.decidedAt).toLocaleString(state.lang) + " · " + t(e.decision)
        + (e.decidedBy ? " " + t("decidedBy") + " " + e.decidedBy : "") + (e.note ? " · " + e.note : "") }));
    }
  } catch (e) {
    box.append(el("li", { class: "error", text: e.message }));
  }
}

async function decideOn(findingId, decision, note) {
  const check = state.check;
  try {
    const review = await api("api/checks/" + encodeURIComponent(check.id) + "/findings/" + encodeURIComponent(findingId) + "/review", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ decision, note: note || null }),
    });
    const i = check.reviews.findIndex(r => r.findingId === findingId);
    if (i >= 0) check.reviews[i] = review; else check.reviews.push(review);
    check.counts.open = check.reviews.filter(r => r.decision === "open").length;
    setStatus(t("saved"));
    render(check);
    const item = document.getElementById("finding-" + findingId);
    if (item) item.focus();
  } catch (e) {
    setStatus(t("error") + t("colon") + e.message, true);
  }
}

async function renderHistory(check) {
  const box = document.getElementById("history-box");
  const list = document.getElementById("history");
  list.replaceChildren();
  box.hidden = !check.documentId;
  if (!check.documentId) return;
  try {
    const page = await api("api/checks?documentId=" + encodeURIComponent(check.documentId) + "&size=50");
    for (const item of page.items) {
      const current = item.id === check.id;
      list.append(el("li", { class: current ? "current" : "" },
        el("button", { type: "button", text: t("revision") + " " + item.revision, onclick: () => load(item.id) }),
        " " + new Date(item.createdAt).toLocaleString(state.lang) + " · " + item.findings + " " + t("findingsCount")
          + ", " + item.open + " " + t("openCount") + (current ? " (" + t("current") + ")" : "")));
    }
  } catch (e) {
    list.append(el("li", { class: "error", text: e.message }));
  }
}

function renderResolved(check) {
  const box = document.getElementById("resolved-box");
  const list = document.getElementById("resolved");
  list.replaceChildren();
  box.hidden = !check.resolved || check.resolved.length === 0;
  for (const r of check.resolved || []) {
    list.append(el("li", { text: r.rule + " — « " + r.text + " » (" + t(r.decision) + ")" }));
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
      (p.roles || []).map(r => (r.role || "") + (r.nationality ? " (" + r.nationality + ")" : "") + " « " + r.text + " »").join("; "),
      (p.mentions || []).map(m => m.text).join(", ")])));
  document.getElementById("dates").replaceChildren(table([t("text"), t("kind"), t("value"), t("resolution")],
    (report.dates || []).map(d => [d.text, d.kind + (d.holiday ? " · " + d.holiday : ""), d.value, d.resolution])));
  document.getElementById("figures").replaceChildren(table([t("text"), t("kind"), t("value"), t("quantity"), t("role"), t("verb")],
    (report.figures || []).map(f => [f.text, f.kind, f.value, f.quantity, f.role, f.verb])));
  document.getElementById("quotes").replaceChildren(table([t("text"), t("speaker"), t("verb"), t("attribution")],
    (report.quotes || []).map(q => [q.text,
      q.speaker ? (q.speaker.registerName || q.speaker.name || q.speaker.text || "") + (q.speaker.kind ? " (" + q.speaker.kind + ")" : "") : "",
      q.verb ? q.verb.text : "", q.attribution])));
}

async function load(id) {
  try {
    await show(await api("api/checks/" + encodeURIComponent(id)));
  } catch (e) {
    setStatus(t("error") + t("colon") + e.message, true);
  }
}

/** Ends the session, then asks for the page again: the container answers with its login page. */
async function logOut() {
  try {
    await api("api/logout", { method: "POST" });
  } catch (e) {
    if (!e.message.startsWith("401 ")) { // a session already ended is as good as logged out
      setStatus(t("error") + t("colon") + e.message, true);
      return;
    }
  }
  location.assign(BASE);
}

/** j / k move between findings, a / d accept or dismiss the active one; not while typing. */
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
    decideOn(state.active, event.key === "a" ? "accepted" : "dismissed", note ? note.value : "");
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
  state.lang = saved || ((navigator.language || "fr").toLowerCase().startsWith("fr") ? "fr" : "en");
  const chooser = document.getElementById("ui-lang");
  chooser.value = state.lang;
  chooser.addEventListener("change", () => {
    state.lang = chooser.value;
    localStorage.setItem("factcheck.lang", state.lang);
    applyLanguage();
  });
  applyLanguage();
  // A draft under review is about to be published: its dates are read against today unless the editor says otherwise.
  const date = document.getElementById("date");
  if (!date.value) date.value = localDay(new Date());
  document.getElementById("draft-form").addEventListener("submit", submitDraft);
  for (const id of ["f-category", "f-severity", "f-status"]) {
    document.getElementById(id).addEventListener("change", () => state.check && render(state.check));
  }
  document.addEventListener("keydown", onKey);
  document.getElementById("logout").addEventListener("click", logOut);
  try {
    const session = await api("api/csrf");
    state.csrf = session.token;
    document.getElementById("user").textContent = session.user + (session.admin ? " (admin)" : "");
  } catch (e) {
    setStatus(t("error") + t("colon") + e.message, true);
  }
  if (location.hash.length > 1) await load(decodeURIComponent(location.hash.slice(1)));
}

document.addEventListener("DOMContentLoaded", start);
