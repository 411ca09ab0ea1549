"""Settings of the detectors: windows, weights and level thresholds."""

from __future__ import annotations

from pydantic import Field, model_validator

from schema.settings._model import Section


class LevelThresholds(Section):
    """Score thresholds of the three levels (0..1, strictly increasing)."""

    watch: float = Field(default=0.35, ge=0, le=1, description="Score from which an issue is watched.")
    warning: float = Field(default=0.55, ge=0, le=1, description="Score from which a warning is raised.")
    alert: float = Field(default=0.75, ge=0, le=1, description="Score from which an alert is raised.")

    @model_validator(mode="after")
    def _increasing(self) -> LevelThresholds:
        if not self.watch < self.warning < self.alert:
            raise ValueError("thresholds must increase: watch < warning < alert")
        return self


class RemoteSettings(Section):
    """When remote participation is flagged."""

    dominate_share: float = Field(default=0.5, ge=0, le=1, description="Remote share above which remote voices dominate.")
    min_known_authors: int = Field(default=5, ge=1, description="Known-home authors needed before a share is reported.")
    unusual_margin: float = Field(
        default=0.25, ge=0, le=1, description="Share above the municipality's usual share that counts as unusual."
    )


class DetectionSettings(Section):
    """Single-issue mobilisation and remote participation."""

    window_days: int = Field(default=1, ge=1, le=7, description="Length of a statistics window.")
    baseline_days: int = Field(default=28, ge=7, description="Trailing window of an issue's own baseline.")
    min_documents: int = Field(default=6, ge=1, description="Documents in a window before a score is given.")
    quiet_days_to_close: int = Field(default=4, ge=1, description="Days below 'watch' that close an episode.")
    levels: LevelThresholds = Field(default_factory=LevelThresholds)
    weights: dict[str, float] = Field(
        default_factory=lambda: {
            "burst": 0.30,
            "authors": 0.20,
            "calls_to_action": 0.20,
            "narrowness": 0.10,
            "spread": 0.10,
            "coordination": 0.10,
        },
        description="Weight of each signal in the score (normalised to sum 1).",
    )
    remote: RemoteSettings = Field(default_factory=RemoteSettings)
