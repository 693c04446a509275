"""Terminal bullets and indented lines wrap under their own text (a hanging indent)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from azadkar.exposure import assess, make_profile
from azadkar.plan import plan
from azadkar.projection import project
from azadkar.report.plan_strings import s
from azadkar.report.plan_view import render_outlook
from azadkar.report.terminal import hang, render_assessment
from azadkar.text import understand_profile


def _lines(render, width: int = 60) -> list[str]:
    buf = io.StringIO()
    render(Console(file=buf, width=width, color_system=None))
    return [line.rstrip() for line in buf.getvalue().splitlines()]


def test_hang_puts_wrapped_lines_under_the_text() -> None:
    lines = _lines(lambda c: c.print(hang("  • ", "word " * 30)), width=40)
    assert lines[0].startswith("  • word")
    assert len(lines) > 2
    assert all(line.startswith("    word") for line in lines[1:])
    assert all(len(line) <= 40 for line in lines)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_plan_bullets_and_role_lines_keep_their_indent(lang: str) -> None:
    a = assess(make_profile(["copywriting:50", "blog_content:50"], rate=30))
    p, pl = project(a), plan(a)
    lines = _lines(lambda c: render_outlook(p, pl, lang, console=c))

    def block(head: str, stop: str) -> list[str]:
        i = next(n for n, line in enumerate(lines) if line.startswith(s(head, lang)))
        j = next(n for n, line in enumerate(lines) if n > i and s(stop, lang)[:12] in line)
        return lines[i + 1 : j]

    roles = block("roles", "human_skills")
    lists = block("human_skills", "pricing_section") + block("params_section", "assumptions_where")
    # Before, wrapped words went back to column 0 under the bullet or the role number.
    assert all(line.startswith(("   ", "1. ", "2. ", "3. ", "۱. ", "۲. ", "۳. ")) for line in roles)
    assert all(line.startswith(("• ", "  ")) for line in lists), lists
    assert sum(line.startswith("  ") for line in lists) > 3  # some lines did wrap


def test_understood_services_wrap_under_their_bullet() -> None:
    text = "I write website copy and blog posts, plus some email newsletters and SEO articles"
    c, pairs = understand_profile(text)
    a = assess(make_profile([(sid, share * 100) for sid, share in pairs]), understood=c)
    lines = _lines(lambda con: render_assessment(a, "en", console=con), width=50)
    head = lines.index("What azadkar understood:")
    block = []
    for line in lines[head + 1 :]:
        if not line.startswith("  "):
            break
        block.append(line)
    assert any(line.startswith("  • ") for line in block)
    assert any(line.startswith("    ") for line in block), block  # a wrapped bullet
    assert len(block) >= 5


def test_a_persian_list_item_after_its_direction_mark_hangs_under_its_text() -> None:
    """A Persian item starts with a right-to-left mark, then its bullet: the bullet was not
    seen behind the mark, so continued lines went back under the bullet."""
    from azadkar.cli._common import wrap_line

    rlm = "\u200f"
    out = wrap_line(f"  {rlm}- " + "این جمله‌ای بلند است که شکسته می‌شود " * 3, 40)
    assert len(out) > 2
    assert all(line.startswith(f"    {rlm}") for line in out[1:]), out
