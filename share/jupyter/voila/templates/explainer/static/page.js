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

// The header's language links (a[data-ex-language]) keep the reader's place: when one is
// followed (clicked, tapped, opened in a new tab, or focused and Entered), the page's current
// query (the chosen event, pair, step, term...; not `lang`, which the link itself sets or
// leaves out) and #fragment are added to its address. The views keep the query up to date.
(function () {
  function withPlace(link) {
    if (!link.hasAttribute("data-ex-href")) link.setAttribute("data-ex-href", link.getAttribute("href"));
    var target;
    try { target = new URL(link.getAttribute("data-ex-href"), window.location.href); } catch (err) { return; }
    new URLSearchParams(window.location.search).forEach(function (value, name) {
      if (name !== "lang") target.searchParams.set(name, value);
    });
    target.hash = window.location.hash;
    link.setAttribute("href", target.href);
  }
  function onUse(event) {
    var link = event.target.closest && event.target.closest("a[data-ex-language]");
    if (link) withPlace(link);
  }
  ["pointerdown", "focusin", "click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, onUse, true);
  });
})();

// A reader whose browser prefers Spanish, on an English page, is offered the Spanish page once,
// quietly, under the header: never redirected. Closing it (or following any language link) is
// remembered on this device. The English page has no Spanish catalog, so its words are here, in
// Spanish (lang="es") with the English beside them. It goes in as soon as the header's Spanish
// link is parsed, before anything below the header is there to be pushed down.
(function () {
  var KEY = "explainer-language-suggestion";
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a[data-ex-language]")) remember("chose");
  });
  if (document.documentElement.lang !== "en" || !prefersSpanish() || remembered()) return;

  function remembered() {
    try { return localStorage.getItem(KEY) !== null; } catch (err) { return true; /* storage blocked: never nag */ }
  }
  function remember(choice) {
    try { localStorage.setItem(KEY, choice); } catch (err) { /* storage blocked */ }
  }
  function prefersSpanish() {
    var first = (navigator.languages && navigator.languages[0]) || navigator.language || "";
    return /^es\b/i.test(first);
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  var shown = false;
  function suggest() {
    var spanish = document.querySelector('.ex-header a[data-ex-language="es"]');
    if (shown || !spanish) return shown;
    shown = true;
    var close = el("button", { type: "button", class: "ex-suggest-close" }, [
      el("span", { lang: "es" }, ["No, gracias"]), " · No, thanks",
    ]);
    var box = el("aside", { class: "ex-suggest", "aria-label": "Español / Spanish" }, [
      el("p", {}, [
        el("span", { lang: "es" }, [
          "Esta página también está en español: ",
          el("a", { href: spanish.getAttribute("href"), hreflang: "es", "data-ex-language": "es" }, ["leer en español"]),
          ".",
        ]),
        " ",
        el("span", { class: "ex-suggest-en" }, ["This page is also in Spanish."]),
      ]),
      close,
    ]);
    close.addEventListener("click", function () {
      remember("dismissed");
      box.remove();
    });
    spanish.closest(".ex-header").insertAdjacentElement("afterend", box);
    return true;
  }
  if (suggest()) return;
  var watch = new MutationObserver(function () { if (suggest()) watch.disconnect(); });
  watch.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", function () { watch.disconnect(); suggest(); });
})();

// The Embed controls (details[data-ex-embed], on a section page and in an event's card): opened,
// they show the code of a frame (an <iframe>) showing the embed view at this host's address,
// with the reader's place for a section, and a small script the course page may add so the
// frame grows to fit. "Copy" copies either.
(function () {
  var MESSAGE = "explainer-embed:height";
  function attribute(value) {
    return String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function embedAddress(control) {
    var address = new URL(control.getAttribute("data-embed-src"), window.location.href);
    if (control.hasAttribute("data-embed-place")) {
      new URLSearchParams(window.location.search).forEach(function (value, name) {
        if (name !== "embed" && !address.searchParams.has(name)) address.searchParams.set(name, value);
      });
    }
    return address;
  }
  function frameCode(address, title, height) {
    return '<iframe src="' + attribute(address.href) + '" title="' + attribute(title) +
      '" width="100%" height="' + height + '" style="width:100%;height:' + height +
      'px;border:1px solid #c7c7c7" loading="lazy" allowfullscreen data-explainer-embed></iframe>';
  }
  function listenerCode(origin) {
    var from = JSON.stringify(origin).replace(/</g, "\\u003c");
    return "<script>\n" +
      "window.addEventListener(\"message\", function (event) {\n" +
      "  var data = event.data;\n" +
      "  if (event.origin !== " + from + " || !data || data.type !== \"" + MESSAGE + "\") return;\n" +
      "  var height = Number(data.height);\n" +
      "  if (!(height > 0 && height < 100000)) return;\n" +
      "  document.querySelectorAll(\"iframe[data-explainer-embed]\").forEach(function (frame) {\n" +
      "    if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + \"px\";\n" +
      "  });\n" +
      "});\n" +
      "</scr" + "ipt>";
  }
  function fill(control) {
    var address = embedAddress(control);
    var height = parseInt(control.getAttribute("data-embed-height"), 10) || 800;
    var code = control.querySelector("textarea.ex-embed-code");
    var script = control.querySelector("textarea.ex-embed-script");
    if (code) code.value = frameCode(address, control.getAttribute("data-embed-title") || document.title, height);
    if (script) script.value = listenerCode(address.origin);
  }
  document.addEventListener("toggle", function (event) {
    var control = event.target;
    if (control.matches && control.matches("details[data-ex-embed]") && control.open) fill(control);
  }, true);
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.ex-embed-copy");
    if (!button) return;
    var field = button.closest(".ex-embed-field");
    var box = field && field.querySelector("textarea");
    if (!box) return;
    function done() {
      var label = button.getAttribute("data-label") || button.textContent;
      button.setAttribute("data-label", label);
      button.textContent = button.getAttribute("data-copied") || label;
      setTimeout(function () { button.textContent = label; }, 2000);
    }
    box.focus();
    box.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(box.value).then(done, function () { if (document.execCommand("copy")) done(); });
    } else if (document.execCommand("copy")) {
      done();
    }
  });

  // An embed view's link to the full explainer keeps the reader's place (the filters, the chosen
  // event...), as the language links do, when it is followed.
  function withPlace(link) {
    if (!link.hasAttribute("data-ex-href")) link.setAttribute("data-ex-href", link.getAttribute("href"));
    var target;
    try { target = new URL(link.getAttribute("data-ex-href"), window.location.href); } catch (err) { return; }
    new URLSearchParams(window.location.search).forEach(function (value, name) {
      if (name !== "embed" && !target.searchParams.has(name)) target.searchParams.set(name, value);
    });
    link.setAttribute("href", target.href);
  }
  ["pointerdown", "focusin", "click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var link = event.target.closest && event.target.closest("a.ex-embed-open:not([data-event-href])");
      if (link) withPlace(link);
    }, true);
  });

  // An embed view in a frame tells the page framing it how tall it is, whenever that changes,
  // so the course page's script (above) can fit the frame to it.
  function postHeight() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    window.parent.postMessage({ type: MESSAGE, height: height }, "*");
  }
  function watchHeight() {
    if (!document.body.classList.contains("ex-embed") || window.parent === window) return;
    postHeight();
    if (window.ResizeObserver) new ResizeObserver(postHeight).observe(document.body);
    window.addEventListener("load", postHeight);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchHeight);
  else watchHeight();
})();
