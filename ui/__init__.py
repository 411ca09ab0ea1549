"""The Streamlit app for the communication unit, analysts and leadership.

Public API (for flows/ and the CLI): how to start the app, links into it, and password hashes
for local users. The app itself is `ui/app.py`.
"""

from ui.launch import APP_PATH, alert_link, app_command, app_environment, briefing_link, issue_link
from ui.passwords import hash_password, verify_password

__all__ = [
    "APP_PATH",
    "alert_link",
    "app_command",
    "app_environment",
    "briefing_link",
    "hash_password",
    "issue_link",
    "verify_password",
]
