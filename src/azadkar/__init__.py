"""azadkar (آزادکار): what generative AI does to freelance work, and what to do about it.

The public API. Names are imported lazily so that ``import azadkar`` and the CLI's
``--help`` stay fast; each lives in the module named in ``_EXPORTS``.

>>> import azadkar
>>> a = azadkar.assess(["logo_design:60", "social_media_management:40"])
>>> round(a.exposure.gpt4.beta, 3)  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # foundation
    "assess": "azadkar.exposure",
    "make_profile": "azadkar.exposure",
    "category_exposure": "azadkar.exposure",
    "Assessment": "azadkar.exposure",
    "Profile": "azadkar.exposure",
    "load_taxonomy": "azadkar.taxonomy",
    "get_service": "azadkar.taxonomy",
    # projection and plan
    "project": "azadkar.projection",
    "Projection": "azadkar.projection",
    "plan": "azadkar.plan",
    "Plan": "azadkar.plan",
    "load_scenario": "azadkar.scenarios",
    "Scenario": "azadkar.scenarios",
    # claims
    "check_claims": "azadkar.claims",
    "load_claims": "azadkar.claims",
    # disclosure
    "disclose": "azadkar.disclosure",
    "aia_statement": "azadkar.disclosure",
    "parse_aia": "azadkar.disclosure",
    "contract_clauses": "azadkar.disclosure",
    "clauses_html": "azadkar.disclosure",
    "eu_ai_act_check": "azadkar.disclosure",
    "sign_file": "azadkar.disclosure",
    "verify_file": "azadkar.disclosure",
    "make_dev_cert": "azadkar.disclosure",
    "Disclosure": "azadkar.disclosure",
    "DisclosureReport": "azadkar.disclosure",
    "load_tools": "azadkar.tools",
    "get_tool": "azadkar.tools",
    # errors
    "AzadkarError": "azadkar.errors",
    "InputError": "azadkar.errors",
    "UnknownServiceError": "azadkar.errors",
    "ProfileError": "azadkar.errors",
    "DataError": "azadkar.errors",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'azadkar' has no attribute {name!r}")
    mod = importlib.import_module(module)
    # ``azadkar.plan`` names both a submodule and its function: the (callable) module is
    # returned, so ``azadkar.plan(a)`` and ``azadkar.plan.RULES`` both work in any order.
    value = mod if module == f"{__name__}.{name}" else getattr(mod, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
