/* The teacher's console: every table, its controls, and a live comparison of the class. */
"use strict";
(() => {
  const {el} = KV;
  /* the words come from the language layer (game/lang), served as /words.js */
  const C = (window.KV_WORDS || {}).web_console || {nl: {}, en: {}};
  const c = (k, v) => { let s = C[KV.lang][k] || k;
    for (const x in v || {}) s = s.split("{" + x + "}").join(v[x]); return s; };
  const $ = (id) => document.getElementById(id);
  const key = location.hash.slice(1);
  const status = (s) => { $("badge").dataset.status = s; $("badge").textContent = c(s); };
  const conn = KV.connect(() => { if (key) conn.send({type: "console", key, lang: KV.lang}); },
                          onMessage, status);
  if (!key) { $("alert").textContent = c("nokey"); $("alert").hidden = false; }

  const watAls = {};  // room -> the last "wat als?" answer (kept across re-renders)
  const forms = {};  // room -> what the teacher chose (kept across re-renders)
  let last = null;
  function onMessage(m) {
    if (m.type === "error") { $("alert").textContent = m.text; $("alert").hidden = false; return; }
    if (m.type === "wat_als") { watAls[m.room] = m.text; if (last) render(last); return; }
    if (m.type === "console") { last = m; render(m); }
  }
  function watAlsRow(t) {
    const f = forms[t.room] = forms[t.room] || {kind: "force_on", at: "3", what: "", bots: false};
    const keep = () => { f.kind = kind.value; f.at = at.value; f.what = what.value; f.bots = bots.checked; };
    const kind = el("select", {id: "wk-" + t.room, "aria-label": c("wa_kind"), on: {change: keep}});
    for (const k of ["force_on", "force_off", "model", "answer", "move"])
      kind.append(el("option", {value: k, text: c(k), selected: k === f.kind}));
    const at = el("input", {id: "wa-" + t.room, type: "number", min: "1", value: f.at,
                            "aria-label": c("wa_at"), on: {input: keep}});
    const what = el("input", {id: "ww-" + t.room, type: "text", list: "wf-" + t.room, value: f.what,
                              "aria-label": c("wa_what"), on: {input: keep}});
    const list = el("datalist", {id: "wf-" + t.room});
    for (const x of t.forces) list.append(el("option", {value: x.id, text: x.name}));
    const bots = el("input", {id: "wb-" + t.room, type: "checkbox", checked: f.bots,
                              "aria-label": c("wa_bots"), on: {change: keep}});
    const ask = btn(c("watals"), () => {
      watAls[t.room] = c("wa_busy");
      const msg = {type: "wat_als", room: t.room, kind: kind.value, at: String(at.value || "1"),
                   bots: bots.checked ? "ja" : "nee"};
      if (what.value.trim()) msg.what = what.value.trim();
      conn.send(msg);
      render(last);
    });
    const out = el("pre", {class: "watals", text: watAls[t.room] || ""});
    return el("div", {class: "watals"}, el("h3", {text: c("watals")}),
              el("div", {class: "row"}, kind, at, what, list,
                 el("label", {}, bots, " " + c("wa_bots")), ask), out);
  }
  const send = (room, what, extra) => conn.send(Object.assign({type: "control", room, do: what}, extra || {}));
  const btn = (text, fn) => el("button", {type: "button", on: {click: fn}}, text);

  function render(m) {
    const focusId = document.activeElement && document.activeElement.id;
    const main = $("main");
    main.replaceChildren();
    const table = el("table", {class: "overview"});
    table.append(el("tr", {}, ...["", "model_h", "round_h", "ending", "gain", "crises", "gp", "wrong"]
      .map((k) => el("th", {scope: "col", text: k ? c(k) : ""}))));
    for (const t of m.tables) table.append(el("tr", {}, el("th", {scope: "row", text: t.room}),
      el("td", {text: t.model}), el("td", {text: t.round + "/" + t.rounds}),
      el("td", {text: t.ending || c("none")}),
      el("td", {text: (t.health_gain > 0 ? "+" : "") + t.health_gain}),
      el("td", {text: String(t.counters.crises || 0)}),
      el("td", {text: String(t.counters.gp_visits || 0)}),
      el("td", {text: String(t.wrong_pocket)})));
    main.append(el("section", {class: "panel"}, el("h2", {text: c("overview")}),
                   el("div", {class: "scroll", tabindex: "0", "aria-label": c("overview")}, table)));
    for (const t of m.tables) {
      const sec = el("section", {class: "panel ctable"});
      sec.append(el("h2", {text: t.room + " — " + t.scenario}));
      sec.append(el("p", {text: c("round", {r: t.round, n: t.rounds}) + " · " + c("phase", {p: t.phase_label}) +
                          " · " + c("turn", {t: t.to_move.join(", ") || "—"})}));
      const row = el("div", {class: "row"},
        btn(t.paused ? c("resume") : c("pause"), () => send(t.room, t.paused ? "resume" : "pause")),
        btn(t.revealed ? c("hide") : c("reveal"), () => send(t.room, t.revealed ? "hide" : "reveal")),
        btn(c("proposals"), () => send(t.room, "proposals")),
        btn(c("end"), () => { if (confirm(c("sure", {c: t.room}))) send(t.room, "end"); }),
        el("a", {href: "/board?room=" + t.room, target: "_blank", text: c("board")}));
      sec.append(row);
      const sel = el("select", {id: "f-" + t.room, "aria-label": c("inject")});
      for (const f of t.forces) sel.append(el("option", {value: f.id, text: f.name}));
      sec.append(el("div", {class: "row"}, sel, btn(c("inject"), () => send(t.room, "inject", {force: sel.value}))));
      const ul = el("ul", {});
      for (const s of t.seats) {
        const st = s.bot ? c("botw") : s.connected ? c("here") : s.taken ? c("away") : c("free");
        ul.append(el("li", {}, (s.team ? s.team + " — " : "") + s.label + ": " + st + " ",
          s.taken ? btn(c("kick"), () => send(t.room, "kick", {role: s.role}))
                  : btn(c("assign"), () => send(t.room, "assign", {role: s.role})),
          s.taken && !s.bot ? btn(c("other_device"), () => send(t.room, "move", {role: s.role})) : null,
          s.link && !s.connected ? el("input", {readonly: true, value: s.link, class: "link",
                                                "aria-label": c("link") + " " + s.label}) : null,
          btn(s.bot ? c("human") : c("bot"), () => send(t.room, s.bot ? "human" : "bot", {role: s.role}))));
      }
      sec.append(ul);
      sec.append(el("p", {text: t.health.map((h) => h.label + " " + h.value).join(" · ")}));
      if (t.over) sec.append(watAlsRow(t));
      main.append(sec);
    }
    if (focusId && $(focusId)) $(focusId).focus();
  }
  $("langbtn").addEventListener("click", () => {
    KV.setLang(KV.lang === "nl" ? "en" : "nl");
    $("langbtn").textContent = c("lang");
    status($("badge").dataset.status);
    conn.send({type: "lang", lang: KV.lang});
  });
  KV.setLang(KV.lang);
  $("langbtn").textContent = c("lang");
})();
