"""The title screen: start, continue the last game, Nederlands/English, glossary, quit."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.table import last_save, save_summary
from game.ui.scene import Scene
from game.ui.style import C, draw_text, draw_wrapped, line_step, wrap
from game.ui.widgets.cards import draw_force_card


class TitleScene(Scene):
    name = "title"

    def __init__(self, app: object, message: str | None = None) -> None:
        super().__init__(app)  # type: ignore[arg-type]
        self.message = message
        self.save: Path | None = None
        self.save_text: str | None = None

    def build(self) -> None:
        st = self.st
        self.save = last_save()
        self.save_text = None
        if self.save is not None:
            try:
                casus, n = save_summary(self.save)
                self.save_text = self.t("continue_what", casus=casus.capitalize(), n=n)
            except Exception:  # noqa: BLE001 - an unreadable save just is not offered
                self.save = None
        x, w, h, gap = 660, 600, 84, 22
        y = 430
        self.button("start", st.R(x, y, w, h), self.t("start"), self.start, cls="@primary")
        y += h + gap
        self.button("continue", st.R(x, y, w, h), self.t("continue"), self.cont,
                    tip=self.save_text or self.t("continue_none"), enabled=self.save is not None)
        y += h + gap + 40  # room for the line about the last game
        self.button("lang", st.R(x, y, w // 2 - 10, h), self.t("language"), self.switch_lang,
                    tip=self.t("language_tip"))
        self.button("glossary", st.R(x + w // 2 + 10, y, w // 2 - 10, h), self.t("glossary"),
                    lambda: self.app.open_overlay("glossary"))
        y += h + gap
        # the classroom preset (issue 12): larger type on the board, kept for next time
        on = getattr(self.app, "classroom", False)
        self.button("classroom", st.R(x, y, w - 230, h),
                    self.t("classroom_on" if on else "classroom_off"), self.toggle_classroom,
                    tip=self.t("classroom_tip"), cls="@chosen" if on else None)
        self.button("quit", st.R(x + w - 210, y, 210, h), self.t("quit"), self.quit)

    def start(self) -> None:
        from game.ui.scenes.setup import SetupScene

        self.app.push(SetupScene(self.app, **self.app.setup_defaults))  # type: ignore[arg-type]

    def cont(self) -> None:
        if self.save is None:
            return
        err = self.app.continue_game(self.save)
        if err:
            self.message = self.t("load_failed", why=err)

    def switch_lang(self) -> None:
        self.app.set_lang("en" if self.lang == "nl" else "nl")

    def toggle_classroom(self) -> None:
        self.app.set_classroom(not self.app.classroom)
        self.focus_key = "classroom"

    def quit(self) -> None:
        self.app.running = False

    def draw_back(self, surface: pygame.Surface) -> None:
        st = self.st
        # a fan of force cards on the table, left and right
        for i, (kind, which) in enumerate((("belemmerend", "blocking"),
                                           ("bevorderend", "enabling"))):
            r = st.R(110 + i * 1390, 360, 320, 430)
            draw_force_card(surface, st, r, kind, self.t(f"title_card_{which}"),
                            self.t(f"title_card_{which}_text"), self.t(which))
        draw_text(surface, "Krachtenveld", st.font("title", bold=True), C("ink"),
                  st.R(960, 150, 0, 0).topleft, "center")
        # the tagline centred under the title, on one or two lines
        f_tag = st.font("h3")
        step = line_step(f_tag)
        for i, line in enumerate(wrap(self.t("tagline"), f_tag, st.px(880))[:2]):
            draw_text(surface, line, f_tag, C("ink_soft"),
                      (st.R(960, 0, 0, 0).x, st.R(0, 250, 0, 0).y + i * step), "center")
        if self.save_text:
            draw_text(surface, self.save_text, st.font("small"), C("ink_soft"),
                      st.R(960, 655, 0, 0).topleft, "center")
        if self.message:
            draw_wrapped(surface, self.message, st.font("body", bold=True), C("bad"),
                         st.R(460, 900, 1000, 90))
        draw_text(surface, self.t("keys_title"), st.font("small"), C("ink_soft"),
                  st.R(960, 1040, 0, 0).topleft, "center")
