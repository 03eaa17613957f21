"""Every run goes through dashboard.py, even though the page modules live in `pages/`.

A folder named `pages/` beside the entry script puts Streamlit (1.67) in its v1 multipage mode
until some run calls `st.navigation`. In that mode the first link a new server serves runs its
page file alone, without dashboard.py: no login wall, no database check, no language toggle.
(AppTest starts every run in that mode.) A page that finds itself run so switches the mode off,
as `st.navigation` itself does, and runs dashboard.py in its place; dashboard.py's navigation
resolves the same URL to the same page, in the same run, so no click or input is lost.
"""

import runpy
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

DASHBOARD = Path(__file__).resolve().parents[1] / "dashboard.py"


def through_dashboard() -> None:
    """Called first by every page: if Streamlit ran the page alone, run dashboard.py instead."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        runpy.run_path(str(DASHBOARD), run_name="__main__")
        st.stop()
