// factcheck for CKEditor 5: a plugin that sends the editor's text to the factcheck API on demand and after a pause
// in typing, underlines each finding in its category's colour, shows its message, suggestion and related spans on
// hover or when the caret enters it, applies a suggestion (one undo step), and records "accept" and "dismiss" under
// the document's id, so that decisions follow the draft from one revision to the next.
//
// The module imports nothing: CKEditor 5 takes any class with a constructor(editor) and init() as a plugin, so the
// same file goes into a bundler's build (import { FactcheckPlugin } from "./factcheck.js") and into a page that loads
// CKEditor's browser build as an ES module. Load factcheck.css beside it.
//
//   ClassicEditor.create(element, {
//     licenseKey: "GPL",
//     plugins: [Essentials, Paragraph, FactcheckPlugin],
//     factcheck: { apiUrl: "https://factcheck.example.org/api/", token: "…", documentId: "cms-article-1234" },
//   });
//
// config.factcheck:
//   apiUrl       the API's base address (default: /api/ of the page's origin)
//   token        the API token sent as "Authorization: Bearer" (a string, or a function giving one or a promise of
//                one); without it the browser's session is used (credentials), with the X-CSRF-Token of GET /api/csrf
//   credentials  fetch's credentials mode without a token (default: "same-origin")
//   documentId   the CMS's id of the draft: each check is a revision of it, and decisions carry over (required to keep
//                decisions; without it each check stands alone)
//   language     "fr" or "en" (default: the checker detects it); date: the publication date (YYYY-MM-DD or "today")
//   enable       rule ids off by default to report too, comma-separated
//   debounceMs   the pause in typing after which the text is sent (default 1500; 0: only on demand)
//   checkOnReady check the initial content once the editor is ready (default true)
//   showDismissed underline dismissed findings too, faintly, so that they can be reopened (default false)
//   keystroke    checks now (default "Ctrl+Shift+F"); focusKeystroke: from the text, into the finding under the
//                caret (default "Alt+Enter"); Escape goes back
//   uiLanguage   "fr" or "en" for the plugin's words (default: the editor's interface language)
//
// The plugin is an EventTarget: "status" ({state: checking|done|stale|error|empty, message, counts}) and "check" (the
// stored check as the API returned it, also in plugin.latest). check() sends the text now.

const CATEGORIES = ["NAME", "TITLE", "DATE", "NUMBER", "QUOTE", "DUPLICATE", "SPELLING"];

const WORDS = {
  en: {
    NAME: "Name", TITLE: "Title", DATE: "Date", NUMBER: "Number", QUOTE: "Quote", DUPLICATE: "Duplicate",
    SPELLING: "Spelling", error: "error", warning: "warning", info: "info",
    suggestion: "Suggestion", related: "Related", apply: "Apply", accept: "Accept", dismiss: "Dismiss",
    reopen: "Reopen", accepted: "Accepted", dismissed: "Dismissed", dialog: "Fact check", checking: "Checking…",
    done: (n, d) => n === 0 ? "No finding." : n + (n === 1 ? " finding" : " findings") + (d ? ", " + d + " dismissed" : "") + ".",
    stale: "The text changed during the check: it will be checked again.",
    empty: "Nothing to check.", error2: "The check failed: ", changed: "The text of this finding has changed.",
    noMapping: "The checker read another text than the one sent: its findings cannot be placed.",
    hint: "Alt+Enter: actions", colon: ": ", quote: t => "“" + t + "”", decisionFailed: "The decision was not recorded: ",
  },
  fr: {
    NAME: "Nom", TITLE: "Fonction", DATE: "Date", NUMBER: "Chiffre", QUOTE: "Citation", DUPLICATE: "Doublon",
    SPELLING: "Graphie", error: "erreur", warning: "avertissement", info: "info",
    suggestion: "Suggestion", related: "Voir aussi", apply: "Appliquer", accept: "Accepter", dismiss: "Écarter",
    reopen: "Rouvrir", accepted: "Acceptée", dismissed: "Écartée", dialog: "Vérification", checking: "Vérification…",
    done: (n, d) => n === 0 ? "Aucune alerte." : n + (n === 1 ? " alerte" : " alertes") + (d ? ", dont " + d + " écartée" + (d > 1 ? "s" : "") : "") + ".",
    stale: "Le texte a changé pendant la vérification : il sera vérifié de nouveau.",
    empty: "Rien à vérifier.", error2: "La vérification a échoué : ", changed: "Le texte de cette alerte a changé.",
    noMapping: "Le vérificateur a lu un autre texte que celui envoyé : ses alertes ne peuvent être placées.",
    hint: "Alt+Entrée : actions", colon: " : ", quote: t => "« " + t + " »", decisionFailed: "La décision n'a pas été enregistrée : ",
  },
};

