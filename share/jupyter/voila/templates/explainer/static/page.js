// Page furniture that runs before the views draw: a high-contrast switch for projectors
// (remembered on this device), the light or dark theme, and links into folded entries. The page
// opens no websocket: every interaction runs here, so it keeps working if the server goes away.

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

// The theme: the device's light or dark setting ("auto", the default: light when it has none,
// as projectors want), or the header's Theme menu's choice, remembered on this device. Dark is
// a class on <html> (site.css, views.css), set before the page is drawn; the views restyle
// their charts when it changes (contrast.js).
(function () {
  var KEY = "explainer-theme";
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function chosen() {
    try {
      var value = localStorage.getItem(KEY);
      return value === "light" || value === "dark" ? value : "auto";
    } catch (err) { return "auto"; /* storage blocked */ }
  }
  function applyTheme() {
    var choice = chosen();
    var on = choice === "dark" || (choice === "auto" && Boolean(dark && dark.matches));
    document.documentElement.classList.toggle("ex-dark", on);
    var menu = document.getElementById("ex-theme");
    if (menu) menu.value = choice;
  }
  applyTheme();
  if (dark && dark.addEventListener) dark.addEventListener("change", applyTheme);
  document.addEventListener("change", function (event) {
    if (!event.target || event.target.id !== "ex-theme") return;
    try { localStorage.setItem(KEY, event.target.value); } catch (err) { /* storage blocked */ }
    applyTheme();
  });
  document.addEventListener("DOMContentLoaded", applyTheme);
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

// "Cite" and "Report a correction" (details.ex-cite, .ex-report): what only the reader's browser
// knows is filled in when one opens or is followed: the item's address on the host this page
// came from (the page with the item's query, e.g. ?event=ID, keeping ?lang=; without one, the
// page as the reader has it), today's date in
// each citation style's way, and, in a report, the page's address with the reader's place.
// Copy buttons copy the text beside them; downloads are data: links built then.
(function () {
  var MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  var MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
  var TYPES = { bibtex: "application/x-bibtex", ris: "application/x-research-info-systems", csl: "application/vnd.citationstyles.csl+json" };
  function itemLink(panel) {
    var here = new URL(window.location.href);
    if (!panel.hasAttribute("data-ex-link")) {
      here.hash = "";
      return here.href;
    }
    var link = new URL(here.pathname, here.href);
    var lang = here.searchParams.get("lang");
    if (lang) link.searchParams.set("lang", lang);
    new URLSearchParams(panel.getAttribute("data-ex-link") || "").forEach(function (value, name) {
      link.searchParams.set(name, value);
    });
    link.hash = panel.getAttribute("data-ex-hash") || "";
    return link.href;
  }
  function filled(template, style, link) {
    var now = new Date();
    var y = now.getFullYear(), m = now.getMonth(), d = now.getDate();
    var written = document.documentElement.lang === "es" ? d + " de " + MESES[m] + " de " + y
      : style === "mla" ? d + " " + MLA_MONTHS[m] + " " + y : MONTHS[m] + " " + d + ", " + y;
    var iso = y + "-" + String(m + 1).padStart(2, "0") + "-" + String(d).padStart(2, "0");
    return template.split("@@URL@@").join(link).split("@@ACCESSED@@").join(written)
      .split("@@ACCESSED_ISO@@").join(iso).split("@@ACCESSED_PARTS@@").join("[[" + y + ", " + (m + 1) + ", " + d + "]]")
      .split("{link}").join(link);
  }
  function fillCite(panel) {
    var link = itemLink(panel);
    panel.querySelectorAll("[data-ex-style]").forEach(function (node) {
      node.textContent = filled(node.getAttribute("data-ex-template"), node.getAttribute("data-ex-style"), link);
    });
    panel.querySelectorAll("[data-ex-file]").forEach(function (node) {
      var kind = node.getAttribute("data-ex-file");
      var body = filled(node.getAttribute("data-ex-template"), kind, link);
      node.setAttribute("href", "data:" + TYPES[kind] + ";charset=utf-8," + encodeURIComponent(body));
    });
  }
  function fillReport(report) {
    var text = filled(report.getAttribute("data-ex-template"), "", window.location.href);
    var shown = report.querySelector(".ex-report-text");
    if (shown) shown.textContent = text;
    if (report.tagName !== "A") return;
    var subject = report.getAttribute("data-ex-subject");
    var email = report.getAttribute("data-ex-email");
    var issues = report.getAttribute("data-ex-issue-url");
    if (issues) {
      var target = new URL(issues, window.location.href);
      target.searchParams.set("title", subject);
      target.searchParams.set("body", text);
      report.setAttribute("href", target.href);
    } else if (email) {
      report.setAttribute("href", "mailto:" + email + "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(text));
    }
  }
  // the views build a panel's body when it is first opened, and a source's Cite panel once its
  // citation has been fetched (js/src/actions.js): then they ask for it to be filled in
  window.explainerCite = {
    fill: function (panel) {
      if (panel.matches("details.ex-report")) fillReport(panel);
      else fillCite(panel);
    },
  };
  document.addEventListener("toggle", function (event) {
    var panel = event.target;
    if (!panel.open || !panel.matches) return;
    if (panel.matches("details.ex-cite")) fillCite(panel);
    else if (panel.matches("details.ex-report")) fillReport(panel);
  }, true);
  ["pointerdown", "focusin", "click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var report = event.target.closest && event.target.closest("a.ex-report");
      if (report) fillReport(report);
    }, true);
  });
  function say(panel, key) {
    var status = panel.querySelector(".ex-copy-status");
    if (status) status.textContent = status.getAttribute(key);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-ex-copy]");
    if (!button) return;
    var panel = button.closest(".ex-action");
    var source = button.parentElement.querySelector("[data-ex-copied-text]");
    var words = source ? source.textContent : "";
    function fallback() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (err) { copied = false; }
      say(panel, copied ? "data-ex-copied" : "data-ex-failed");
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(words).then(function () { say(panel, "data-ex-copied"); }, fallback);
    } else {
      fallback();
    }
  });
})();

