/* The team's device: join a table by its code, take a role, play it from its own view. */
"use strict";
(() => {
  const {w, el} = KV;
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  let room = (params.get("room") || localStorage.getItem("kv-room") || "").toUpperCase();
  if (room && params.get("seat")) {
    // a seat the teacher assigned: keep its token, and take it out of the address bar
    localStorage.setItem("kv-seat-" + room, params.get("seat"));
    history.replaceState(null, "", location.pathname + "?room=" + encodeURIComponent(room));
  }
  let state = null, lobby = null, role = null, lastLog = -1, lastOffers = "", proposeMode = false;
  const tokenKey = (r) => "kv-seat-" + r;

  const conn = KV.connect(hello, onMessage, (s) => KV.badge($("badge"), s));

  function hello() {
    if (!room) { show("join"); return; }
    const msg = {type: "hello", room, lang: KV.lang};
    const token = localStorage.getItem(tokenKey(room));
    if (token) msg.token = token;
    conn.send(msg);
  }

  function announce(text) {
    const live = $("live");
    live.append(el("p", {text}));
    while (live.childNodes.length > 6) live.removeChild(live.firstChild);
  }

  function alertText(text) {
    const a = $("alert");
    a.textContent = text;
    a.hidden = !text;
  }

  function onMessage(m) {
    if (m.type === "error") {
      alertText(m.text);
      if (m.code === "no_room") { room = ""; localStorage.removeItem("kv-room"); show("join"); }
      if (m.code === "bad_token") localStorage.removeItem(tokenKey(room));
      return;
    }
    if (m.type === "notice") { announce(m.text); alertText(""); return; }
    if (m.type === "welcome") {
      role = m.role;
      localStorage.setItem(tokenKey(m.room), m.token);
      localStorage.setItem("kv-room", m.room);
      alertText("");
      return;
    }
    if (m.type === "replaced" || m.type === "kicked") {
      localStorage.removeItem(tokenKey(room));
      role = null; state = null;
      alertText(m.text);
      conn.stop();
      return;
    }
    if (m.type === "state") {
      if (m.role) { role = m.role; state = m; renderPlay(); }
      else { lobby = m; renderLobby(); }
    }
  }

  function show(id) {
    for (const s of ["join", "lobby", "play"]) $(s).hidden = s !== id;
    if (id === "join") renderJoin();
  }

  // -- joining -------------------------------------------------------------------------
  function renderJoin() {
    $("codelabel").textContent = w("code");
    $("codehint").textContent = w("code_hint");
    $("joinbtn").textContent = w("join");
    $("code").value = room;
  }
  $("joinform").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const code = $("code").value.trim().toUpperCase();
    if (!/^[A-Z0-9]{4,8}$/.test(code)) { alertText(w("wrong_code")); return; }
    room = code;
    localStorage.setItem("kv-room", room);
    alertText("");
    hello();
  });

  function renderLobby() {
    show("lobby");
    const box = $("lobby");
    box.replaceChildren();
    box.append(el("h2", {text: lobby.scenario + " — " + lobby.room}));
    const team = el("input", {id: "teamname", maxlength: 40, autocomplete: "off"});
    box.append(el("label", {for: "teamname", text: w("team")}), team);
    box.append(el("h3", {text: w("choose")}));
    const list = el("ul", {class: "seats"});
    for (const s of lobby.seats) {
      const busy = s.taken || s.bot;
      const state_ = s.bot ? w("bot") : (s.taken ? w("taken") : w("free"));
      list.append(el("li", {}, el("button", {
        type: "button", class: "seat", disabled: busy, "aria-disabled": busy ? "true" : null,
        on: {click: () => conn.send({type: "claim", role: s.role, team: team.value.trim()})},
      }, el("span", {text: s.label}), el("span", {class: "tag", text: state_}))));
    }
    box.append(list);
    box.append(el("button", {type: "button", class: "small", text: w("leave"), on: {click: () => {
      room = ""; localStorage.removeItem("kv-room"); show("join"); }}}));
  }

  // -- playing -------------------------------------------------------------------------
  function section(title, ...kids) {
    const id = "h-" + title.replace(/[^a-z0-9]/gi, "").toLowerCase();
    return el("section", {class: "panel", "aria-labelledby": id},
              el("h2", {id, text: title}), ...kids);
  }

  function list(items, fn) {
    if (!items || !items.length) return el("p", {class: "muted", text: w("empty")});
    const ul = el("ul", {});
    for (const x of items) ul.append(el("li", {}, fn(x)));
    return ul;
  }

  function renderPlay() {
    show("play");
    const s = state;
    announceNews(s);
    const box = $("play");
    // keep the keyboard's place: the same move if it is still there (never another move
    // that happens to sit where it was), else the same field, else the turn line
    const had = document.activeElement;
    const focusAction = had && had.dataset ? had.dataset.action : null;
    const focusId = had && !focusAction ? had.id : null;
    const inPlay = had && $("play").contains(had);
    box.replaceChildren();
    const turn = s.to_move.length ? s.to_move.map((x) => x.label).join(", ") : w("nobody");
    box.append(el("div", {class: "status"},
      el("p", {class: "me", text: w("seat", {r: s.team})}),
      s.scope ? el("p", {class: "scope", text: s.scope}) : null,
      el("p", {text: w("round", {r: s.round, n: s.rounds}) + " · " + w("phase", {p: s.phase_label})}),
      el("p", {text: w("turn", {t: turn})}),
      s.time !== null ? el("p", {class: "res", text: w("time") + ": " + s.time}) : null,
      s.energy !== null ? el("p", {class: "res", text: w("energy") + ": " + s.energy}) : null));
    if (s.paused) box.append(el("p", {class: "note", text: w("paused")}));
    if (s.over) renderEnd(box, s);
    if (s.force) box.append(section(w("force"), el("p", {class: "force " + s.force.kind},
      el("strong", {text: s.force.name}), " — " + s.force.text)));
    if (s.role === "inwoner") box.append(section(w("offers", {n: s.inwoner}),
      list(s.offers, (o) => o.label + " (" + o.by + ")"),
      el("h3", {text: w("requests")}), list(s.requests, (r) => r)));
    box.append(section(w("dossier"),
      list(s.problems, (p) => p.name + " — " + w("severity", {s: p.severity})),
      s.signals.length ? el("h3", {text: w("signals")}) : null,
      s.signals.length ? list(s.signals, (x) => x) : null,
      s.wish ? el("h3", {text: w("wish", {n: s.inwoner})}) : null,
      s.wish ? el("p", {text: s.wish}) : null));
    if (!s.over) box.append(renderHand(s));
    box.append(section(w("health"), list(s.health, (h) => h.label + ": " + h.value +
      (h.value !== h.start ? " (" + h.start + " → " + h.value + ")" : ""))));
    box.append(section(w("trust", {n: s.inwoner}), list(s.trust, (t) => t.label + ": " + t.value)));
    box.append(section(w("pots"), list(s.pots, (p) => p.label + ": " + p.value)));
    box.append(section(w("relations"), list(s.relations, (r) => r.label + ": " + r.value)));
    box.append(section(w("consent"), list(s.consent, (c) => c)));
    if (s.active_forces.length) box.append(section(w("active"),
      list(s.active_forces, (f) => f.name + (f.rounds_left ? " (" + f.rounds_left + ")" : ""))));
    box.append(section(w("arrangements"), list(s.arrangements, (a) => a.name + " — " + a.status_label)));
    box.append(section(w("connected"), list(s.seats, (x) => x.label + (x.team ? " (" + x.team + ")" : "") +
      ": " + (x.bot ? w("bot") : x.connected ? w("here") : x.taken ? w("away") : w("free")))));
    const log = el("ol", {class: "log", reversed: true});
    for (const e of s.log.slice().reverse().slice(0, 25)) log.append(el("li", {text: e.text}));
    box.append(section(w("log"), log));
    const again = focusAction ? [...box.querySelectorAll("button[data-action]")]
      .find((b) => b.dataset.action === focusAction) : (focusId ? $(focusId) : null);
    if (again) again.focus();
    else if (inPlay && box.querySelector(".turn")) box.querySelector(".turn").focus();
  }

  function announceNews(s) {
    const fresh = s.log.filter((e) => e.n > lastLog);
    if (lastLog >= 0) for (const e of fresh.slice(-5)) announce(e.text);
    if (s.log.length) lastLog = s.log[s.log.length - 1].n;
    if (s.role === "inwoner") {
      const now = JSON.stringify([s.offers.map((o) => o.id), s.requests]);
      if (lastOffers && now !== lastOffers && (s.offers.length || s.requests.length)) {
        const x = s.offers.map((o) => o.label).concat(s.requests).join(", ");
        announce(w("new_offer", {n: s.inwoner, x}));
      }
      lastOffers = now;
    }
  }

  function renderHand(s) {
    const kids = [el("p", {class: s.my_turn ? "turn yes" : "turn", tabindex: "-1",
                           text: s.my_turn ? w("your_turn") : w("wait")})];
    if (s.proposals !== null) {
      const box = el("input", {type: "checkbox", id: "propmode", checked: proposeMode,
                               on: {change: (e) => { proposeMode = e.target.checked; }}});
      kids.push(el("p", {class: "check"}, box, el("label", {for: "propmode", text: w("proposal_mode")})));
      if (s.my_proposal) kids.push(el("p", {text: w("my_proposal", {a: s.my_proposal})}));
      const names = Object.values(s.proposals);
      if (names.length) kids.push(el("p", {text: w("proposals", {x: names.join(", ")})}));
    }
    const cards = el("ul", {class: "cards"});
    let i = 0;
    const play = (action) => {
      alertText("");
      conn.send({type: proposeMode && s.proposals !== null ? "propose" : "act", action});
    };
    for (const c of s.hand.cards) {
      const li = el("li", {class: "card" + (c.legal.length ? "" : " off")});
      li.append(el("h3", {text: c.name}));
      if (c.text) li.append(el("p", {class: "cardtext", text: c.text}));
      if (c.pot && c.money) li.append(el("p", {class: "money", text: w("money", {m: c.money, p: c.pot})}));
      for (const a of c.legal) {
        const cost = a.cost !== null && a.cost !== undefined ? w(s.role === "inwoner" ? "cost_e" : "cost_t", {c: a.cost}) : "";
        const label = [a.label || w("play"), cost].filter((x) => x).join(" · ");
        li.append(el("button", {type: "button", class: "act", id: "a" + (i++),
          "data-action": a.action, "aria-label": [c.name, a.label, cost].filter((x) => x).join(", "),
          on: {click: () => play(a.action)}}, label));
      }
      if (c.reason) li.append(el("p", {class: "why"}, el("strong", {text: w("blocked") + ": "}), c.reason));
      else for (const b of c.blocked) {
        li.append(el("p", {class: "why"}, el("strong", {text: w("blocked") + ": "}),
          b.reason + (b.targets.length ? " (" + b.targets.slice(0, 6).join("; ") +
                      (b.targets.length > 6 ? "; …" : "") + ")" : "")));
      }
      cards.append(li);
    }
    kids.push(cards);
    if (s.hand.klaar) kids.push(el("button", {type: "button", class: "act klaar", id: "klaar",
      "data-action": s.hand.klaar.action, on: {click: () => play(s.hand.klaar.action)}},
      w("klaar")));

    return section(w("hand"), ...kids);
  }

  function renderEnd(box, s) {
    const ta = el("textarea", {id: "monday", maxlength: 500, rows: 6,
                             "aria-describedby": "monday-hint"});
    ta.value = s.monday || "";
    box.append(section(w("end"),
      s.ending ? el("p", {class: "ending"}, el("strong", {text: w("ending", {e: s.ending.name})}),
                    el("br"), s.ending.text) : null,
      s.debrief ? el("h3", {text: w("health_end")}) : null,
      s.debrief ? list(s.debrief.health, (h) => h.label + ": " + h.start + " → " + h.end) : null,
      s.debrief && s.debrief.questions.length ? el("h3", {text: w("questions")}) : null,
      s.debrief ? list(s.debrief.questions, (q) => el("span", {},
        q.text, q.why ? el("span", {class: "muted", text: " (" + q.why + ")"}) : null)) : null,
      s.debrief && s.debrief.unpaid && s.debrief.unpaid.length ? el("h3", {text: w("unpaid")}) : null,
      s.debrief && s.debrief.unpaid && s.debrief.unpaid.length ? list(s.debrief.unpaid, (u) => u) : null,
      s.debrief && s.debrief.followed.length ? el("h3", {text: w("followed")}) : null,
      s.debrief && s.debrief.followed.length ? list(s.debrief.followed, (f) =>
        w("followed_item", {r: f.round, a: f.action, p: f.proposed_by.join(", "), b: f.by})) : null,
      s.debrief && s.debrief.epilogue ? el("h3", {text: w("story")}) : null,
      s.debrief && s.debrief.epilogue ? el("p", {text: s.debrief.epilogue}) : null,
      el("label", {for: "monday", text: w("monday")}),
      el("p", {id: "monday-hint", class: "muted", text: w("monday_hint")}), ta,
      el("button", {type: "button", text: w("save"),
        on: {click: () => conn.send({type: "monday", text: ta.value.slice(0, 500)})}})));
  }

  function relabel() {
    $("langbtn").textContent = w("lang_short");
    $("langbtn").setAttribute("aria-label", w("lang"));
    $("langbtn").title = w("lang");
    KV.badge($("badge"), $("badge").dataset.status);
  }
  $("langbtn").addEventListener("click", () => {
    KV.setLang(KV.lang === "nl" ? "en" : "nl");
    relabel();
    if (!conn.send({type: "lang", lang: KV.lang})) hello();
    if (!$("join").hidden) renderJoin();
  });
  KV.setLang(KV.lang);
  relabel();
  if (!room) show("join");
})();
