// Page furniture that runs before Voila's own scripts:
// 1. a high-contrast switch for projectors (remembered on this device);
// 2. a notice with a reload button when the connection to the reader's kernel is lost;
// 3. on chart pages, running plotly.js (fetched early by a preload link) once the page opens
//    its kernel connection: it then runs while the page waits on the kernel's replies, not
//    while Voila's own scripts start.
function explainerStartPlotly() {
  var preload = document.querySelector('link[rel="preload"][href$="plotly.min.js"]');
  if (!preload || window.Plotly || document.querySelector('script[src$="plotly.min.js"]')) return;
  var script = document.createElement("script");
  script.src = preload.href;
  document.head.appendChild(script);
}

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
      explainerStartPlotly();
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
