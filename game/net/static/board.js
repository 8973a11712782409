/* The public board on the projector: only what the whole class may see. */
"use strict";
(() => {
  const {el} = KV;
  /* the words come from the language layer (game/lang), served as /words.js */
  const B = (window.KV_WORDS || {}).web_board || {nl: {}, en: {}};
  const b = (k, v) => { let s = B[KV.lang][k] || k;
    for (const x in v || {}) s = s.split("{" + x + "}").join(v[x]); return s; };
  const $ = (id) => document.getElementById(id);
  const room = (new URLSearchParams(location.search).get("room") || "").toUpperCase();
  let lastLog = -1;
  const status = (s) => { $("badge").dataset.status = s; $("badge").textContent = b(s); };
  const conn = KV.connect(() => conn.send(room ? {type: "watch", room, lang: KV.lang}
                                               : {type: "watch", lang: KV.lang}),
                          onMessage, status);

  function onMessage(m) {
    if (m.type === "index") renderIndex(m);
    else if (m.type === "state") renderTable(m);
    else if (m.type === "error") $("main").replaceChildren(el("p", {class: "big", text: m.text}));
  }

  function panel(title, ...kids) { return el("section", {class: "panel"}, el("h2", {text: title}), ...kids); }
  function rows(items, fn) {
    const ul = el("ul", {});
    for (const x of items) ul.append(el("li", {}, ...fn(x)));
    return ul;
  }
  function seatText(s) {
    return s.bot ? [b("bot"), ""] : s.connected ? [b("here"), "here"] : s.taken ? [b("away"), "away"] : [b("free"), ""];
  }

  function renderIndex(m) {
    const grid = el("div", {class: "tables"});
    for (const t of m.tables) {
      const seats = t.seats.filter((s) => s.taken).length;
      grid.append(el("section", {class: "panel"},
        el("p", {class: "code", text: t.room}),
        el("img", {src: "/qr/" + t.room + ".svg", alt: b("join") + " " + t.room}),
        el("p", {text: t.scenario + " · " + seats + "/4"}),
        el("a", {href: "/board?room=" + t.room, text: b("open")})));
    }
    $("main").replaceChildren(el("h2", {class: "big", text: b("tables")}),
      el("p", {text: location.host}), grid);
  }

  function renderTable(s) {
    document.title = "Krachtenveld — " + s.room;
    const fresh = s.log.filter((e) => e.n > lastLog);
    if (lastLog >= 0) for (const e of fresh.slice(-3)) $("live").append(el("p", {text: e.text}));
    if (s.log.length) lastLog = s.log[s.log.length - 1].n;
    const turn = s.to_move.length ? s.to_move.map((x) => x.label).join(", ") : b("nobody");
    const time = {};
    for (const t of s.times) time[t.role] = t.value;
    const colA = el("div", {},
      panel(b("join"), el("div", {class: "joinbox"},
        el("img", {src: "/qr/" + s.room + ".svg", alt: b("join") + " " + s.room}),
        el("p", {class: "code", text: s.room})), el("p", {class: "addr", text: location.host})),
      panel(s.scenario,
        el("p", {class: "big", text: b("round", {r: s.round, n: s.rounds})}),
        el("p", {class: "big", text: s.phase_label}),
        el("p", {}, b("turn") + ": ", el("strong", {text: turn})),
        s.paused ? el("p", {class: "big away", text: b("paused")}) : null,
        s.over && s.ending ? el("p", {class: "big", text: b("end") + ": " + s.ending.name}) : null));
    const colB = el("div", {},
      panel(b("who"), el("ul", {class: "teams"}, ...s.seats.map((x) => {
        const [t, cls] = seatText(x);
        const bits = [x.team ? x.label : null,
                      time[x.role] !== undefined ? b("time").toLowerCase() + " " + time[x.role] : null];
        return el("li", {}, el("strong", {text: x.team || x.label}),
          el("span", {class: "sub"}, bits.filter((y) => y).join(" · ") + (bits.some((y) => y) ? " · " : ""),
             el("span", {class: cls, text: t})));
      }))),
      panel(b("consent"), s.consent.length ? rows(s.consent, (c) => [el("span", {text: c})])
                                           : el("p", {text: b("none")})));
    const colC = el("div", {},
      s.force ? panel(b("force"), el("p", {class: "force " + s.force.kind},
        el("strong", {text: s.force.name}))) : null,
      panel(b("pots"), rows(s.pots, (p) => [el("span", {text: p.label.split(" ")[0]}),
                                             el("strong", {text: String(p.value)})])),
      panel(b("relations"), rows(s.relations, (r) => [el("span", {text: r.short}),
                                                      el("strong", {text: String(r.value)})])),
      panel(b("health"), s.health.length ? rows(s.health, (h) => [el("span", {text: h.label}),
                                             el("strong", {text: String(h.value)})])
                                         : el("p", {text: b("hidden")})));
    const log = el("ol", {class: "blog", reversed: true});
    for (const e of s.log.slice().reverse().slice(0, 6)) log.append(el("li", {text: e.text}));
    const colD = el("div", {},
      s.revealed ? panel(b("revealed"), rows(s.revealed, (p) => [el("span", {text: p.name}),
                                                               el("strong", {text: String(p.severity)})])) : null,
      s.active_forces.length ? panel(b("active"), rows(s.active_forces, (f) => [
        el("span", {text: f.name}), el("span", {text: f.rounds_left ? String(f.rounds_left) : ""})])) : null,
      panel(b("log"), log));
    $("main").replaceChildren(el("div", {class: "bgrid"}, colA, colB, colC, colD));
  }

  $("langbtn").addEventListener("click", () => {
    KV.setLang(KV.lang === "nl" ? "en" : "nl");
    $("langbtn").textContent = b("lang");
    status($("badge").dataset.status);
    conn.send({type: "lang", lang: KV.lang});
  });
  KV.setLang(KV.lang);
  $("langbtn").textContent = b("lang");
})();
