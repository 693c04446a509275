"""azadkar (آزادکار): what generative AI does to freelance work, and what to do about it.

The public API. Names are imported lazily so that ``import azadkar`` and the CLI's
``--help`` stay fast; each lives in the module named in ``_EXPORTS``.

- work and what AI does to it: ``make_profile``, ``assess``, ``project``, ``plan``
- many results: ``to_dict()`` / ``load`` (read back), ``records`` / ``table`` (one table
  with the evidence columns), ``cite`` (the versions, datasets, model, scenario
  parameters and cited claims to cite)
- the report's claims against the data: ``check_claims``; disclosure: ``disclose``,
  ``sign_file``, ``verify_file``; errors: ``AzadkarError`` and its subclasses
- subpackages with their own API: ``azadkar.text`` (classifier), ``azadkar.market``,
  ``azadkar.disclosure``; guide: docs/library.md

>>> import azadkar
>>> a = azadkar.assess(["logo_design:60", "social_media_management:40"])
>>> a.profile.services  # shares of the working time, as fractions
(('logo_design', 0.6), ('social_media_management', 0.4))
>>> 0 < a.exposure.gpt4.beta < 1  # the share of the work exposed (GPT-4 labels)
True
>>> sorted(a.layer_time)
['audience', 'client', 'execution', 'ideation']
>>> a.to_dict()["schema"]  # the JSON of `azadkar assess --format json`
'azadkar.assessment/1'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    # What type checkers see: the real names (``import X as X`` re-exports them), so that
    # a script using ``azadkar.assess`` is checked against its signature; through
    # ``__getattr__`` alone every name would be Any. ``plan`` is the function here: the
    # submodule is callable at run time, and a checker cannot say both.
    from azadkar.citation import (
        Citation as Citation,
    )
    from azadkar.citation import (
        cite as cite,
    )
    from azadkar.claims import (
        check_claims as check_claims,
    )
    from azadkar.claims import (
        load_claims as load_claims,
    )
    from azadkar.disclosure import (
        Disclosure as Disclosure,
    )
    from azadkar.disclosure import (
        DisclosureReport as DisclosureReport,
    )
    from azadkar.disclosure import (
        aia_statement as aia_statement,
    )
    from azadkar.disclosure import (
        clauses_html as clauses_html,
    )
    from azadkar.disclosure import (
        contract_clauses as contract_clauses,
    )
    from azadkar.disclosure import (
        disclose as disclose,
    )
    from azadkar.disclosure import (
        eu_ai_act_check as eu_ai_act_check,
    )
    from azadkar.disclosure import (
        make_dev_cert as make_dev_cert,
    )
    from azadkar.disclosure import (
        parse_aia as parse_aia,
    )
    from azadkar.disclosure import (
        sign_file as sign_file,
    )
    from azadkar.disclosure import (
        verify_file as verify_file,
    )
    from azadkar.errors import (
        AzadkarError as AzadkarError,
    )
    from azadkar.errors import (
        DataError as DataError,
    )
    from azadkar.errors import (
        InputError as InputError,
    )
    from azadkar.errors import (
        ProfileError as ProfileError,
    )
    from azadkar.errors import (
        SavedResultError as SavedResultError,
    )
    from azadkar.errors import (
        UnknownServiceError as UnknownServiceError,
    )
    from azadkar.exposure import (
        Assessment as Assessment,
    )
    from azadkar.exposure import (
        Profile as Profile,
    )
    from azadkar.exposure import (
        assess as assess,
    )
    from azadkar.exposure import (
        category_exposure as category_exposure,
    )
    from azadkar.exposure import (
        make_profile as make_profile,
    )
    from azadkar.plan import (
        Plan as Plan,
    )
    from azadkar.plan import (
        plan as plan,
    )
    from azadkar.projection import (
        Projection as Projection,
    )
    from azadkar.projection import (
        project as project,
    )
    from azadkar.results import (
        Saved as Saved,
    )
    from azadkar.results import (
        load as load,
    )
    from azadkar.results import (
        records as records,
    )
    from azadkar.results import (
        table as table,
    )
    from azadkar.scenarios import (
        Scenario as Scenario,
    )
    from azadkar.scenarios import (
        load_scenario as load_scenario,
    )
    from azadkar.taxonomy import (
        get_service as get_service,
    )
    from azadkar.taxonomy import (
        load_taxonomy as load_taxonomy,
    )
    from azadkar.tools import (
        get_tool as get_tool,
    )
    from azadkar.tools import (
        load_tools as load_tools,
    )

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
    # saved results and tables
    "load": "azadkar.results",
    "Saved": "azadkar.results",
    "records": "azadkar.results",
    "table": "azadkar.results",
    # citing
    "cite": "azadkar.citation",
    "Citation": "azadkar.citation",
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
    "SavedResultError": "azadkar.errors",
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
