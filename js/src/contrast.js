// The page's looks: the High contrast switch and the dark theme (page.js puts a class on <html>
// for each; High contrast wins over dark).

export function highContrast() {
  return document.documentElement.classList.contains("ex-high-contrast");
}

export function darkTheme() {
  return !highContrast() && document.documentElement.classList.contains("ex-dark");
}

// Which of a chart's looks the page wants: "contrast", "dark" or "normal".
export function pageLook() {
  if (highContrast()) return "contrast";
  return darkTheme() ? "dark" : "normal";
}

// Call `callback` whenever the page's look changes (High contrast, or the theme).
export function onContrastChange(callback) {
  let last = pageLook();
  new MutationObserver(() => {
    if (pageLook() === last) return;
    last = pageLook();
    callback(last);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
}
