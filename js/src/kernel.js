// Once every view on a Voila page has drawn, the page needs its kernel no more: all interaction
// runs here. With <meta name="explainer-release-kernel" content="after-render"> (voila.json sets
// it) the page asks the server to shut its kernel down, so an open tab holds no server memory.
export function releaseKernelWhenDrawn() {
  const meta = document.querySelector('meta[name="explainer-release-kernel"]');
  const config = document.getElementById("jupyter-config-data");
  if (meta?.content !== "after-render" || !config || window.__explainerReleased) return;
  clearTimeout(window.__explainerReleaseTimer);
  window.__explainerReleaseTimer = setTimeout(() => {
    const views = [...document.querySelectorAll(".ex-view")];
    if (!views.length || !views.every((v) => v.dataset.ready) || window.__explainerReleased) return;
    // a view drawn from the page's HTML is released only once its widget has taken it over
    if (document.querySelector("[data-explainer-view][data-mounted]:not([data-adopted])")) return;
    let settings;
    try {
      settings = JSON.parse(config.textContent);
    } catch {
      return;
    }
    if (!settings.kernelId) return;
    window.__explainerReleased = true;
    const xsrf = (document.cookie.match(/(?:^|; )_xsrf=([^;]*)/) || [])[1];
    const base = (settings.baseUrl || "/").replace(/\/?$/, "/");
    fetch(`${base}voila/api/shutdown/${settings.kernelId}`, {
      method: "POST",
      credentials: "same-origin",
      headers: xsrf ? { "X-XSRFToken": decodeURIComponent(xsrf) } : {},
    })
      .then((response) => {
        document.documentElement.dataset.kernelReleased = String(response.ok);
      })
      .catch(() => {
        document.documentElement.dataset.kernelReleased = "false";
      });
  }, 1000);
}
