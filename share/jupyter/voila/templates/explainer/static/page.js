// Page furniture that runs before Voila's own scripts:
// 1. a high-contrast switch for projectors (remembered on this device);
// 2. a notice with a reload button when the connection to the reader's kernel is lost.
// (Chart pages fetch plotly.js early through a preload link in the template; the views, drawn
// from the page's HTML, run it.)

(function () {
  var KEY = "explainer-contrast";
  function applyContrast(on) {
    document.documentElement.classList.toggle("ex-high-contrast", on);
    var button = document.getElementById("ex-contrast");
    if (button) button.setAttribute("aria-pressed", String(on));
  }
  try { applyContrast(localStorage.getItem(KEY) === "high"); } catch (err) { /* storage blocked */ }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("#ex-contrast");
    if (!button) return;
    var on = !document.documentElement.classList.contains("ex-high-contrast");
    applyContrast(on);
    try { localStorage.setItem(KEY, on ? "high" : "normal"); } catch (err) { /* storage blocked */ }
  });
  document.addEventListener("DOMContentLoaded", function () {
    applyContrast(document.documentElement.classList.contains("ex-high-contrast"));
  });

  function showLost() {
    if (document.getElementById("ex-connection-lost")) return;
    var box = document.createElement("div");
    box.id = "ex-connection-lost";
    box.setAttribute("role", "alert");
    box.className = "ex-connection-lost";
    var text = document.createElement("span");
    text.textContent = "The connection to the server was lost. What is on the page still works; reload to reconnect.";
    var reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = "Reload the page";
    reload.addEventListener("click", function () { window.location.reload(); });
    box.append(text, " ", reload);
    document.body.prepend(box);
  }
  window.__explainerShowLost = showLost;
  var Native = window.WebSocket;
  if (!Native) return;
  function Watched(url, protocols) {
    var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    if (String(url).indexOf("/api/kernels/") !== -1) {
      socket.addEventListener("close", function () {
        if (!window.__explainerUnloading && !window.__explainerReleased) showLost();
      });
    }
    return socket;
  }
  Watched.prototype = Native.prototype;
  ["CONNECTING", "OPEN", "CLOSING", "CLOSED"].forEach(function (k) { Watched[k] = Native[k]; });
  window.WebSocket = Watched;
  window.addEventListener("beforeunload", function () { window.__explainerUnloading = true; });
})();

// A link to an entry folded inside a closed <details> (the corrections log) opens it and
// brings the entry into view, on load and whenever the address's #fragment changes.
(function () {
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    target.scrollIntoView({ block: "start" });
  }
  window.addEventListener("hashchange", reveal);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reveal);
  else reveal();
})();
