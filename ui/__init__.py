"""Streamlit dashboard support: database handle, queries, charts, formatting, page state.

Pages stay thin: they read state from the URL (`state`), ask `queries` for DataFrames,
draw them with `charts`, and label everything through `i18n`.
"""
