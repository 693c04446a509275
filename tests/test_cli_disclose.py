"""`azadkar disclose` and `azadkar credentials` through the CLI (typer CliRunner)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from click.testing import Result
from typer.testing import CliRunner

from azadkar.cli import credentials_cmd, disclose_cmd
from azadkar.cli.disclose_cmd import parse_tool_spec

runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    # A private app with just these two groups, so the tests do not depend on other modules.
    app = typer.Typer(rich_markup_mode="rich")
    disclose_cmd.register(app)
    credentials_cmd.register(app)
    return app


FLAGS = [
    "disclose",
    "--title", "Blog post",
    "--author", "Sara",
    "--ai-share", "30",
    "--tool", "chatgpt:generate:first draft",
    "--tool", "grammarly:edit/Se",
    "--review",
    "--no-input",
]  # fmt: skip


def test_registered_in_the_real_app() -> None:
    from azadkar.cli import app as real

    result = runner.invoke(real, ["disclose", "--help"])
    assert result.exit_code == 0 and "--ai-share" in result.output
    result = runner.invoke(real, ["credentials", "--help"])
    assert result.exit_code == 0
    for sub in ("dev-cert", "sign", "verify"):
        assert sub in result.output


def test_non_interactive_json(app: typer.Typer) -> None:
    result = runner.invoke(app, [*FLAGS, "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["aia"]["statement"] == "AIA Ph Se Nc Hin R ChatGPT, Grammarly v1.0"
    assert out["digital_source_type"]["code"] == "compositeWithTrainedAlgorithmicMedia"
    assert out["record"]["tools"][1]["contribution"] == "Se"
    assert "clauses" not in out


def test_text_md_and_persian(app: typer.Typer) -> None:
    text = runner.invoke(app, FLAGS)
    assert text.exit_code == 0 and "AI ATTRIBUTION STATEMENT" in text.output
    md = runner.invoke(app, [*FLAGS, "-f", "md", "--lang", "fa"])
    assert md.exit_code == 0
    assert "# افشای استفاده از هوش مصنوعی: Blog post" in md.output and "۳۰٪" in md.output


def test_clauses_output_and_html_file(app: typer.Typer, tmp_path: Path) -> None:
    html = tmp_path / "clauses.html"
    result = runner.invoke(
        app,
        [*FLAGS, "--clauses", "--platform", "upwork", "--max-ai-share", "40",
         "--clauses-html", str(html), "-f", "json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert "exceed about 40%" in out["clauses"]["markdown"]
    assert out["clauses"]["html"].startswith("<section")
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    md = runner.invoke(app, [*FLAGS, "--clauses", "--lang", "fa"])
    assert "بندهای قرارداد" in md.output


def test_interactive_prompts_fill_what_is_missing(app: typer.Typer) -> None:
    answers = "Logo for a cafe\n40\nmidjourney\ngenerate\nmood board\n\ny\n"
    result = runner.invoke(app, ["disclose", "-f", "json"], input=answers)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output[result.output.index("{") :])
    assert out["record"]["title"] == "Logo for a cafe"
    assert out["aia"]["statement"] == "AIA HAb Nc Hin R Midjourney v1.0"


def test_no_input_names_missing_flags(app: typer.Typer) -> None:
    result = runner.invoke(app, ["disclose", "--ai-share", "20", "--no-input"])
    assert result.exit_code == 2
    assert "--title" in result.output and "--tool" in result.output
    assert "--review/--no-review" in result.output


def test_invalid_record_is_a_clean_error(app: typer.Typer) -> None:
    result = runner.invoke(
        app, ["disclose", "--title", "x", "--ai-share", "0", "--tool", "chatgpt", "--no-input"]
    )
    assert result.exit_code == 2
    assert "would be untrue" in result.output
    bad_tool = runner.invoke(app, [*FLAGS, "--tool", "chatgpt:paint"])
    assert bad_tool.exit_code == 2 and "generate, edit or assist" in bad_tool.output


def test_input_and_options_files_with_flag_override(app: typer.Typer, tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    record.write_text(
        json.dumps({"title": "From JSON", "ai_share": 80, "human_review": False,
                    "tools": [{"tool": "jasper"}]}),
        encoding="utf-8",
    )  # fmt: skip
    opts = tmp_path / "opts.toml"
    opts.write_text(
        '[disclosure]\nauthor = "Ali"\n[clauses]\nplatform = "fiverr"\n', encoding="utf-8"
    )
    save = tmp_path / "report.json"
    result = runner.invoke(
        app,
        ["disclose", "--input", str(record), "--options", str(opts), "--ai-share", "50",
         "--clauses", "-f", "json", "--save", str(save)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["record"]["author"] == "Ali" and out["record"]["ai_share"] == 50
    assert out["aia"]["statement"] == "AIA HAb Nc Hin Nr Jasper v1.0"
    assert "Fiverr" in out["clauses"]["markdown"]
    assert json.loads(save.read_text(encoding="utf-8"))["aia"] == out["aia"]


def test_check_aia(app: typer.Typer) -> None:
    ok = runner.invoke(app, ["disclose", "--check-aia", "AIA PAI Ce Hin R Gemini 2.5 Pro v1.0"])
    assert ok.exit_code == 0 and "primarily AI-generated" in ok.output
    bad = runner.invoke(app, ["disclose", "--check-aia", "AIA EAI Nc Hin R v1.0", "-f", "json"])
    assert bad.exit_code == 1
    out = json.loads(bad.output)
    assert out["valid"] is False and out["rule"] == "contribution_proportion"


def test_parse_tool_spec() -> None:
    assert parse_tool_spec("midjourney") == {"tool": "midjourney"}
    assert parse_tool_spec("grammarly:edit/Se:tone: and more") == {
        "tool": "grammarly",
        "mode": "edit",
        "contribution": "Se",
        "purpose": "tone: and more",
    }
    with pytest.raises(ValueError, match="Se, Ce or Nc"):
        parse_tool_spec("x:edit/Zz")


def _dev_cert_and_signed_png(app: typer.Typer, tmp: Path) -> dict[str, Path]:
    """A TEST ONLY certificate, a small PNG and that PNG signed with a disclosure."""
    from PIL import Image

    certs = tmp / "certs"
    made = runner.invoke(app, ["credentials", "dev-cert", "--out", str(certs)])
    assert made.exit_code == 0, made.output
    assert {p.name for p in certs.iterdir()} == {"ca.pem", "cert.pem", "key.pem"}
    src = tmp / "poster.png"
    Image.new("RGB", (8, 8), (9, 9, 9)).save(src, "PNG")
    report = tmp / "report.json"
    assert runner.invoke(app, [*FLAGS, "--save", str(report)]).exit_code == 0
    signed = tmp / "poster.signed.png"
    sign = runner.invoke(
        app,
        ["credentials", "sign", str(src), "--cert", str(certs / "cert.pem"),
         "--key", str(certs / "key.pem"), "--disclosure", str(report), "--out", str(signed)],
    )  # fmt: skip
    assert sign.exit_code == 0, sign.output
    return {"src": src, "signed": signed, "ca": certs / "ca.pem", "certs": certs}


def test_credentials_cli_round_trip(app: typer.Typer, tmp_path: Path) -> None:
    made = _dev_cert_and_signed_png(app, tmp_path)
    certs, src, signed = made["certs"], made["src"], made["signed"]
    verify = runner.invoke(
        app,
        ["credentials", "verify", str(signed), "--trust", str(certs / "ca.pem"), "-f", "json"],
    )
    assert verify.exit_code == 0, verify.output
    out = json.loads(verify.output)
    assert out["valid"] is True and out["trusted"] is True
    assert out["disclosure"]["aia"].startswith("AIA Ph Se Nc Hin R")
    # Without --trust nobody vouches for the signer: exit 1, as the README says.
    text = runner.invoke(app, ["credentials", "verify", str(signed)])
    assert text.exit_code == 1 and "valid, not trusted (no --trust CA given)" in text.output
    trusted = runner.invoke(
        app, ["credentials", "verify", str(signed), "--trust", str(certs / "ca.pem")]
    )
    assert trusted.exit_code == 0 and "valid and trusted" in trusted.output
    plain = runner.invoke(app, ["credentials", "verify", str(src), "-f", "json"])
    assert plain.exit_code == 1 and json.loads(plain.output)["valid"] is False
    selfsigned = runner.invoke(
        app,
        ["credentials", "sign", str(src), "--cert", str(certs / "ca.pem"),
         "--key", str(certs / "key.pem"), "--source-type", "digitalCreation",
         "--out", str(tmp_path / "x.png")],
    )  # fmt: skip
    assert selfsigned.exit_code == 2 and "self-signed" in selfsigned.output


# --- audit fixes ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def signed_png(tmp_path_factory: pytest.TempPathFactory, app: typer.Typer) -> dict[str, Path]:
    return _dev_cert_and_signed_png(app, tmp_path_factory.mktemp("signed"))


def test_sign_without_disclosure_warns_what_it_claims(
    app: typer.Typer, signed_png: dict[str, Path], tmp_path: Path
) -> None:
    certs = signed_png["certs"]
    base = ["credentials", "sign", str(signed_png["src"]), "--cert", str(certs / "cert.pem"),
            "--key", str(certs / "key.pem")]  # fmt: skip
    out = tmp_path / "plain.png"
    # As in the README, signing works without a disclosure; C2PA needs a source type, so
    # the default is recorded and the user is told what it claims.
    r = runner.invoke(app, [*base, "--out", str(out), "-f", "json"])
    assert r.exit_code == 0, r.output
    body = json.loads(r.output.split("warning:")[0])
    assert body["digital_source_type"] == "digitalCreation"
    assert body["source_type_stated"] is False
    r = runner.invoke(app, [*base, "--out", str(out)])
    assert r.exit_code == 0
    assert "warning: no --disclosure or --source-type" in r.output
    assert (
        "without generative AI" in r.output and "--source-type trainedAlgorithmicMedia" in r.output
    )
    # stating it is recorded: a photo without AI
    r = runner.invoke(app, [*base, "--source-type", "digitalCapture", "--out", str(out)])
    assert r.exit_code == 0 and "digitalCapture" in r.output
    assert "no --disclosure or --source-type" not in r.output


def test_verify_in_persian_with_persian_comma(
    app: typer.Typer, signed_png: dict[str, Path]
) -> None:
    r = runner.invoke(app, ["credentials", "verify", str(signed_png["signed"]), "--lang", "fa"])
    assert r.exit_code == 1
    assert "معتبر، اما مورد اعتماد نیست" in r.output
    assert "اعتماد بررسی نشد" in r.output  # the reason, in Persian
    assert "حدود ۳۰٪" in r.output  # the Persian client sentence
    assert not re.search(r"[\u0600-\u06FF], ", r.output)  # no Latin comma after Persian
    r = runner.invoke(
        app,
        ["credentials", "verify", str(signed_png["signed"]), "--lang", "fa",
         "--trust", str(signed_png["ca"])],
    )  # fmt: skip
    assert r.exit_code == 0 and "معتبر و مورد اعتماد" in r.output
    r = runner.invoke(app, ["credentials", "verify", str(signed_png["src"]), "--lang", "fa"])
    assert r.exit_code == 1 and "بدون اعتبارنامهٔ محتوا" in r.output and "C2PA" in r.output


def test_clauses_html_refuses_a_pdf_name(app: typer.Typer, tmp_path: Path) -> None:
    target = tmp_path / "cl.pdf"
    r = runner.invoke(app, [*FLAGS, "--clauses-html", str(target)])
    assert r.exit_code == 2
    assert "--clauses-html" in r.output and ".pdf" in r.output and "--clauses-pdf" in r.output
    assert not target.exists()
    r = runner.invoke(app, [*FLAGS, "--clauses-pdf", str(tmp_path / "cl.html")])
    assert r.exit_code == 2 and "--clauses-pdf" in r.output and ".html" in r.output


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_clauses_pdf(app: typer.Typer, tmp_path: Path, lang: str) -> None:
    import shutil
    import subprocess

    target = tmp_path / f"clauses-{lang}.pdf"
    r = runner.invoke(app, [*FLAGS, "--clauses-pdf", str(target), "--lang", lang])
    assert r.exit_code == 0, r.output
    assert target.read_bytes().startswith(b"%PDF-")
    if not (shutil.which("pdftotext") and shutil.which("pdffonts")):
        return
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "Vazirmatn" in fonts
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext gives Persian in logical order, so the words read as written
    expected = "کاربردهای مجاز هوش مصنوعی" if lang == "fa" else "Duty to disclose AI use"
    assert expected in text


def test_misspelt_tool_suggests_the_catalogue_tool(app: typer.Typer) -> None:
    base = ["disclose", "--title", "x", "--ai-share", "30", "--review", "--no-input", "-f", "json"]
    r = runner.invoke(app, [*base, "--tool", "chatgtp"])
    assert r.exit_code == 2
    assert "did you mean 'chatgpt'" in r.output and "--keep-tool-names" in r.output
    # the user insists: a new tool is still allowed
    r = runner.invoke(app, [*base, "--tool", "chatgtp", "--keep-tool-names"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["aia"]["statement"] == "AIA Ph Nc Hin R chatgtp v1.0"
    # a name far from every catalogue tool is recorded as written, with a note
    r = runner.invoke(app, [*base, "--tool", "Sora"])
    assert r.exit_code == 0 and "not in the AI tool catalogue" in r.stderr
    assert json.loads(r.stdout)["aia"]["statement"] == "AIA Ph Nc Hin R Sora v1.0"


@pytest.mark.parametrize(
    ("typed", "name"),
    [("چت جی پی تی", "ChatGPT"), ("چت‌جی‌پی‌تی", "ChatGPT"), ("CHAT-GPT", "ChatGPT"),
     ("میدجرنی", "Midjourney"), ("گرامرلي", "Grammarly"), ("Google translate", "Google Translate")],
)  # fmt: skip
def test_tool_names_in_any_case_and_in_persian(app: typer.Typer, typed: str, name: str) -> None:
    r = runner.invoke(
        app,
        ["disclose", "--title", "x", "--ai-share", "30", "--review", "--no-input", "-f", "json",
         "--tool", typed],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    # no mode given: the tool's usual one (Grammarly edits stylistically, the others generate)
    code = "Se" if name == "Grammarly" else "Nc"
    assert out["aia"]["statement"] == f"AIA Ph {code} Hin R {name} v1.0"
    assert out["uses"][0]["tool_id"] is not None


def test_interactive_persian_tool_name_and_did_you_mean(app: typer.Typer) -> None:
    answers = "پوستر\n۳۰\nمیدجرنی\nتولید\nتصویر\ncanvaa\nبله\nedit\n\n\nبله\n"
    r = runner.invoke(app, ["disclose", "--lang", "fa", "-f", "json"], input=answers)
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout[r.stdout.index("{") :])
    assert [u["tool"] for u in out["record"]["tools"]] == ["midjourney", "canva"]
    assert "در فهرست ابزارها نیست" not in r.output.split("canvaa")[0]  # میدجرنی was known
    # the suggested name is isolated: "Canva (Magic Studio)" keeps its brackets in Persian
    assert "منظورتان \u2068Canva (Magic Studio)\u2069 (canva) است؟" in r.output


def test_check_aia_does_not_suggest_the_same_code(app: typer.Typer) -> None:
    r = runner.invoke(app, ["disclose", "--check-aia", "AIA Eh Nr v1.0"])
    assert r.exit_code == 1
    assert "did you mean 'Nr'" not in r.output
    assert "'Nr' is a review code" in r.output and "initiative" in r.output


def test_options_file_typo_names_the_file(app: typer.Typer, tmp_path: Path) -> None:
    opts = tmp_path / "opt2.toml"
    opts.write_text('[clauses]\nplatfrom = "upwork"\n', encoding="utf-8")
    r = runner.invoke(app, [*FLAGS, "--options", str(opts), "--clauses"])
    assert r.exit_code == 2
    assert "opt2.toml" in r.output and "platfrom" in r.output and "'platform'" in r.output
    opts.write_text('[disclosure]\nautor = "Ali"\n', encoding="utf-8")
    r = runner.invoke(app, [*FLAGS, "--options", str(opts)])
    assert r.exit_code == 2 and "opt2.toml" in r.output and "'author'" in r.output


def test_no_ai_disclosure_does_not_say_ai_was_prompted(app: typer.Typer) -> None:
    r = runner.invoke(
        app, ["disclose", "--title", "Hand-made logo", "--ai-share", "0", "--review", "--no-input"]
    )
    assert r.exit_code == 0
    assert "entirely human-created" in r.output
    assert "AI was prompted" not in r.output and "was reviewed and approved" not in r.output


# --- --lang fa: Persian errors (English unchanged), isolated names ------------------------

PERSIAN = re.compile("[\u0600-\u06ff]")
LRI, FSI, PDI, RLM = "\u2066", "\u2068", "\u2069", "\u200f"


def _fa_and_en(app: typer.Typer, args: list[str]) -> tuple[Result, Result]:
    return runner.invoke(app, [*args, "--lang", "fa"]), runner.invoke(app, args)


@pytest.mark.parametrize(
    ("args", "en", "fa"),
    [
        (["disclose", "--title", "x", "--ai-share", "0", "--tool", "chatgpt", "--no-input"],
         "Error: invalid disclosure record (input): record: ai_share is 0 but AI tools are "
         "listed (chatgpt)",
         f"خطا: افشانامه نامعتبر است (ورودی): {LRI}ai_share{PDI} صفر است"),
        ([*FLAGS, "--tool", "chatgpt:paint"],
         "Error: --tool 'chatgpt:paint': mode 'paint' must be generate, edit or assist",
         f"خطا: {LRI}--tool 'chatgpt:paint'{PDI}: حالت {FSI}'paint'{PDI} باید generate"),
        ([*FLAGS, "--tool", "x:edit/Zz"],
         "Error: --tool 'x:edit/Zz': contribution 'Zz' must be Se, Ce or Nc",
         "کد مشارکت"),
        ([*FLAGS, "--tool", ":edit"], "Error: --tool ':edit': the tool id is empty",
         "شناسهٔ ابزار خالی است"),
        ([*FLAGS, "--tool", "chatgtp"],
         "Error: --tool 'chatgtp' is not in the AI tool catalogue; did you mean 'chatgpt' "
         "(ChatGPT)?",
         f"در فهرست ابزارهای هوش مصنوعی نیست؛ منظورتان {FSI}'chatgpt'{PDI} (ChatGPT) است؟"),
        (["disclose", "--ai-share", "20", "--no-input"],
         "Error: missing --title, --review/--no-review, --tool (or drop --no-input to be asked)",
         f"خطا: این گزینه‌ها داده نشده‌اند: {LRI}--title{PDI}، {LRI}--review/--no-review{PDI}، "
         f"{LRI}--tool{PDI}"),
        ([*FLAGS, "--date", "soon"], "Error: --date 'soon' is not a date like 2026-11-01",
         "تاریخی به شکل"),
        # checked when the option is read, naming it (before: by the clause options)
        ([*FLAGS, "--max-ai-share", "150", "--clauses"],
         "Error: --max-ai-share must be a whole number from 0 to 100, got 150",
         f"خطا: سقف سهم هوش مصنوعی ({LRI}--max-ai-share{PDI}) باید عددی صحیح میان ۰ و ۱۰۰ "
         "باشد، نه ۱۵۰"),
        ([*FLAGS, "--service", "nope"], "Error: unknown service id 'nope'", "شناخته نشد"),
    ],
)  # fmt: skip
def test_errors_in_persian_with_lang_fa(
    app: typer.Typer, args: list[str], en: str, fa: str
) -> None:
    r_fa, r_en = _fa_and_en(app, args)
    assert r_fa.exit_code == 2 and r_en.exit_code == 2
    assert fa in r_fa.output and PERSIAN.search(r_fa.output)
    assert "Error:" not in r_fa.output
    assert r_en.output.startswith(en) and not PERSIAN.search(r_en.output)


def test_file_errors_in_persian_name_the_file(app: typer.Typer, tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    record.write_text('{"title": "x", "ai_share": 30, "human_review": true,\n "tools": [}',
                      encoding="utf-8")  # fmt: skip
    opts = tmp_path / "opt.toml"
    opts.write_text('[clauses]\nplatfrom = "upwork"\n', encoding="utf-8")
    pdf_name = tmp_path / "cl.pdf"
    cases = [
        (["--input", str(record)], f"افشانامهٔ {LRI}{record}{PDI}", "در خط ۲"),
        (["--options", str(opts)], f"فایل تنظیمات {LRI}{opts}{PDI}", "'platform'"),
        (["--clauses-html", str(pdf_name)], f"{LRI}--clauses-html{PDI} فایل HTML می‌نویسد",
         f"{LRI}--clauses-pdf '{pdf_name}'{PDI}"),
        (["--clauses-pdf", str(tmp_path / "cl.html")], f"{LRI}--clauses-pdf{PDI} فایل PDF",
         f"{LRI}.html{PDI} ختم می‌شود"),
        (["--save", str(tmp_path)], f"{LRI}--save '{tmp_path}'{PDI} یک پوشه است", "نام یک فایل"),
        (["--save", str(tmp_path / "no" / "r.json")], "ممکن نشد", "وجود ندارد"),
    ]  # fmt: skip
    for extra, where, words in cases:
        r_fa, r_en = _fa_and_en(app, [*FLAGS, *extra])
        assert r_fa.exit_code == 2 and where in r_fa.output and words in r_fa.output, r_fa.output
        assert r_en.exit_code == 2 and r_en.output.startswith("Error: ")
        assert not PERSIAN.search(r_en.output)
    assert not pdf_name.exists()


def test_check_aia_in_persian(app: typer.Typer) -> None:
    bad = "AIA Eh Nr v1.0"
    r_fa, r_en = _fa_and_en(app, ["disclose", "--check-aia", bad])
    assert r_fa.exit_code == 1 and r_fa.output.startswith("خطا: بیانیهٔ AIA")
    assert f"{LRI}'Nr'{PDI} کد بازبینی است" in r_fa.output
    assert r_en.exit_code == 1 and r_en.output.startswith(
        "Error: invalid AIA statement in 'AIA Eh Nr v1.0': an initiative (Hin and/or Ain)"
    )
    js = runner.invoke(app, ["disclose", "--check-aia", bad, "-f", "json", "--lang", "fa"])
    out = json.loads(js.output)
    assert out["rule"] == "initiative_missing" and PERSIAN.search(out["message_fa"])
    assert "message_fa" not in json.loads(
        runner.invoke(app, ["disclose", "--check-aia", bad, "-f", "json"]).output
    )
    ok = runner.invoke(app, ["disclose", "--check-aia", "AIA Ph Hin R v1.0", "--lang", "fa"])
    assert ok.exit_code == 0 and ok.output.startswith(f"معتبر: {LRI}AIA Ph Hin R v1.0{PDI}\n")


def test_credentials_errors_in_persian(
    app: typer.Typer, signed_png: dict[str, Path], tmp_path: Path
) -> None:
    certs, src = signed_png["certs"], signed_png["src"]
    selfsigned = ["credentials", "sign", str(src), "--cert", str(certs / "ca.pem"),
                  "--key", str(certs / "key.pem"), "--out", str(tmp_path / "x.png")]  # fmt: skip
    r_fa, r_en = _fa_and_en(app, selfsigned)
    assert r_fa.exit_code == 2 and "خودامضاست" in r_fa.output and "Error" not in r_fa.output
    assert r_en.exit_code == 2 and "self-signed" in r_en.output and not PERSIAN.search(r_en.output)
    r_fa, r_en = _fa_and_en(app, ["credentials", "dev-cert", "--out", str(certs)])
    assert r_fa.exit_code == 2 and "از پیش وجود دارند" in r_fa.output
    assert r_en.exit_code == 2 and "already exist" in r_en.output
    missing = tmp_path / "missing.png"
    r_fa, r_en = _fa_and_en(app, ["credentials", "verify", str(missing)])
    assert r_fa.exit_code == 2
    assert f"فایلی که باید بررسی شود {LRI}{missing}{PDI} خوانده نشد" in r_fa.output
    assert r_en.output.startswith(f"Error: cannot read file to verify {missing}")


def test_persian_sign_and_verify_output(
    app: typer.Typer, signed_png: dict[str, Path], tmp_path: Path
) -> None:
    certs = signed_png["certs"]
    out = tmp_path / "plain.png"
    r = runner.invoke(
        app,
        ["credentials", "sign", str(signed_png["src"]), "--cert", str(certs / "cert.pem"),
         "--key", str(certs / "key.pem"), "--out", str(out), "--lang", "fa"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert f"امضا شد: {LRI}{out}{PDI}" in r.output and "هشدار:" in r.output
    v = runner.invoke(app, ["credentials", "verify", str(signed_png["signed"]), "--lang", "fa"])
    first = v.output.splitlines()[0]
    assert first.startswith(f"{RLM}{LRI}{signed_png['signed']}{PDI}: معتبر")
    # reasons and actions in Persian words, not the codes (signer.testOnly, c2pa.created)
    assert "[توضیح] اعتماد بررسی نشد: " in v.output
    assert "[توضیح] با گواهی «فقط برای آزمایش»" in v.output
    assert "trust.notChecked" not in v.output and "signer.testOnly" not in v.output
    assert "ساخته شد: " in v.output and "c2pa.created" not in v.output
    en = runner.invoke(app, ["credentials", "verify", str(signed_png["signed"])])
    assert "[info] signer.testOnly: signed with a TEST ONLY" in en.output


def test_persian_clauses_html_and_pdf_from_the_cli(app: typer.Typer, tmp_path: Path) -> None:
    html_file = tmp_path / "c.html"
    r = runner.invoke(
        app,
        ["disclose", "--title", "Logo", "--author", "Reza Studio Ltd.", "--ai-share", "30",
         "--tool", "grammarly:edit", "--review", "--no-input", "--lang", "fa",
         "--governing-law", "the laws of Ontario (Canada)", "--clauses-html", str(html_file)],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    page = html_file.read_text(encoding="utf-8")
    assert (
        '<bdi dir="ltr">Grammarly\u00a0(Superhuman\u00a0(formerly\u00a0Grammarly,\u00a0Inc.))</bdi>'
        in page
    )
    assert '<bdi dir="ltr">Reza Studio Ltd.</bdi>' in page and FSI not in page


# --- bad input ----------------------------------------------------------------------------


def test_input_and_options_files_with_a_byte_order_mark(app: typer.Typer, tmp_path: Path) -> None:
    record = tmp_path / "r.json"  # as Notepad saves it: UTF-8 with a byte order mark
    record.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps({"title": "Poster", "ai_share": 0, "human_review": True}).encode()
    )
    opts = tmp_path / "o.toml"
    opts.write_bytes('\ufeff[disclosure]\nauthor = "رضا"\n'.encode())
    r = runner.invoke(app, ["disclose", "--input", str(record), "--options", str(opts),
                            "--no-input", "-f", "json"])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["record"]["author"] == "رضا"


@pytest.mark.parametrize(
    ("answers", "flags"),
    [
        ("", "--title, --ai-share, --tool, --review/--no-review"),
        ("Poster\n30\n", "--tool, --review/--no-review"),
        ("Poster\n30\nchatgpt\ngenerate\ndraft\n\n", "--review/--no-review"),
    ],
)
def test_input_that_ends_before_the_answers_is_a_usage_error(
    app: typer.Typer, answers: str, flags: str
) -> None:
    # `azadkar disclose </dev/null`, or a script whose answers run out
    r = runner.invoke(app, ["disclose"], input=answers)
    assert r.exit_code == 2, r.output
    assert "Aborted" not in r.output
    assert (
        "Error: the input ended before every question was answered; to run without questions, "
        f"pass --no-input with {flags} (or --input record.json / --options file.toml)"
    ) in r.stderr
    fa = runner.invoke(app, ["disclose", "--lang", "fa"], input=answers)
    assert fa.exit_code == 2
    assert "خطا: ورودی پیش از پاسخ به همهٔ پرسش‌ها تمام شد" in fa.stderr
    assert f"{LRI}--no-input{PDI}" in fa.stderr


def test_input_that_ends_at_a_tool_name_question(app: typer.Typer) -> None:
    r = runner.invoke(
        app, ["disclose", "--title", "x", "--ai-share", "20", "--tool", "chatgtp", "--review"],
        input="",
    )  # fmt: skip
    assert r.exit_code == 2
    assert "pass --no-input with --tool (" in r.stderr and "--keep-tool-names" in r.stderr


def test_a_cap_below_the_disclosed_share_is_not_silent(app: typer.Typer, tmp_path: Path) -> None:
    args = [*FLAGS, "--clauses", "--max-ai-share", "10"]  # FLAGS disclose 30 %
    r = runner.invoke(app, args)
    assert r.exit_code == 0
    assert (
        "warning: the clauses cap the AI-produced share at about 10% (max_ai_share), but the "
        "disclosure they come with states 30% (ai_share)"
    ) in r.stderr
    assert "warning" not in r.stdout
    fa = runner.invoke(app, [*args, "--lang", "fa", "--clauses-html", str(tmp_path / "c.html")])
    assert fa.exit_code == 0 and "هشدار: بندها سهم" in fa.stderr and "۳۰٪" in fa.stderr
    js = runner.invoke(app, [*args, "-f", "json"])
    assert json.loads(js.stdout)["clauses"] and "warning:" in js.stderr
    fine = runner.invoke(app, [*FLAGS, "--clauses", "--max-ai-share", "30"])
    assert fine.exit_code == 0 and "warning" not in fine.output


@pytest.mark.parametrize("flag", ["--title", "--author", "--client", "--reviewer", "--notes"])
def test_text_options_of_only_spaces_are_refused(app: typer.Typer, flag: str) -> None:
    field = flag.removeprefix("--")
    r_fa, r_en = _fa_and_en(app, [*FLAGS, flag, "   "])
    assert r_en.exit_code == 2
    assert f"{field}: must not be blank (it holds only spaces)" in r_en.output
    assert r_fa.exit_code == 2 and f"{LRI}{field}{PDI}: نباید خالی باشد" in r_fa.output
    assert "AI-USE DISCLOSURE" not in r_en.output


def test_a_title_of_spaces_at_the_prompt_is_asked_again(app: typer.Typer) -> None:
    r = runner.invoke(app, ["disclose", "-f", "json"], input="   \nPoster\n0\n")
    assert r.exit_code == 0, r.output
    assert r.stdout.count("Deliverable (what did you deliver?)") == 2
    assert json.loads(r.stdout[r.stdout.index("{") :])["record"]["title"] == "Poster"


def test_all_ai_with_only_an_assisting_tool_is_refused(app: typer.Typer) -> None:
    args = ["disclose", "--title", "x", "--ai-share", "100", "--tool", "chatgpt:assist",
            "--review", "--no-input"]  # fmt: skip
    r_fa, r_en = _fa_and_en(app, args)
    assert r_en.exit_code == 2 and "no tool generated material" in r_en.output
    assert "produced entirely" not in r_en.output
    assert r_fa.exit_code == 2 and "هیچ ابزاری محتوا تولید نکرده است" in r_fa.output


def _sign_args(made: dict[str, Path], src: Path, out: Path) -> list[str]:
    certs = made["certs"]
    return ["credentials", "sign", str(src), "--cert", str(certs / "cert.pem"),
            "--key", str(certs / "key.pem"), "--source-type", "digitalCreation",
            "--out", str(out)]  # fmt: skip


def test_sign_refuses_out_equal_to_the_input_or_of_another_type(
    app: typer.Typer, signed_png: dict[str, Path], tmp_path: Path
) -> None:
    src = tmp_path / "p.png"
    src.write_bytes(signed_png["src"].read_bytes())
    original = src.read_bytes()
    link = tmp_path / "link.png"
    link.symlink_to(src)
    for out in (src, link):
        r_fa, r_en = _fa_and_en(app, _sign_args(signed_png, src, out))
        assert r_en.exit_code == 2 and f"--out {out} is the file to sign ({src})" in r_en.output
        assert r_fa.exit_code == 2 and "همان فایلی است که امضا می‌شود" in r_fa.output
    assert src.read_bytes() == original
    jpg = tmp_path / "s5.jpg"
    r_fa, r_en = _fa_and_en(app, _sign_args(signed_png, src, jpg))
    assert r_en.exit_code == 2
    assert (
        f"Error: --out {jpg} ends in .jpg, but {src} is a PNG file and the signed file stays "
        "PNG; give --out a name ending in .png"
    ) in r_en.output
    assert r_fa.exit_code == 2 and f"{LRI}.jpg{PDI} ختم می‌شود" in r_fa.output
    assert not jpg.exists()


def test_verify_exit_codes_wrong_input_2_failed_check_1(
    app: typer.Typer, signed_png: dict[str, Path], tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("not an image", encoding="utf-8")
    r_fa, r_en = _fa_and_en(app, ["credentials", "verify", str(big)])
    assert r_en.exit_code == 2 and "unsupported file type .txt" in r_en.output
    assert r_fa.exit_code == 2 and "پشتیبانی نمی‌شود" in r_fa.output
    sign = runner.invoke(app, _sign_args(signed_png, big, tmp_path / "x.png"))
    assert sign.exit_code == 2  # as for sign
    # a supported file that was checked and failed stays 1
    assert runner.invoke(app, ["credentials", "verify", str(signed_png["src"])]).exit_code == 1


def test_verify_untrusted_reason_wording(
    app: typer.Typer, signed_png: dict[str, Path], tmp_path: Path
) -> None:
    other = tmp_path / "other"
    assert runner.invoke(app, ["credentials", "dev-cert", "--out", str(other)]).exit_code == 0
    ca = other / "ca.pem"
    args = ["credentials", "verify", str(signed_png["signed"]), "--trust", str(ca)]
    r_fa, r_en = _fa_and_en(app, args)
    assert r_en.exit_code == 1
    assert (
        "signingCredential.untrusted: the signer's certificate chain does not lead to a CA you "
        f"trust (signing certificate untrusted; checked against {ca})"
    ) in r_en.output
    assert "chain to the CA in" not in r_en.output
    assert r_fa.exit_code == 1
    assert (
        f"زنجیرهٔ گواهی امضاکننده به مرجعی که به آن اعتماد دارید نمی‌رسد (بررسی‌شده با {LRI}{ca}{PDI})"
    ) in r_fa.output


def test_dev_cert_out_that_is_a_file_says_so(app: typer.Typer, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x", encoding="utf-8")
    r_fa, r_en = _fa_and_en(app, ["credentials", "dev-cert", "--out", str(big)])
    assert r_en.exit_code == 2
    assert r_en.output.startswith(f"Error: {big} is a file, not a folder")
    assert "File exists" not in r_en.output
    assert r_fa.exit_code == 2 and "یک فایل است، نه پوشه" in r_fa.output


def test_docs_list_every_option_of_the_credentials_commands(app: typer.Typer) -> None:
    # docs/disclosure.md gives each command's usage on the first line of its item
    docs = Path(__file__).parents[1] / "docs" / "disclosure.md"
    lines = docs.read_text(encoding="utf-8").splitlines()
    group = typer.main.get_command(app).commands["credentials"]  # type: ignore[attr-defined]
    for name, command in group.commands.items():
        start = next(i for i, line in enumerate(lines) if line.startswith(f"- `credentials {name}"))
        usage = lines[start]
        options = [p.opts[0] for p in command.params if p.opts[0].startswith("--")]
        missing = [o for o in options if o not in usage]
        assert not missing, (name, missing, usage)


# --- --save names, invisible titles, kept tool names read back (tester's report) ----------


@pytest.mark.parametrize("name", ["rec.pdf", "rec.txt", "rec"])
def test_save_refuses_a_name_that_is_not_json(app: typer.Typer, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    r_fa, r_en = _fa_and_en(app, [*FLAGS, "--save", str(target)])
    assert r_en.exit_code == 2, r_en.output  # before: JSON written into rec.pdf, exit 0
    said = f"ends in {target.suffix}" if target.suffix else "has no extension"
    assert r_en.output.startswith(
        f"Error: --save writes the report as JSON, but {str(target)!r} {said}"
    )
    assert "use a name ending in .json" in r_en.output
    assert r_fa.exit_code == 2 and r_fa.output.startswith(f"خطا: {LRI}--save{PDI}")
    assert f"{LRI}.json{PDI} ختم شود" in r_fa.output
    assert not target.exists()
    ok = runner.invoke(app, [*FLAGS, "--save", str(tmp_path / "REC.JSON")])
    assert ok.exit_code == 0, ok.output
    assert json.loads((tmp_path / "REC.JSON").read_text("utf-8"))["record"]["title"]


def test_a_title_of_invisible_characters_is_blank(app: typer.Typer) -> None:
    invisible = "\u200c\u200f"  # ZWNJ + RLM
    r_fa, r_en = _fa_and_en(app, [*FLAGS, "--title", invisible])
    assert r_en.exit_code == 2, r_en.output  # before: accepted, "AI-USE DISCLOSURE: " + nothing
    assert "title: must not be blank (it holds nothing visible" in r_en.output
    assert r_fa.exit_code == 2 and f"{LRI}title{PDI}: نباید خالی باشد" in r_fa.output
    # at the prompt it is asked again, as a title of spaces is
    r = runner.invoke(app, ["disclose", "-f", "json"], input=f"{invisible}\nPoster\n0\n")
    assert r.exit_code == 0, r.output
    assert r.stdout.count("Deliverable (what did you deliver?)") == 2


def test_a_record_with_a_kept_tool_name_reads_back(app: typer.Typer, tmp_path: Path) -> None:
    base = ["disclose", "--title", "x", "--ai-share", "30", "--review", "--no-input"]
    saved = tmp_path / "kept.json"
    r = runner.invoke(app, [*base, "--tool", "chatgbt", "--keep-tool-names", "--save", str(saved)])
    assert r.exit_code == 0, r.output
    again = runner.invoke(app, ["disclose", "--input", str(saved), "--no-input", "-f", "json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["record"]["tools"][0]["tool"] == "chatgbt"


# --- reviewer's report: assist codes, tool names, interactive --tool form, Persian words ---


def test_an_assisting_tool_adds_no_content_code_and_the_statement_agrees(
    app: typer.Typer,
) -> None:
    # "none of their output is in the deliverable" and an Nc for that tool contradicted
    # each other; the statement named Claude next to Nc.
    r = runner.invoke(
        app,
        ["disclose", "--title", "Blog post", "--ai-share", "30",
         "--tool", "chatgpt:generate:first draft", "--tool", "grammarly:edit",
         "--tool", "claude:assist:research", "--review", "--no-input", "-f", "json"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    claude = out["uses"][2]
    assert claude["contribution"] is None and claude["digital_source_type"] is None
    assert out["aia"]["statement"] == "AIA Ph Se Nc Hin R ChatGPT, Grammarly v1.0"
    assert (
        "AI tools also assisted (Claude for research); none of their output"
        in (out["client_sentence"]["en"])
    )
    assert (
        "Claude also assisted; none of its output is in the deliverable"
        in (out["aia"]["explanation"]["en"])
    )
    text = runner.invoke(app, ["disclose", "--title", "Notes", "--ai-share", "10",
                               "--tool", "claude:assist:research", "--review", "--no-input"])  # fmt: skip
    assert "| Claude | assist | research | - | - |" in text.output
    assert "AIA Ph Hin R Claude v1.0" in text.output  # named, with no contribution code


@pytest.mark.parametrize(
    ("spec", "code"), [("generate", "Nc"), ("edit", "Se"), ("edit/Ce", "Ce"), ("generate/Se", "Se")]
)
def test_every_mode_gives_the_code_its_sentence_says(
    app: typer.Typer, spec: str, code: str
) -> None:
    r = runner.invoke(app, ["disclose", "--title", "x", "--ai-share", "20", "--tool",
                            f"grammarly:{spec}", "--review", "--no-input", "-f", "json"])  # fmt: skip
    out = json.loads(r.stdout)
    assert out["uses"][0]["contribution"] == code and out["aia"]["contributions"] == [code]


def test_an_assisting_tool_with_a_stated_code_is_refused(app: typer.Typer) -> None:
    r = runner.invoke(app, ["disclose", "--title", "x", "--ai-share", "20", "--tool",
                            "claude:assist/Nc", "--review", "--no-input"])  # fmt: skip
    assert r.exit_code == 2
    assert "tools.0.contribution: 'Nc' says the tool's output is in the deliverable" in r.output


@pytest.mark.parametrize(
    ("name", "tool_id", "shown"),
    [
        ("فتوشاپ", "adobe_photoshop", "Adobe Photoshop"),
        ("photoshop", "adobe_photoshop", "Adobe Photoshop"),
        ("پریمیر", "adobe_premiere_pro", "Adobe Premiere Pro"),
        ("کپ‌کات", "capcut", "CapCut"),
        ("دیپ‌ال", "deepl", "DeepL"),
        ("گوگل ترنسلیت", "google_translate", "Google Translate"),
        ("داوینچی", "davinci_resolve", "DaVinci Resolve"),
        ("Microsoft Copilot", "microsoft_copilot", "Microsoft Copilot"),
        ("سونو", "suno", "Suno"),
    ],
)
def test_common_tool_names_are_recognised_and_the_statement_is_latin(
    app: typer.Typer, name: str, tool_id: str, shown: str
) -> None:
    r = runner.invoke(
        app,
        ["disclose", "--title", "Poster", "--ai-share", "50", "--tool", "midjourney:generate",
         "--tool", f"{name}:edit:پاکسازی", "--review", "--no-input", "--lang", "fa",
         "-f", "json"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "در فهرست ابزارها نیست" not in r.output
    out = json.loads(r.stdout)
    assert out["record"]["tools"][1]["tool"] == tool_id
    assert out["aia"]["statement"].endswith(f" Midjourney, {shown} v1.0")
    assert out["aia"]["statement"].isascii()


def test_bare_copilot_is_asked_about_not_guessed(app: typer.Typer) -> None:
    r = runner.invoke(app, ["disclose", "--title", "x", "--ai-share", "20", "--tool",
                            "Copilot", "--review", "--no-input"])  # fmt: skip
    assert r.exit_code == 2
    assert "'github_copilot' (GitHub Copilot), 'microsoft_copilot' (Microsoft Copilot)" in r.output


def test_a_persian_name_outside_the_catalogue_is_flagged_for_the_statement(
    app: typer.Typer,
) -> None:
    r = runner.invoke(app, ["disclose", "--title", "x", "--ai-share", "20", "--tool",
                            "سورا", "--review", "--no-input", "--lang", "fa"])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "در بیانیهٔ AIA هم؛ اگر نام لاتین آن را می‌دانید" in r.output


def test_interactive_tool_prompt_reads_the_tool_option_form(app: typer.Typer) -> None:
    # tool, then: a whole --tool value (no more questions for it), a bad mode (asked
    # again), a name and Persian mode (purpose asked), the end of the list, review
    answers = "پوستر\n۳۰\nchatgpt:generate:کپشن\nchatgpt:paint\nگرامرلی:ویرایش\nلحن\n\nبله\n"
    r = runner.invoke(app, ["disclose", "--lang", "fa", "-f", "json"], input=answers)
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout[r.stdout.index("{") :])
    assert out["record"]["tools"] == [
        {"tool": "chatgpt", "mode": "generate", "purpose": "کپشن", "contribution": None,
         "model": None},
        {"tool": "grammarly", "mode": "edit", "purpose": "لحن", "contribution": None,
         "model": None},
    ]  # fmt: skip
    assert "حالت \u2068'paint'\u2069 باید generate" in r.output
    assert out["aia"]["statement"] == "AIA Ph Se Nc Hin R ChatGPT, Grammarly v1.0"


def test_persian_eu_guidance_uses_persian_digits_and_words(app: typer.Typer) -> None:
    r = runner.invoke(app, [*FLAGS, "--lang", "fa"])
    assert r.exit_code == 0, r.output
    assert "- مادهٔ ۵۰(۲) (وظیفهٔ ارائه‌دهندهٔ ابزار): " in r.output
    assert "- مادهٔ ۵۰(۴) (فعال نمی‌شود): " in r.output
    assert "50(2)" not in r.output.split("Regulation (EU)")[0]
    assert "vendor_duty" not in r.output and "not_triggered" not in r.output
    j = json.loads(runner.invoke(app, [*FLAGS, "--lang", "fa", "-f", "json"]).stdout)
    assert [(f["article"], f["status"]) for f in j["eu_ai_act"]["findings"]] == [
        ("50(2)", "vendor_duty"),
        ("50(4)", "not_triggered"),
    ]


def test_english_text_keeps_the_title_and_client_as_written(app: typer.Typer) -> None:
    r = runner.invoke(
        app,
        ["disclose", "--title", "Onboarding UX copy for Acme SaaS", "--client", "Acme SaaS",
         "--ai-share", "30", "--tool", "chatgpt", "--review", "--no-input"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    first = r.output.splitlines()[0]
    assert first == "AI-USE DISCLOSURE: Onboarding UX copy for Acme SaaS"
    assert "- Client: Acme SaaS" in r.output
    assert "\nIN PLAIN WORDS\n" in r.output  # azadkar's own headings stay in capitals


def test_interactive_copilot_offers_each_copilot_in_turn(app: typer.Typer) -> None:
    """Only GitHub Copilot was offered; saying no recorded the bare name 'copilot'."""
    answers = "Poster\n30\ncopilot:generate:captions\nn\ny\n\ny\n"
    r = runner.invoke(app, ["disclose", "-f", "json"], input=answers)
    assert r.exit_code == 0, r.output
    assert (
        "Did you mean GitHub Copilot" in r.output and "Did you mean Microsoft Copilot" in r.output
    )
    out = json.loads(r.stdout[r.stdout.index("{") :])
    assert [t["tool"] for t in out["record"]["tools"]] == ["microsoft_copilot"]


def _width(line: str) -> int:
    from azadkar.cli._common import display_width

    return display_width(line)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_on_an_80_column_terminal_paragraphs_are_wrapped_at_spaces(
    app: typer.Typer, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    # The text output had paragraphs of 240-330 columns: an 80-column terminal cut them
    # wherever the column ran out, Persian words in two («مصنوع / ی»).
    from azadkar.cli import _common

    flags = [*FLAGS, "--lang", lang, "--clauses"]
    piped = runner.invoke(app, flags)
    assert piped.exit_code == 0, piped.output
    assert max(_width(x) for x in piped.output.splitlines()) > 200  # a pipe: whole paragraphs

    monkeypatch.setattr(_common, "is_terminal", lambda stream: True)
    monkeypatch.setenv("COLUMNS", "80")
    shown = runner.invoke(app, flags)
    assert shown.exit_code == 0, shown.output
    for line in shown.output.splitlines():
        if not line.startswith("|") and " " in line.strip():
            assert _width(line) <= 80, line

    # Nothing lost or changed but the line breaks (and isolates closed/reopened there).
    def words(text: str) -> list[str]:
        return re.sub("[\u2066-\u2069\u200f]", "", text).split()

    assert words(shown.output) == words(piped.output)


def test_wrap_line_keeps_isolates_and_indents_per_line() -> None:
    from azadkar.cli._common import wrap_line

    lri, pdi, rlm = "\u2066", "\u2069", "\u200f"
    line = f"{rlm}{lri}compositeWithTrainedAlgorithmicMedia and more{pdi} " + "واژه " * 20
    out = wrap_line(line, 30)
    assert len(out) > 2
    assert out[0].endswith(pdi) and out[1].startswith(f"{rlm}{lri}")  # closed, reopened
    assert all(x.startswith(rlm) for x in out)
    assert wrap_line("- " + "word " * 30, 40)[1].startswith("  word")
    assert wrap_line("| a | b |" + " x" * 50, 20) == ["| a | b |" + " x" * 50]
    url = "<https://example.org/" + "a" * 100 + ">"
    assert url in wrap_line(f"see {url} now", 40)[1]


def test_interactive_mode_offers_the_tools_usual_mode_not_generate(app: typer.Typer) -> None:
    """Enter at "How" recorded every tool as generating: a Photoshop retouch became new
    AI-made content (AIA Nc, IPTC trainedAlgorithmicMedia), which went into the signed file."""
    answers = "Retouched portrait\n20\nphotoshop\n\nretouch\n\ny\n"
    r = runner.invoke(app, ["disclose", "--modality", "image", "-f", "json"], input=answers)
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout[r.stdout.index("{") :])
    assert out["record"]["tools"][0]["mode"] == "edit"
    assert out["aia"]["statement"] == "AIA Ph Ce Hin R Adobe Photoshop v1.0"
    assert out["uses"][0]["digital_source_type"] == "compositeWithTrainedAlgorithmicMedia"
    assert "How: generate, edit or assist [edit]:" in r.output
    # what each answer records, in words and codes, before the question
    assert "How was Adobe Photoshop used? Usually: edit (Enter records it)." in r.output
    assert "    generate  its output is in the deliverable: new AI-made content\n" in r.output
    assert "(AIA Nc, IPTC trainedAlgorithmicMedia)" in r.output
    assert "    edit      it changed work a person made: AI content edits\n" in r.output
    assert "(AIA Ce, IPTC compositeWithTrainedAlgorithmicMedia)" in r.output
    assert "(no AIA code, no IPTC term)" in r.output
    # a generator's usual mode is still generate, an adviser's assist
    for typed, mode in (("midjourney", "generate"), ("perplexity", "assist")):
        answers = f"Poster\n20\n{typed}\n\nx\n\ny\n"
        r = runner.invoke(app, ["disclose", "-f", "json"], input=answers)
        assert r.exit_code == 0, r.output
        out = json.loads(r.stdout[r.stdout.index("{") :])
        assert out["record"]["tools"][0]["mode"] == mode


def test_interactive_mode_in_persian_says_what_each_answer_records(app: typer.Typer) -> None:
    answers = "پرتره\n۲۰\nفتوشاپ\n\nروتوش\n\nبله\n"
    r = runner.invoke(app, ["disclose", "--lang", "fa", "-f", "json"], input=answers)
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout[r.stdout.index("{") :])
    assert out["record"]["tools"][0]["mode"] == "edit"
    assert "معمولاً ویرایش (\u2066edit\u2069)؛ Enter همین را ثبت می‌کند." in r.output
    assert "تولید (\u2066generate\u2069): خروجی آن در اثر است: محتوای تازهٔ ساختهٔ هوش مصنوعی" in (
        r.output
    )
    assert "کدها: \u2066AIA Ce\u2069، \u2066IPTC compositeWithTrainedAlgorithmicMedia\u2069" in (
        r.output
    )


def test_a_tool_outside_the_catalogue_gets_no_assumed_mode_at_the_prompt(
    app: typer.Typer,
) -> None:
    # Enter is not an answer for a tool azadkar does not know: the question is asked again.
    answers = "Clip\n20\nSora\n\nedit\nshots\n\ny\n"
    r = runner.invoke(app, ["disclose", "-f", "json"], input=answers)
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout[r.stdout.index("{") :])
    assert out["record"]["tools"][0] == {
        "tool": "Sora", "mode": "edit", "purpose": "shots", "contribution": None, "model": None,
    }  # fmt: skip
    assert "It is not in the catalogue, so no answer is assumed." in r.output
    assert r.output.count("How: generate, edit or assist:") == 2


@pytest.mark.parametrize(
    ("spec", "mode", "statement"),
    [
        ("photoshop", "edit", "AIA Ph Ce Hin R Adobe Photoshop v1.0"),
        ("lightroom", "edit", "AIA Ph Se Hin R Adobe Lightroom v1.0"),
        ("midjourney", "generate", "AIA Ph Nc Hin R Midjourney v1.0"),
        ("perplexity", "assist", "AIA Ph Hin R Perplexity v1.0"),
        ("photoshop:generate", "generate", "AIA Ph Nc Hin R Adobe Photoshop v1.0"),  # as given
        ("Sora", "generate", "AIA Ph Nc Hin R Sora v1.0"),  # outside: the record's default
    ],
)
def test_tool_option_without_a_mode_takes_the_catalogue_default(
    app: typer.Typer, spec: str, mode: str, statement: str
) -> None:
    r = runner.invoke(
        app,
        ["disclose", "--title", "x", "--ai-share", "20", "--review", "--no-input", "-f", "json",
         "--tool", spec],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["record"]["tools"][0]["mode"] == mode
    assert out["aia"]["statement"] == statement


def test_written_files_are_named_on_stderr_in_the_users_language(
    app: typer.Typer, tmp_path: Path
) -> None:
    """``--save``, ``--clauses-html`` and ``--clauses-pdf`` wrote their files without a
    word: after an interactive session nothing said the report had been saved, or where."""
    report, page = tmp_path / "report.json", tmp_path / "clauses.html"
    r = runner.invoke(
        app, [*FLAGS, "--save", str(report), "--clauses-html", str(page), "--format", "json"]
    )
    assert r.exit_code == 0, r.output
    json.loads(r.stdout)  # standard output is still only the JSON report
    assert f"written: {report} (--save)" in r.stderr.splitlines()
    assert f"written: {page} (--clauses-html)" in r.stderr.splitlines()
    r = runner.invoke(app, [*FLAGS, "--save", str(report), "--lang", "fa"])
    assert r.exit_code == 0, r.output
    assert f"نوشته شد: \u2066{report}\u2069 (\u2066--save\u2069)" in r.stderr.splitlines()
