"""`azadkar disclose` and `azadkar credentials` through the CLI (typer CliRunner)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import typer
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
    out = json.loads(result.output)
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
    out = json.loads(result.output)
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


def test_credentials_cli_round_trip(app: typer.Typer, tmp_path: Path) -> None:
    from PIL import Image

    certs = tmp_path / "certs"
    made = runner.invoke(app, ["credentials", "dev-cert", "--out", str(certs)])
    assert made.exit_code == 0, made.output
    assert {p.name for p in certs.iterdir()} == {"ca.pem", "cert.pem", "key.pem"}
    src = tmp_path / "poster.png"
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (9, 9, 9)).save(buf, "PNG")
    src.write_bytes(buf.getvalue())
    report = tmp_path / "report.json"
    assert runner.invoke(app, [*FLAGS, "--save", str(report)]).exit_code == 0
    signed = tmp_path / "poster.signed.png"
    sign = runner.invoke(
        app,
        ["credentials", "sign", str(src), "--cert", str(certs / "cert.pem"),
         "--key", str(certs / "key.pem"), "--disclosure", str(report), "--out", str(signed)],
    )  # fmt: skip
    assert sign.exit_code == 0, sign.output
    verify = runner.invoke(
        app,
        ["credentials", "verify", str(signed), "--trust", str(certs / "ca.pem"), "-f", "json"],
    )
    assert verify.exit_code == 0, verify.output
    out = json.loads(verify.output)
    assert out["valid"] is True and out["trusted"] is True
    assert out["disclosure"]["aia"].startswith("AIA Ph Se Nc Hin R")
    text = runner.invoke(app, ["credentials", "verify", str(signed)])
    assert text.exit_code == 0 and "valid, not trusted (no --trust CA given)" in text.output
    plain = runner.invoke(app, ["credentials", "verify", str(src), "-f", "json"])
    assert plain.exit_code == 1 and json.loads(plain.output)["valid"] is False
    selfsigned = runner.invoke(
        app,
        ["credentials", "sign", str(src), "--cert", str(certs / "ca.pem"),
         "--key", str(certs / "key.pem"), "--out", str(tmp_path / "x.png")],
    )  # fmt: skip
    assert selfsigned.exit_code == 2 and "self-signed" in selfsigned.output