// Share and print. The header's "Share" button opens the dialog header.html holds: the link to
// exactly what is on screen (the views keep the reader's place in the query: it is written out
// first; the language is in the address too), copied with one click (the clipboard API, or on a
// plain-http school network selecting the field and the copy command, or "Press Ctrl+C"), the
// browser's own share sheet where it has one, and a QR code of the link. The code is drawn here
// by explainer-qr.js, fetched once, from the address the page was served from: it works on a
// classroom network with no Internet. window.explainerShare lends the same to presenter mode.
// Printing puts the link and its QR code at the top of the first page and writes each link to
// another host's address after its text (site.css has the print styles).
(function () {
  var qrLoading = null;
  function qrScriptUrl() {
    var meta = document.querySelector('meta[name="explainer-qr"]');
    if (meta) return meta.getAttribute("content");
    var own = document.querySelector('script[src*="/page.js"], script[src^="page.js"]');
    return own ? own.src.replace(/page\.js(\?.*)?$/, "explainer-qr.js") : "explainer-qr.js";
  }
  function loadQr() {
    if (window.explainerQR) return Promise.resolve(window.explainerQR);
    if (!qrLoading) {
      qrLoading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = qrScriptUrl();
        script.onload = function () {
          if (window.explainerQR) resolve(window.explainerQR);
          else reject(new Error("explainer-qr.js defined no explainerQR"));
        };
        script.onerror = function () {
          qrLoading = null; // try again next time
          reject(new Error("explainer-qr.js could not be loaded"));
        };
        document.head.append(script);
      });
    }
    return qrLoading;
  }
  function link() {
    if (window.explainerAddress) window.explainerAddress.flush();
    return window.location.href;
  }
  // Draw the QR code of `href` into `box` (once per link); on failure, say so in its place.
  // Drawn at once when the script is there already (a printout is laid out as beforeprint returns).
  function drawQr(box, href, label) {
    function draw(qr) {
      box.replaceChildren(qr.qrSvg(href, label));
      box.setAttribute("data-link", href);
      box.setAttribute("data-state", "drawn");
    }
    if (box.getAttribute("data-link") === href) return Promise.resolve();
    if (window.explainerQR) return Promise.resolve(draw(window.explainerQR));
    box.setAttribute("data-state", "loading");
    return loadQr().then(draw, function (err) {
      box.textContent = box.getAttribute("data-failed") || "";
      box.setAttribute("data-state", "failed");
      console.error(err);
    });
  }
  window.explainerShare = { link: link, loadQr: loadQr, drawQr: drawQr };

  var opener = null;
  function dialog() { return document.getElementById("ex-share-dialog"); }
  function say(key, result) {
    var status = dialog().querySelector(".ex-share-status");
    status.textContent = key ? status.getAttribute("data-" + key) : "";
    status.setAttribute("data-result", result || "");
  }
  function openDialog(button) {
    var box = dialog();
    if (!box || typeof box.showModal !== "function") return;
    var href = link();
    var field = document.getElementById("ex-share-link");
    field.value = href;
    say("");
    var native = box.querySelector('[data-ex-share="native"]');
    var data = { title: document.title, url: href };
    native.hidden = !(navigator.share && (!navigator.canShare || navigator.canShare(data)));
    opener = button;
    box.showModal();
    field.focus();
    field.select();
    var qr = box.querySelector("[data-ex-qr]");
    drawQr(qr, href, qr.getAttribute("data-label"));
  }
  function copy() {
    var field = document.getElementById("ex-share-link");
    function byCommand() {
      field.focus();
      field.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (err) { done = false; }
      if (done) say("copied", "command");
      else say("press", "manual");
    }
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { say("copied", "clipboard"); }, byCommand);
    } else {
      byCommand();
    }
  }
  function shareNatively() {
    var href = document.getElementById("ex-share-link").value;
    navigator.share({ title: document.title, url: href }).catch(function () { /* the reader cancelled */ });
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) return;
    var button = target.closest("#ex-share");
    if (button) return openDialog(button);
    var box = dialog();
    if (!box || !box.open) return;
    if (target === box) {
      var edge = box.getBoundingClientRect(); // the backdrop, outside the dialog's box, closes it
      var inside = event.clientX >= edge.left && event.clientX <= edge.right &&
        event.clientY >= edge.top && event.clientY <= edge.bottom;
      if (!inside) box.close();
      return;
    }
    var action = target.closest("[data-ex-share]");
    if (!action) return;
    var name = action.getAttribute("data-ex-share");
    if (name === "copy") copy();
    else if (name === "native") shareNatively();
    else box.close();
  });
  // Closing (the Close button, Esc, the backdrop) gives the focus back to the Share button.
  document.addEventListener("DOMContentLoaded", function () {
    var box = dialog();
    if (box) {
      box.addEventListener("close", function () {
        if (opener && opener.isConnected) opener.focus();
        opener = null;
      });
    }
  });

  // Printing: each link to another host gets its address after its text (unless its text is the
  // address), and the top of the first page the link to this view and its QR code.
  function markOutsideLinks() {
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i += 1) {
      var a = links[i];
      var outside = (a.protocol === "http:" || a.protocol === "https:") && a.host !== window.location.host;
      var bare = a.href.replace(/^https?:\/\//, "").replace(/\/$/, "");
      if (outside && a.textContent.indexOf(bare) === -1) a.setAttribute("data-ex-print-url", a.href);
      else a.removeAttribute("data-ex-print-url");
    }
  }
  function preparePrint() {
    markOutsideLinks();
    var block = document.querySelector(".ex-print-share");
    if (!block) return;
    var href = link();
    block.querySelector(".ex-print-link").textContent = href;
    drawQr(block.querySelector("[data-ex-print-qr]"), href, href);
  }
  window.addEventListener("beforeprint", preparePrint);
  var printing = window.matchMedia ? window.matchMedia("print") : null;
  if (printing && printing.addEventListener) {
    printing.addEventListener("change", function (event) { if (event.matches) preparePrint(); });
  }
  // A printout needs the QR code at once (the print is laid out as beforeprint returns): fetch
  // the small QR script (a year in the browser's cache) once the page is idle after loading.
  window.addEventListener("load", function () {
    var soon = window.requestIdleCallback || function (run) { return setTimeout(run, 2000); };
    soon(function () { loadQr().catch(function () { /* drawn later, or the link alone */ }); }, { timeout: 5000 });
  });
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
