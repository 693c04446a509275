"""Renderers: terminal (rich), Markdown, HTML, PDF, charts; fa/en strings. Only this package imports rich, jinja2, weasyprint and altair."""
