// The demo page of the CKEditor 5 plugin: CKEditor's browser build (vendor/ckeditor5/, installed by the Maven build
// from npm) with FactcheckPlugin, calling the API of this same origin with the logged-in session. The draft of each
// document id is kept in the browser's storage, as a CMS would keep it, so that a reload shows it again.
import { FactcheckPlugin } from "./factcheck.js";

const SAMPLE = "<h2>Saint-Aubin opens its library 📚</h2>"
  + "<p>The mayor of Saint-Aubin, Marie Dupont, opened the new municipal library on Friday, 14 March 2026.</p>"
  + "<p>“This building belongs to every reader in the valley,” said Marie Dupond, who has led the town since 2020.</p>";

const params = new URLSearchParams(location.search);
const documentId = (params.get("doc") || "ckeditor-demo").trim();
const language = params.get("lang") || "";
const storageKey = "factcheck.ckeditor-demo." + documentId;

async function start() {
  document.getElementById("documentId").value = documentId;
  document.getElementById("language").value = language;
  const status = document.getElementById("factcheck-status");
  let CKEditor;
  try {
    CKEditor = await import("../vendor/ckeditor5/ckeditor5.js");
  } catch (e) {
    document.getElementById("missing").hidden = false;
    return;
  }
  const { ClassicEditor, Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote } = CKEditor;
  const saved = localStorage.getItem(storageKey);
  const editor = await ClassicEditor.create(document.getElementById("editor"), {
    licenseKey: "GPL",
    plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote, FactcheckPlugin],
    toolbar: ["undo", "redo", "|", "heading", "|", "bold", "italic", "link", "|", "bulletedList", "numberedList", "blockQuote"],
    initialData: saved === null ? SAMPLE : saved,
    factcheck: {
      apiUrl: new URL("../api/", location.href).href,
      documentId,
      language: language || undefined,
      showDismissed: params.get("dismissed") === "1",
      uiLanguage: params.get("ui") || ((navigator.language || "en").toLowerCase().startsWith("fr") ? "fr" : "en"),
    },
  });
  const factcheck = editor.plugins.get("Factcheck");
  factcheck.addEventListener("status", event => {
    status.textContent = event.detail.message;
    status.className = "demo-status " + event.detail.state;
    status.dataset.state = event.detail.state;
    if (event.detail.checkId) status.dataset.checkId = event.detail.checkId;
  });
  let saveTimer = null;
  editor.model.document.on("change:data", () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => localStorage.setItem(storageKey, editor.getData()), 300);
  });
  window.addEventListener("pagehide", () => localStorage.setItem(storageKey, editor.getData()));
  document.getElementById("check-now").addEventListener("click", () => factcheck.check({ force: true }));
  document.getElementById("sample").addEventListener("click", () => editor.setData(SAMPLE));
  window.factcheckDemo = { editor, factcheck }; // for the console, and the page's browser test
}

start();
