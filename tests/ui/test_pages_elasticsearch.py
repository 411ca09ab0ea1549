"""Every page on the Elasticsearch backend: the same deployment as the other UI tests, indexed in
the real local node instead of the embedded store, opened by a user who sees every page.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from tests.ui.conftest import APP, assert_no_errors, login
from tests.ui.demo_data import Deployment, build

pytestmark = [pytest.mark.es, pytest.mark.slow]

PAGES = ["alerts", "search", "issues", "remote", "briefings", "sources", "admin"]


@pytest.fixture(scope="module")
def es_deployment(es_url: str, tmp_path_factory: pytest.TempPathFactory) -> Deployment:
    index = {
        "backend": "elasticsearch",
        "elasticsearch": {"hosts": [es_url], "index_prefix": f"ui{uuid.uuid4().hex[:8]}"},
    }
    return build(tmp_path_factory.mktemp("ui-es"), now=datetime.now(UTC), scale=0.5, index=index)


@pytest.fixture
def es_admin(monkeypatch: pytest.MonkeyPatch, es_deployment: Deployment):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("DEBATRADAR_CONFIG", str(es_deployment.config))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    return login(at, "admin")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_works_on_elasticsearch(es_admin, es_deployment: Deployment, page: str):
    at = es_admin
    at.switch_page(f"app_pages/{page}.py").run()
    assert_no_errors(at)
    assert not (es_deployment.data_dir / "index").exists(), "the embedded store must not be used"


def test_alerts_issues_and_search_read_the_node(es_admin, es_deployment: Deployment):
    at = es_admin
    at.switch_page("app_pages/alerts.py").run()
    assert "træ · fældning · Ingerslev Boulevard" in set(at.dataframe[0].value["label"])
    at.switch_page("app_pages/issues.py").run()
    assert "træ · fældning · Ingerslev Boulevard" in set(at.dataframe[0].value["label"])
    at.switch_page("app_pages/search.py").run()
    at.text_input(key="s_text").input("træerne")
    at.get("form_submit_button")[0].click().run()
    assert_no_errors(at)
    header = at.subheader[0].value
    assert header.endswith("indlæg") and int(header.split()[0].replace(".", "")) > 0
    cards = next(h.value for h in at.get("html") if "dr-card" in h.value)
    assert "<mark>" in cards  # highlights come from Elasticsearch's stemmed Danish text
