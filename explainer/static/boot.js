// Static edition: mount every view with the same render() Voila uses, from JSON on the page.
import views from "./views.js";

for (const mount of document.querySelectorAll("[data-explainer-view]")) {
  const payload = JSON.parse(document.getElementById(mount.dataset.payload).textContent);
  const values = { view: mount.dataset.explainerView, payload };
  const model = { get: (key) => values[key], set() {}, on() {}, off() {}, save_changes() {} };
  views.render({ model, el: mount });
}
