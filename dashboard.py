"""Entry point: page config, language, login, navigation and the database check — nothing else.

Run with `streamlit run dashboard.py`; the database path comes from `FUJIAN_DB`. Hosted mode
(`FUJIAN_HOSTED=1`, see docs/hosting.md) puts a login wall in front of everything.
"""

import streamlit as st

from ui import auth, db, state
from ui.i18n import t

st.set_page_config(page_title="福建城市指标", page_icon="📊", layout="wide")
state.language_toggle()

PAGES = [
    ("overview", ":material/dashboard:"),
    ("city", ":material/location_city:"),
    ("topic", ":material/category:"),
    ("explorer", ":material/manage_search:"),
    ("search", ":material/search:"),
    ("map", ":material/map:"),
    ("source", ":material/article:"),
    ("quality", ":material/rule:"),
]

# Every page module first calls entry.through_dashboard(), so that no link runs a page without
# this file, not even in Streamlit's v1 multipage mode (ui/entry.py). url_path is fixed so that
# links do not change with the language of the titles.
navigation = st.navigation(
    [
        st.Page(
            f"pages/{name}.py",
            title=t(f"page.{name}"),
            icon=icon,
            url_path=name,
            default=name == "overview",
        )
        for name, icon in PAGES
    ],
    position="sidebar" if auth.signed_in() else "hidden",
)
# The navigation is built first so that a deep link survives the login form, but until someone
# signs in (hosted mode) the form is all there is: no page module runs and no query executes.
auth.require_login()
db.require()
navigation.run()