// Suggestions that replace the finding's whole span; a weekday's replaces the weekday in it. Others (a share, a
// number of days) are shown, not applied.
const WHOLE_SPAN = /^(name\.|spelling\.)|^date\.two-dates$/;
const WEEKDAY_RULES = new Set(["date.weekday", "date.today-weekday"]);
const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;
const MARK = "factcheck";
const RELATED = "factcheck-related";

/**
 * The text the checker is sent, and where each of its code points sits in the model: each block that holds text
 * (paragraph, heading, list item, table cell's paragraph, caption) is a paragraph of the text, separated by a blank
 * line as the API's plain text wants; a soft break is a line break, another inline object a space. Text is NFC, as
 * the checker's is; spans come back in code points of that text.
 */
export function extractText(model) {
  const blocks = [];
  let text = "";
  let count = 0;
  const visit = element => {
    if (model.schema.checkChild(element, "$text")) {
      let s = "";
      const offsets = [];
      for (const child of element.getChildren()) {
        if (child.is("$text")) {
          s += appendText(child.data, child.startOffset, offsets);
        } else {
          s += child.is("element", "softBreak") ? "\n" : " ";
          offsets.push(child.startOffset);
        }
      }
      if (!s.trim()) return;
      if (blocks.length) {
        text += "\n\n";
        count += 2;
      }
      offsets.push(element.maxOffset);
      blocks.push({ element, start: count, offsets });
      text += s;
      count += offsets.length - 1;
      return;
    }
    for (const child of element.getChildren()) {
      if (child.is("element")) visit(child);
    }
  };
  const root = model.document.getRoot();
  for (const child of root.getChildren()) {
    if (child.is("element")) visit(child);
  }
  return { text, blocks, length: count };
}

/** Adds the model offset of each code point of data's NFC form to offsets; a composed character maps to its start. */
function appendText(raw, startOffset, offsets) {
  const data = raw.replace(/[\r\ufeff]/g, " "); // the checker reads a CR as a line break and drops a BOM
  const nfc = data.normalize("NFC");
  if (nfc === data) {
    let o = startOffset;
    for (const ch of data) {
      offsets.push(o);
      o += ch.length;
    }
    return data;
  }
  let out = "";
  for (const m of data.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const group = m[0].normalize("NFC");
    for (const _ of group) offsets.push(startOffset + m.index);
    out += group;
  }
  return out;
}

/** The model position of a code point offset of the extracted text (a separator goes to the nearer block edge). */
function positionAt(model, extraction, offset, isEnd) {
  const blocks = extraction.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) { // the last block starting at or before offset
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  const b = blocks[lo];
  if (!b) return null;
  const inBlock = offset - b.start;
  const n = b.offsets.length - 1;
  if (inBlock <= n) return model.createPositionAt(b.element, b.offsets[Math.max(0, inBlock)]);
  if (!isEnd && lo + 1 < blocks.length) return model.createPositionAt(blocks[lo + 1].element, 0);
  return model.createPositionAt(b.element, b.offsets[n]);
}

function rangeOf(model, extraction, start, end) {
  const from = positionAt(model, extraction, start, false);
  const to = positionAt(model, extraction, end, true);
  if (!from || !to || !from.isBefore(to)) return null;
  return model.createRange(from, to);
}

/** The text in a model range, as the checker would read it (NFC). */
function textIn(range) {
  let s = "";
  for (const item of range.getItems()) {
    if (item.is("$textProxy") || item.is("$text")) s += item.data;
  }
  return s.normalize("NFC");
}

export class FactcheckPlugin extends EventTarget {
  static get pluginName() {
    return "Factcheck";
  }

