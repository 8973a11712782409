/* Krachtenveld classroom client: the connection (with rejoin) and the page's own words.
   Everything the game says comes from the host, already in the chosen language. */
"use strict";

const KV = (() => {
  const WORDS = {
    nl: {
      title: "Krachtenveld", online: "Verbonden", offline: "Geen verbinding — opnieuw verbinden…",
      connecting: "Verbinden…", lang: "English", join: "Meedoen", code: "Code van je tafel",
      code_hint: "Vier tekens, op het scherm van de docent.", team: "Naam van je team (mag leeg)",
      choose: "Kies je rol", taken: "bezet", free: "vrij", bot: "computer", away: "weg",
      here: "aanwezig", round: "Ronde {r} van {n}", phase: "Fase: {p}", turn: "Aan de beurt: {t}",
      nobody: "niemand", your_turn: "Jij bent aan de beurt.", wait: "Wacht op de andere teams.",
      time: "Tijd over", energy: "Energie over", hand: "Jouw kaarten", play: "Speel",
      blocked: "Kan nu niet", cost: "kost {c}", money: "{m} uit {p}", dossier: "Jouw dossier",
      empty: "Nog niets.", severity: "ernst {s}", signals: "Wat je zag", wish: "Wens van {n}",
      health: "Gezondheid (wat jij ziet)", pots: "Potjes", relations: "Relaties",
      trust: "Vertrouwen van {n}", offers: "Aanbod voor {n}", requests: "Vragen om toestemming",
      consent: "Toestemming", force: "Krachtkaart", active: "Actieve krachten",
      log: "Wat er gebeurde", end: "Het spel is afgelopen", monday: "Wat doe je maandag anders?",
      save: "Bewaar mijn antwoord", paused: "Pauze: de docent heeft het spel stilgezet.",
      propose: "Als voorstel", proposal_mode: "Eerst een voorstel doen (niet spelen)",
      my_proposal: "Jouw voorstel: {a}", proposals: "Voorstellen van: {x}",
      new_offer: "Nieuw voor {n}: {x}", arrangements: "Afspraken", network: "Netwerk",
      leave: "Andere tafel", seat: "Jij speelt: {r}", choice: "Keuze", none: "geen",
      times: "Tijd van de professionals", connected: "Wie is er?",
      replaced: "Je team speelt nu op een ander apparaat.", ending: "Einde: {e}",
      wrong_code: "Typ de vier tekens van het scherm.",
    },
    en: {
      title: "Krachtenveld", online: "Connected", offline: "No connection — reconnecting…",
      connecting: "Connecting…", lang: "Nederlands", join: "Join", code: "Your table's code",
      code_hint: "Four characters, on the teacher's screen.", team: "Your team's name (optional)",
      choose: "Choose your role", taken: "taken", free: "free", bot: "computer", away: "away",
      here: "here", round: "Round {r} of {n}", phase: "Phase: {p}", turn: "Turn: {t}",
      nobody: "nobody", your_turn: "It is your turn.", wait: "Waiting for the other teams.",
      time: "Time left", energy: "Energy left", hand: "Your cards", play: "Play",
      blocked: "Not possible now", cost: "costs {c}", money: "{m} from {p}", dossier: "Your dossier",
      empty: "Nothing yet.", severity: "severity {s}", signals: "What you noticed",
      wish: "{n}'s wish", health: "Health (what you see)", pots: "Budgets",
      relations: "Relations", trust: "{n}'s trust", offers: "Offers for {n}",
      requests: "Consent requests", consent: "Consent", force: "Force card",
      active: "Active forces", log: "What happened", end: "The game is over",
      monday: "What will you do differently on Monday?", save: "Save my answer",
      paused: "Paused: the teacher has stopped the game.", propose: "As a proposal",
      proposal_mode: "Make a proposal first (do not play)", my_proposal: "Your proposal: {a}",
      proposals: "Proposals from: {x}", new_offer: "New for {n}: {x}",
      arrangements: "Arrangements", network: "Network", leave: "Other table",
      seat: "You play: {r}", choice: "Choice", none: "none", times: "The professionals' time",
      connected: "Who is here?", replaced: "Your team now plays on another device.",
      ending: "Ending: {e}", wrong_code: "Type the four characters from the screen.",
    },
  };
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
