// Entry point: anywidget calls render({model, el}); the static edition passes a stand-in model.
const EXPLAINER_VIEWS = {
  timeline: typeof renderTimeline === "function" ? renderTimeline : null,
  quotes: typeof renderQuotes === "function" ? renderQuotes : null,
  policy: typeof renderPolicy === "function" ? renderPolicy : null,
  presenter: typeof renderPresenter === "function" ? renderPresenter : null,
};

function render({ model, el }) {
  const view = EXPLAINER_VIEWS[model.get("view")];
  if (!view) {
    el.textContent = "This part of the page could not be shown.";
    return;
  }
  view(model.get("payload"), el);
}

export default { render };
