// Keeping the projector's slides and the presenter view's window in step, both ways: a
// BroadcastChannel between the two windows of one page (same origin, no server, no other host),
// or, in a browser without one, the `storage` event of a key both windows write.

// `onMessage(message)` gets each message another window of this page sent; returns `send`.
export function presenterChannel(onMessage, scope = window) {
  const name = `explainer-presenter:${scope.location.pathname}`;
  const me = Math.random().toString(36).slice(2);
  let count = 0;
  const receive = (message) => {
    if (message && message.from !== me) onMessage(message);
  };
  if (typeof scope.BroadcastChannel === "function") {
    const channel = new scope.BroadcastChannel(name);
    channel.onmessage = (event) => receive(event.data);
    return (message) => channel.postMessage({ ...message, from: me });
  }
  scope.addEventListener("storage", (event) => {
    if (event.key !== name || !event.newValue) return;
    try {
      receive(JSON.parse(event.newValue));
    } catch {
      /* another script's value: not ours */
    }
  });
  return (message) => {
    count += 1; // a new value each time, so the same slide sent twice still fires the event
    try {
      scope.localStorage.setItem(name, JSON.stringify({ ...message, from: me, count }));
    } catch {
      /* storage blocked: each window still works alone */
    }
  };
}
