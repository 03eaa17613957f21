"""Page state lives in the URL (`st.query_params`), so every view is a shareable link.

Widgets here are bound to one query parameter each: the URL is read before the widget is
drawn, and a change is written back by the widget's callback. Values from the URL are
clipped to a safe length and checked against the allowed options before use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NoReturn

import streamlit as st

from ui.i18n import LANG_KEY, current_lang, t

MAX_PARAM_CHARS = 200
SOURCE_PAGE = "pages/source.py"


def param(name: str) -> str | None:
    """The URL parameter `name`, stripped and clipped to `MAX_PARAM_CHARS`, or None."""
    value = st.query_params.get(name)
    if value is None:
        return None
    value = value.strip()[:MAX_PARAM_CHARS]
    return value or None


def set_param(name: str, value: str | None) -> None:
    """Write `name` into the URL, or remove it when `value` is empty."""
    if value in (None, ""):
        st.query_params.pop(name, None)
    else:
        st.query_params[name] = str(value)


def go(page: str, **params: str | None) -> NoReturn:
    """Switch to `page` (a path such as `pages/city.py`) with `params` in its URL."""
    kept = {k: str(v) for k, v in params.items() if v not in (None, "")}
    if current_lang() == "en":
        kept["lang"] = "en"
    st.switch_page(page, query_params=kept)


def open_source(*, doc: str | None = None, paragraph: str | None = None, mention: str | None = None) -> NoReturn:
    """Open the Source page at a document, a paragraph or a mention."""
    go(SOURCE_PAGE, doc=doc, paragraph=paragraph, mention=mention)


def language_toggle() -> None:
    """The sidebar's English switch; `?lang=en` in a link turns it on."""
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = param("lang") == "en"
    english = st.sidebar.toggle(t("app.english"), key=LANG_KEY)
    # Navigation links drop the query string, so the language is written back every run.
    set_param("lang", "en" if english else None)


def _store(
    name: str,
    key: str,
    to_param: Callable[[object], str | None] | None,
    clears: Sequence[str] = (),
) -> None:
    value = st.session_state[key]
    set_param(name, to_param(value) if to_param else value)
    for other in clears:
        set_param(other, None)


def choice(
    label: str,
    options: Sequence[str],
    name: str,
    *,
    format_func: Callable[[str], str] = str,
    key: str | None = None,
    current: str | None = None,
    to_param: Callable[[object], str | None] | None = None,
    clears: Sequence[str] = (),
) -> str:
    """A selectbox showing the URL's `name` (or `current`); an unknown value gets a warning.

    `options[0]` is the fallback, often "" meaning "all". `to_param` maps the chosen option
    to what is written into the URL when it differs from the option itself; a change also
    removes the parameters named in `clears`, which belonged to the old value.
    """
    key = key or f"url_{name}"
    value = param(name) if current is None else current
    if value not in options:
        if value:
            st.warning(t("state.unknown", name=label, value=value))
        value = options[0]
    st.session_state[key] = value
    return st.selectbox(
        label,
        options,
        key=key,
        format_func=format_func,
        on_change=_store,
        args=(name, key, to_param, clears),
    )


def text_query(label: str, name: str, placeholder: str = "") -> str:
    """A text box holding the URL's `name`, at most `MAX_PARAM_CHARS` long."""
    key = f"url_{name}"
    st.session_state[key] = param(name) or ""
    return st.text_input(
        label,
        key=key,
        placeholder=placeholder,
        max_chars=MAX_PARAM_CHARS,
        on_change=_store,
        args=(name, key, None),
    )


def flag(label: str, name: str) -> bool:
    """A checkbox stored in the URL as `name=1`."""
    key = f"url_{name}"
    st.session_state[key] = param(name) == "1"
    return st.checkbox(label, key=key, on_change=_store, args=(name, key, lambda on: "1" if on else None))
