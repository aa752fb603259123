// Page furniture that runs before the views draw: a high-contrast switch for projectors
// (remembered on this device), and links into folded entries. The page opens no websocket: every
// interaction runs here, so it keeps working if the server goes away.

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
