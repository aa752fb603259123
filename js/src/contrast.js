// The page's High contrast switch (page.js puts a class on <html>).

export function highContrast() {
  return document.documentElement.classList.contains("ex-high-contrast");
}

// Call `callback` whenever the page's High contrast switch changes.
export function onContrastChange(callback) {
  let last = highContrast();
  new MutationObserver(() => {
    if (highContrast() === last) return;
    last = highContrast();
    callback(last);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
}
