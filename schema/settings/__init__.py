"""Configuration models: one section per stage, loaded from debatradar.yaml + DEBATRADAR_* env."""

from schema.settings.crawl import CrawlSettings
from schema.settings.detection import DetectionSettings, LevelThresholds, RemoteSettings
from schema.settings.flows import FlowSettings, WorkerSettings
from schema.settings.index import ElasticsearchSettings, EmbeddedSettings, IndexSettings
from schema.settings.nlp import NlpSettings
from schema.settings.notify import (
    Channel,
    ChannelRules,
    EmailChannel,
    NotifySettings,
    SmtpSettings,
    WebhookChannel,
)
from schema.settings.privacy import PrivacySettings, PublicActor, Secrets
from schema.settings.root import MunicipalityRef, Settings, load_settings
from schema.settings.sources import (
    BlueskySource,
    FieldSelectors,
    FileImportSource,
    HtmlListingSource,
    MastodonSource,
    NewsFeedSource,
    NewsSitemapSource,
    RedditSource,
    SourceConfig,
)
from schema.settings.topics import TopicSettings
from schema.settings.ui import (
    LocalUser,
    Role,
    SavedSearch,
    SearchRule,
    UiLaunch,
    UiSettings,
    saved_searches_path,
)

__all__ = [
    "BlueskySource",
    "Channel",
    "ChannelRules",
    "CrawlSettings",
    "DetectionSettings",
    "ElasticsearchSettings",
    "EmailChannel",
    "EmbeddedSettings",
    "FieldSelectors",
    "FileImportSource",
    "FlowSettings",
    "HtmlListingSource",
    "IndexSettings",
    "LevelThresholds",
    "LocalUser",
    "MastodonSource",
    "MunicipalityRef",
    "NewsFeedSource",
    "NewsSitemapSource",
    "NlpSettings",
    "NotifySettings",
    "PrivacySettings",
    "PublicActor",
    "RedditSource",
    "RemoteSettings",
    "Role",
    "SavedSearch",
    "SearchRule",
    "Secrets",
    "Settings",
    "SmtpSettings",
    "SourceConfig",
    "TopicSettings",
    "UiLaunch",
    "UiSettings",
    "WebhookChannel",
    "WorkerSettings",
    "load_settings",
    "saved_searches_path",
]
