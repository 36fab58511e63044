// The login page. The container shows it in place of the review page until one logs in; its form posts to the
// container's j_security_check. The interface language is the review page's (same choice, same storage).
"use strict";

const LOGIN_MESSAGES = {
  fr: {
    interface: "Langue", title: "Connexion à la relecture", user: "Identifiant", password: "Mot de passe",
    logIn: "Se connecter", failed: "Identifiant ou mot de passe incorrect.",
    throttled: "Après trop d'échecs, les connexions sont refusées pendant un moment : patientez avant de réessayer.",
  },
  en: {
    interface: "Language", title: "Log in to the review", user: "User name", password: "Password",
    logIn: "Log in", failed: "Wrong user name or password.",
    throttled: "After too many failures, logins are refused for a while: wait before trying again.",
  },
};

function applyLoginLanguage(lang) {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    node.textContent = LOGIN_MESSAGES[lang][node.dataset.i18n] || node.textContent;
  }
}

function startLogin() {
  // Opened by its own address (a bookmark), the page has no request to return to after the login, which Tomcat
  // refuses: ask for the review page instead, which the container answers with this page (?login), or ?error.
  const shownByContainer = /[?&](login|error)(&|=|$)/.test(location.search);
  if (location.pathname.endsWith("/login.html") && !shownByContainer) {
    location.replace(location.pathname.replace(/login\.html$/, ""));
    return;
  }
  // A failed login: Jetty redirects to login.html?error, Tomcat answers j_security_check with this page.
  document.getElementById("login-failed").hidden = !(/[?&]error(&|=|$)/.test(location.search)
    || location.pathname.endsWith("/j_security_check"));
  const saved = localStorage.getItem("factcheck.lang");
  const lang = saved || ((navigator.language || "fr").toLowerCase().startsWith("fr") ? "fr" : "en");
  const chooser = document.getElementById("ui-lang");
  chooser.value = lang;
  chooser.addEventListener("change", () => {
    localStorage.setItem("factcheck.lang", chooser.value);
    applyLoginLanguage(chooser.value);
  });
  applyLoginLanguage(lang);
}

document.addEventListener("DOMContentLoaded", startLogin);
