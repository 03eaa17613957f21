"""Entry point: page config, language, navigation and the database check — nothing else.

Run with `streamlit run dashboard.py`; the database path comes from `FUJIAN_DB`.
"""

import streamlit as st

from ui import db, state
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

# The folder is not called `pages/`: Streamlit treats that name as a v1 multipage app and,
# on a fresh server, serves a deep link such as /source?mention=… without running this file.
# url_path is fixed so that links do not change with the language of the titles.
navigation = st.navigation(
    [
        st.Page(
            f"app_pages/{name}.py",
            title=t(f"page.{name}"),
            icon=icon,
            url_path=name,
            default=name == "overview",
        )
        for name, icon in PAGES
    ]
)
db.require()
navigation.run()
