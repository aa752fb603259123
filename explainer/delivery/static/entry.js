// Entry point: anywidget calls render({model, el}); the page's own script (see mounts.py) calls it
// with a stand-in model for each view mounted in the page's HTML, before any kernel answers.
const EXPLAINER_VIEWS = {
  timeline: typeof renderTimeline === "function" ? renderTimeline : null,
  quotes: typeof renderQuotes === "function" ? renderQuotes : null,
  policy: typeof renderPolicy === "function" ? renderPolicy : null,
  presenter: typeof renderPresenter === "function" ? renderPresenter : null,
};

// A view the page already drew from its HTML, not yet taken over by a widget.
function unadoptedMount(name) {
  return [...document.querySelectorAll("[data-explainer-view][data-mounted]:not([data-adopted])")]
    .find((mount) => mount.dataset.explainerView === name);
}

function render({ model, el }) {
  const name = model.get("view");
  const drawn = model.get("early") ? null : unadoptedMount(name);
  if (drawn) {  // the widget adopts the drawn view: no second copy, no lost focus or state
    drawn.dataset.adopted = "true";
    el.hidden = true;
    releaseKernelWhenDrawn();
    return;
  }
  const view = EXPLAINER_VIEWS[name];
  if (!view) {
    el.textContent = "This part of the page could not be shown.";
    return;
  }
  view(model.get("payload"), el);
}

export default { render };
