"""A simple portrait per casus, drawn with shapes (no image files, so no licence to track).

Age sets the hair (grey when older); the casus file's ``portrait`` (skin, hair and clothes
colours from the lists below, long hair, a beard) sets the look, and a casus without one gets
a look picked from its id, so every inwoner always looks the same.
"""

from __future__ import annotations

import hashlib

import pygame

from game.engine.defs import Portrait
from game.ui.style import C

SKIN = ("#F1C9A5", "#E0AC84", "#C68863", "#8D5A3B", "#F5D6BA")
HAIR = ("#3B2A20", "#6B4423", "#1F1A17", "#A0522D", "#D8B26E")
CLOTHES = ("#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#E69F00")


def draw_portrait(surface: pygame.Surface, rect: pygame.Rect, casus_id: str, age: int,
                  look: Portrait | None = None) -> None:
    if look is None:
        h = hashlib.sha256(casus_id.encode()).digest()
        look = Portrait(skin=h[0] % len(SKIN), hair=h[1] % len(HAIR),
                        clothes=h[2] % len(CLOTHES), long_hair=h[3] % 2 == 0,
                        beard=h[4] % 3 == 0)
    skin_i, hair_i, cloth_i = look.skin, look.hair, look.clothes
    long_hair, beard = look.long_hair, look.beard
    skin = pygame.Color(SKIN[skin_i])
    hair = pygame.Color(HAIR[hair_i])
    if age >= 70:
        hair = pygame.Color("#D9D6D0")
    elif age >= 50:
        hair = hair.lerp(pygame.Color("#BDB8B0"), 0.5)
    clothes = pygame.Color(CLOTHES[cloth_i])
    bg = pygame.Color("#F3E3C3")
    radius = max(4, rect.w // 10)
    pygame.draw.rect(surface, bg, rect, border_radius=radius)
    clip = surface.get_clip()
    surface.set_clip(rect)
    cx = rect.centerx
    u = rect.w / 100
    # shoulders
    body = pygame.Rect(0, 0, 84 * u, 60 * u)
    body.midtop = (cx, rect.y + 70 * u)
    pygame.draw.ellipse(surface, clothes, body)
    neck = pygame.Rect(0, 0, 16 * u, 14 * u)
    neck.midtop = (cx, rect.y + 60 * u)
    pygame.draw.rect(surface, skin.lerp(pygame.Color("#000000"), 0.1), neck)
    # hair behind the head
    if long_hair:
        back = pygame.Rect(0, 0, 54 * u, 56 * u)
        back.midtop = (cx, rect.y + 16 * u)
        pygame.draw.ellipse(surface, hair, back)
    head = pygame.Rect(0, 0, 44 * u, 52 * u)
    head.midtop = (cx, rect.y + 18 * u)
    pygame.draw.ellipse(surface, skin, head)
    # hair on top
    top = pygame.Rect(0, 0, 48 * u, 26 * u)
    top.midtop = (cx, rect.y + 14 * u)
    pygame.draw.ellipse(surface, hair, top)
    if age >= 70 and long_hair:
        bun = pygame.Rect(0, 0, 20 * u, 16 * u)
        bun.midbottom = (cx, rect.y + 18 * u)
        pygame.draw.ellipse(surface, hair, bun)
    pygame.draw.ellipse(surface, skin, head.inflate(-6 * u, -6 * u).move(0, 8 * u))
    if beard:
        chin = pygame.Rect(0, 0, 36 * u, 22 * u)
        chin.midbottom = (cx, head.bottom + 2 * u)
        pygame.draw.ellipse(surface, hair.lerp(skin, 0.25), chin)
        pygame.draw.ellipse(surface, skin, pygame.Rect(cx - 8 * u, head.bottom - 16 * u, 16 * u, 7 * u))
    eye_y = head.y + 27 * u
    ink = C("ink")
    for dx in (-9, 9):
        pygame.draw.circle(surface, ink, (cx + dx * u, eye_y), max(2, 2.2 * u))
    if age >= 60:
        for dx in (-9, 9):
            pygame.draw.circle(surface, ink, (cx + dx * u, eye_y), 6 * u, max(1, int(1.4 * u)))
        pygame.draw.line(surface, ink, (cx - 3 * u, eye_y), (cx + 3 * u, eye_y), max(1, int(1.4 * u)))
    mouth = pygame.Rect(0, 0, 14 * u, 7 * u)
    mouth.center = (cx, head.y + 41 * u)
    pygame.draw.arc(surface, ink, mouth, 3.5, 5.9, max(1, int(1.6 * u)))
    surface.set_clip(clip)
    pygame.draw.rect(surface, C("panel_edge"), rect, max(1, int(2 * u)), border_radius=radius)