  constructor(editor) {
    super();
    this.editor = editor;
    this.latest = null; // the latest stored check shown
    this.findings = new Map(); // finding id -> {finding, decision, marker}
    this._seq = 0;
    this._sent = null;
    this._csrf = null;
    this._timer = null;
    this._hideTimer = null;
    this._active = null;
    this._listeners = [];
  }

  init() {
    const editor = this.editor;
    const config = editor.config.get("factcheck") || {};
    this.config = config;
    const ui = (config.uiLanguage || (editor.locale && editor.locale.uiLanguage) || "en").toLowerCase();
    this.words = WORDS[ui.startsWith("fr") ? "fr" : "en"];
    this.apiUrl = new URL(config.apiUrl || "/api/", document.baseURI).href.replace(/\/?$/, "/");
    this.debounceMs = config.debounceMs === undefined ? 1500 : config.debounceMs;

    // factcheck:CATEGORY:decision:findingId and factcheck-related:findingId:n, underlined through the editing view
    // only: the data (what the CMS saves) never holds them.
    editor.conversion.for("editingDowncast").markerToHighlight({
      model: MARK,
      view: data => {
        const [, category, decision, id] = data.markerName.split(":");
        return {
          classes: ["factcheck-mark", "factcheck-" + category, "factcheck-" + decision],
          attributes: { "data-factcheck-finding": id },
          priority: 1100,
        };
      },
    });
    editor.conversion.for("editingDowncast").markerToHighlight({
      model: RELATED,
      view: data => ({
        classes: ["factcheck-related"],
        attributes: { "data-factcheck-related": data.markerName.split(":")[1] },
        priority: 1050,
      }),
    });

    editor.model.document.on("change:data", () => {
      if (this._active && !this._popup.contains(document.activeElement)) this._hide();
      if (this.debounceMs > 0) {
        clearTimeout(this._timer);
        this._timer = setTimeout(() => this.check(), this.debounceMs);
      }
    });
    editor.model.document.selection.on("change:range", () => this._followCaret());
    editor.keystrokes.set(config.keystroke || "Ctrl+Shift+F", (event, cancel) => {
      this.check({ force: true });
      cancel();
    });
    editor.keystrokes.set(config.focusKeystroke || "Alt+Enter", (event, cancel) => {
      if (this._active) {
        const first = this._popup.querySelector(".factcheck-actions button:not(:disabled)")
          || this._popup.querySelector("button");
        if (first) {
          first.focus();
          cancel();
        }
      }
    });
    this._buildPopup();
    editor.on("ready", () => {
      this._watchPointer();
      if (config.checkOnReady !== false) this.check();
    });
  }

  destroy() {
    clearTimeout(this._timer);
    clearTimeout(this._hideTimer);
    for (const [target, type, fn] of this._listeners) target.removeEventListener(type, fn);
    if (this._popup) this._popup.remove();
    if (this._live) this._live.remove();
  }

  _on(target, type, fn) {
    target.addEventListener(type, fn);
    this._listeners.push([target, type, fn]);
  }

  _status(state, message, extra) {
    this.dispatchEvent(new CustomEvent("status", { detail: Object.assign({ state, message }, extra || {}) }));
  }

  /** Sends the text now (force: even when it is the text last sent). */
  async check({ force = false } = {}) {
    clearTimeout(this._timer);
    const model = this.editor.model;
    const sent = extractText(model);
    if (!sent.text.trim()) {
      this._sent = null;
      this._place(null, sent);
      this._status("empty", this.words.empty);
      return;
    }
    if (!force && sent.text === this._sent) return;
    this._sent = sent.text;
    const seq = ++this._seq;
    this._status("checking", this.words.checking);
    const c = this.config;
    const body = { text: sent.text };
    for (const key of ["documentId", "language", "date", "enable"]) {
      if (c[key]) body[key] = String(c[key]);
    }
    try {
      const check = await this._api("checks", { method: "POST", json: body });
      if (seq !== this._seq) return; // a later check is on its way
      const now = extractText(model);
      if (now.text !== sent.text) {
        this._status("stale", this.words.stale);
        return; // the markers shown follow the edits; the pause after them sends the new text
      }
      if (check.report.text !== sent.text) {
        this._sent = null;
        this._status("error", this.words.noMapping);
        return;
      }
      this._place(check, now);
      this.dispatchEvent(new CustomEvent("check", { detail: check }));
    } catch (e) {
      if (seq === this._seq) {
        this._sent = null;
        this._status("error", this.words.error2 + e.message);
      }
    }
  }

