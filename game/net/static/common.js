/* Krachtenveld classroom client: the connection (with rejoin) and the page's own words.
   Everything the game says comes from the host, already in the chosen language. */
"use strict";

const KV = (() => {
  /* the words come from the language layer (game/lang), served as /words.js */
  const WORDS = (window.KV_WORDS || {}).web || {nl: {}, en: {}};
  let lang = localStorage.getItem("kv-lang") || document.documentElement.lang || "nl";
  if (!WORDS[lang]) lang = "nl";

  function w(key, vars) {
    let s = (WORDS[lang] && WORDS[lang][key]) || key;
    for (const k in vars || {}) s = s.split("{" + k + "}").join(String(vars[k]));
    return s;
  }

  /* el("li", {class: "x", text: "…"}, child, …): a small DOM builder (text, never HTML) */
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) {
      const v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") e.textContent = v;
      else if (k === "on") for (const ev in v) e.addEventListener(ev, v[ev]);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of kids) if (c !== null && c !== undefined && c !== false)
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  /* A WebSocket that comes back by itself after sleep, a closed lid or a Wi-Fi switch. */
  function connect(onOpen, onMessage, onStatus) {
    let ws = null, delay = 500, timer = null;
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws";
    function open() {
      clearTimeout(timer);
      if (ws && (ws.readyState === 0 || ws.readyState === 1)) return;
      onStatus("connecting");
      ws = new WebSocket(url);
      ws.onopen = () => { delay = 500; onStatus("online"); onOpen(); };
      ws.onmessage = (ev) => { try { onMessage(JSON.parse(ev.data)); } catch (e) { /* skip */ } };
      ws.onclose = () => { onStatus("offline"); timer = setTimeout(open, delay);
                           delay = Math.min(delay * 2, 5000); };
      ws.onerror = () => { try { ws.close(); } catch (e) { /* closed */ } };
    }
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") open();
    });
    window.addEventListener("online", open);
    setInterval(() => send({type: "ping"}), 25000);
    function send(obj) {
      if (ws && ws.readyState === 1) { ws.send(JSON.stringify(obj)); return true; }
      return false;
    }
    open();
    return {send, stop: () => { clearTimeout(timer); if (ws) { ws.onclose = null; ws.close(); } },
            reopen: open};
  }

  function badge(node, status) {
    node.dataset.status = status;
    node.textContent = w(status);
  }

  return {
    w, el, connect, badge,
    get lang() { return lang; },
    setLang(l) { lang = l; localStorage.setItem("kv-lang", l); document.documentElement.lang = l; },
  };
})();