  async _api(path, { method = "GET", json } = {}, retried = false) {
    const c = this.config;
    const headers = { Accept: "application/json" };
    const token = typeof c.token === "function" ? await c.token() : c.token;
    let credentials = c.credentials || "same-origin";
    if (token) {
      headers.Authorization = "Bearer " + token;
      credentials = "omit";
    } else if (method !== "GET") {
      if (!this._csrf) this._csrf = await this._api("csrf");
      headers[this._csrf.header] = this._csrf.token;
    }
    if (json !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(this.apiUrl + path, {
      method, headers, credentials, body: json === undefined ? undefined : JSON.stringify(json),
    });
    const type = response.headers.get("Content-Type") || "";
    const answer = type.includes("json") ? await response.json() : null;
    if (!response.ok) {
      if (response.status === 403 && !token && !retried && method !== "GET") {
        this._csrf = null; // the session was renewed (a new login): its token too
        return this._api(path, { method, json }, true);
      }
      throw new Error(response.status + " " + ((answer && (answer.detail || answer.title)) || response.statusText));
    }
    return answer;
  }

  /** Replaces the markers by those of the check (none for null); dismissed findings are not underlined. */
  _place(check, extraction) {
    const model = this.editor.model;
    this._hide();
    this.latest = check;
    this.findings = new Map();
    const reviews = new Map(((check && check.reviews) || []).map(r => [r.findingId, r]));
    const placed = [];
    for (const f of (check ? check.report.findings : [])) {
      const review = reviews.get(f.id);
      const decision = (review && review.decision) || "open";
      const range = rangeOf(model, extraction, f.start, f.end);
      const related = (f.related || []).map(r => rangeOf(model, extraction, r.start, r.end));
      const entry = { finding: f, decision, status: review && review.status, marker: null };
      this.findings.set(f.id, entry);
      if (range) placed.push({ entry, range, related });
    }
    model.enqueueChange({ isUndoable: false }, writer => {
      for (const group of [MARK, RELATED]) {
        for (const marker of Array.from(model.markers.getMarkersGroup(group))) writer.removeMarker(marker);
      }
      for (const { entry, range, related } of placed) {
        if (entry.decision === "dismissed" && !this.config.showDismissed) continue;
        entry.marker = this._markerName(entry);
        writer.addMarker(entry.marker, { range, usingOperation: false, affectsData: false });
        related.forEach((r, i) => {
          if (r) writer.addMarker(RELATED + ":" + entry.finding.id + ":" + i, { range: r, usingOperation: false, affectsData: false });
        });
      }
    });
    this._report();
  }

  _markerName(entry) {
    const category = CATEGORIES.includes(entry.finding.category) ? entry.finding.category : "OTHER";
    return MARK + ":" + category + ":" + entry.decision + ":" + entry.finding.id;
  }

  _report() {
    if (!this.latest) return;
    const all = Array.from(this.findings.values());
    const dismissed = all.filter(e => e.decision === "dismissed").length;
    const counts = { findings: all.length, dismissed, accepted: all.filter(e => e.decision === "accepted").length };
    this._status("done", this.words.done(all.length, dismissed), { counts, checkId: this.latest.id });
  }

  // The popup: a non-modal dialog beside the underline, for the pointer and the keyboard alike.

  _buildPopup() {
    const popup = document.createElement("div");
    popup.className = "factcheck-popup";
    popup.setAttribute("role", "dialog");
    popup.setAttribute("aria-label", this.words.dialog);
    popup.hidden = true;
    document.body.append(popup);
    this._popup = popup;
    const live = document.createElement("div");
    live.className = "factcheck-live";
    live.setAttribute("aria-live", "polite");
    document.body.append(live);
    this._live = live;
    this._on(popup, "mouseenter", () => clearTimeout(this._hideTimer));
    this._on(popup, "mouseleave", () => this._hideSoon());
    this._on(popup, "keydown", event => {
      if (event.key === "Escape") {
        event.preventDefault();
        this._hide();
        this.editor.editing.view.focus();
      }
    });
  }

  _watchPointer() {
    const root = this.editor.editing.view.getDomRoot();
    if (!root) return;
    this._on(root, "mouseover", event => {
      const mark = event.target.closest && event.target.closest("[data-factcheck-finding]");
      if (mark && root.contains(mark)) {
        clearTimeout(this._hideTimer);
        this._show(mark.getAttribute("data-factcheck-finding"), mark, false);
      }
    });
    this._on(root, "mouseout", event => {
      const mark = event.target.closest && event.target.closest("[data-factcheck-finding]");
      if (mark && !(event.relatedTarget && mark.contains(event.relatedTarget))) this._hideSoon();
    });
  }

  /** The caret in an underlined span shows its popup, and says so to a screen reader. */
  _followCaret() {
    const editor = this.editor;
    if (!editor.editing.view.document.isFocused) return;
    const position = editor.model.document.selection.getFirstPosition();
    let found = null;
    for (const marker of editor.model.markers.getMarkersAtPosition(position)) {
      if (marker.name.startsWith(MARK + ":")) found = marker.name.split(":")[3];
    }
    if (!found) {
      if (this._active && this._active.byCaret) this._hide();
      return;
    }
    if (this._active && this._active.id === found) return;
    const mark = this._markElement(found);
    if (mark) this._show(found, mark, true);
  }

  _markElement(id) {
    const root = this.editor.editing.view.getDomRoot();
    return root && root.querySelector('[data-factcheck-finding="' + CSS.escape(id) + '"]');
  }

  _hideSoon() {
    clearTimeout(this._hideTimer);
    this._hideTimer = setTimeout(() => {
      if (!this._popup.contains(document.activeElement)) this._hide();
    }, 400);
  }

  _hide() {
    clearTimeout(this._hideTimer);
    if (!this._popup) return;
    this._popup.hidden = true;
    this._active = null;
    const root = this.editor.editing.view.getDomRoot();
    if (root) {
      for (const e of root.querySelectorAll(".factcheck-active")) e.classList.remove("factcheck-active");
    }
  }

  _show(id, anchor, byCaret) {
    const entry = this.findings.get(id);
    if (!entry || !entry.marker) return;
    if (this._active && this._active.id === id) {
      this._position(anchor);
      return;
    }
    this._hide();
    this._active = { id, byCaret };
    const w = this.words;
    const f = entry.finding;
    const popup = this._popup;
    popup.replaceChildren();
    popup.className = "factcheck-popup factcheck-" + f.category + " factcheck-" + entry.decision;
    const head = el("div", "factcheck-head", (w[f.category] || f.category) + " · " + (w[f.severity] || f.severity)
      + (entry.decision !== "open" ? " · " + w[entry.decision] : ""));
    const message = el("p", "factcheck-message", f.message);
    message.id = "factcheck-message-" + id;
    popup.setAttribute("aria-describedby", message.id);
    popup.append(head, message);
    if (f.suggestion) {
      popup.append(el("p", "factcheck-suggestion", w.suggestion + w.colon + f.suggestion));
    }
    const related = Array.from(this.editor.model.markers.getMarkersGroup(RELATED))
      .filter(m => m.name.split(":")[1] === id);
    if (related.length) {
      const list = el("p", "factcheck-related-list", w.related + w.colon);
      for (const marker of related) {
        const b = el("button", "factcheck-link", w.quote(textIn(marker.getRange())));
        b.type = "button";
        b.addEventListener("click", () => this._select(marker.getRange()));
        list.append(b);
      }
      popup.append(list);
    }
    const actions = el("div", "factcheck-actions");
    const replacement = this._replacement(entry);
    if (f.suggestion && replacement !== undefined) {
      const apply = button(w.apply, "factcheck-apply", () => this.apply(id));
      if (replacement === null || this.editor.isReadOnly) {
        apply.disabled = true;
        apply.title = w.changed;
      }
      actions.append(apply);
    }
    if (entry.decision !== "accepted") actions.append(button(w.accept, "factcheck-accept", () => this.decide(id, "accepted")));
    if (entry.decision !== "dismissed") actions.append(button(w.dismiss, "factcheck-dismiss", () => this.decide(id, "dismissed")));
    if (entry.decision !== "open") actions.append(button(w.reopen, "factcheck-reopen", () => this.decide(id, "open")));
    popup.append(actions);
    for (const e of this.editor.editing.view.getDomRoot().querySelectorAll(
      '[data-factcheck-finding="' + CSS.escape(id) + '"], [data-factcheck-related="' + CSS.escape(id) + '"]')) {
      e.classList.add("factcheck-active");
    }
    popup.hidden = false;
    this._position(anchor);
    if (byCaret) this._live.textContent = f.message + " " + w.hint;
  }

  _position(anchor) {
    const rect = anchor.getBoundingClientRect();
    const popup = this._popup;
    const width = popup.offsetWidth;
    const left = Math.max(4, Math.min(rect.left, document.documentElement.clientWidth - width - 4));
    popup.style.left = (left + window.scrollX) + "px";
    popup.style.top = (rect.bottom + window.scrollY + 6) + "px";
  }

  _select(range) {
    const editor = this.editor;
    editor.model.change(writer => writer.setSelection(range));
    editor.editing.view.focus();
    editor.editing.view.scrollToTheSelection();
  }

  /**
   * What Apply replaces: {range, text}; null when the span's text is no longer the finding's; undefined when the
   * rule's suggestion is not a replacement (a share, a number of days: shown only).
   */
  _replacement(entry) {
    const f = entry.finding;
    if (!f.suggestion) return undefined;
    const whole = WHOLE_SPAN.test(f.rule);
    if (!whole && !WEEKDAY_RULES.has(f.rule)) return undefined;
    const marker = this.editor.model.markers.get(entry.marker);
    if (!marker) return null;
    const range = marker.getRange();
    if (range.start.parent !== range.end.parent || textIn(range) !== f.text) return null;
    if (whole) return { range, text: f.suggestion };
    const raw = textIn(range);
    const m = WEEKDAYS.exec(raw);
    if (!m) return null;
    const upper = m[0][0] !== m[0][0].toLowerCase();
    const text = (upper ? f.suggestion[0].toUpperCase() : f.suggestion[0].toLowerCase()) + f.suggestion.slice(1);
    const start = range.start.getShiftedBy(m.index);
    return { range: this.editor.model.createRange(start, start.getShiftedBy(m[0].length)), text };
  }

  /** Replaces the finding's span (or its weekday) by the suggestion, in one undo step, keeping its formatting. */
  apply(id) {
    const entry = this.findings.get(id);
    const r = entry && this._replacement(entry);
    if (!r) return false;
    const model = this.editor.model;
    model.change(writer => {
      const first = r.range.start.textNode || r.range.start.nodeAfter;
      const attributes = first ? Array.from(first.getAttributes()) : [];
      model.insertContent(writer.createText(r.text, attributes), r.range);
    });
    this._hide();
    this.editor.editing.view.focus();
    return true;
  }

  /** Records a decision (accepted, dismissed, open) on the finding in the latest check; a dismissed one loses its underline. */
  async decide(id, decision) {
    const entry = this.findings.get(id);
    if (!entry || !this.latest) return;
    const check = this.latest;
    try {
      const review = await this._api("checks/" + encodeURIComponent(check.id) + "/findings/" + encodeURIComponent(id)
        + "/review", { method: "POST", json: { decision, note: null } });
      if (this.latest !== check) return; // a newer check came meanwhile: it carries the decision already
      const i = check.reviews.findIndex(r => r.findingId === id);
      if (i >= 0) check.reviews[i] = review; else check.reviews.push(review);
      const model = this.editor.model;
      const old = entry.marker && model.markers.get(entry.marker);
      const range = old ? old.getRange() : null;
      entry.decision = review.decision || decision;
      this._hide();
      model.enqueueChange({ isUndoable: false }, writer => {
        if (old) writer.removeMarker(old);
        entry.marker = null;
        if (entry.decision === "dismissed" && !this.config.showDismissed) {
          for (const m of Array.from(model.markers.getMarkersGroup(RELATED))) {
            if (m.name.split(":")[1] === id) writer.removeMarker(m);
          }
        } else if (range) {
          entry.marker = this._markerName(entry);
          writer.addMarker(entry.marker, { range, usingOperation: false, affectsData: false });
        }
      });
      this.editor.editing.view.focus();
      this._report();
    } catch (e) {
      this._status("error", this.words.decisionFailed + e.message);
    }
  }
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(label, className, onClick) {
  const b = el("button", "factcheck-button " + className, label);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

export default FactcheckPlugin;
