"""Settings of the detectors: windows, weights and level thresholds.

Why each default is what it is: the field descriptions give the reasoning, and
docs/evaluation.md ("Issues and detectors") shows the multi-seed tuning behind the numbers.
"""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from schema.settings._model import Section

SIGNALS = ("burst", "authors", "calls_to_action", "narrowness", "spread", "coordination")


class LevelThresholds(Section):
    """Score thresholds of the three levels (0..1, strictly increasing)."""

    watch: float = Field(
        default=0.43,
        ge=0,
        le=1,
        description="Score from which an issue is watched: above 90 % of ordinary issues' highest score in "
        "5 simulated scenarios, below slow-burning local issues (docs/evaluation.md).",
    )
    warning: float = Field(
        default=0.55,
        ge=0,
        le=1,
        description="Score from which a warning is raised: above every decoy (heated debate, event, "
        "election).",
    )
    alert: float = Field(
        default=0.70,
        ge=0,
        le=1,
        description="Score from which an alert is raised: reached by mobilisations with calls to action.",
    )

    @model_validator(mode="after")
    def _increasing(self) -> LevelThresholds:
        if not self.watch < self.warning < self.alert:
            raise ValueError("thresholds must increase: watch < warning < alert")
        return self


class RemoteSettings(Section):
    """When remote participation is flagged."""

    dominate_share: float = Field(
        default=0.5, ge=0, le=1, description="Remote share above which remote voices dominate."
    )
    min_known_authors: int = Field(
        default=5, ge=1, description="Known-home authors needed before a share is reported."
    )
    unusual_margin: float = Field(
        default=0.25,
        ge=0,
        le=1,
        description="Share above the municipality's usual share that counts as unusual.",
    )


class DetectionSettings(Section):
    """Single-issue mobilisation and remote participation."""

    window_days: int = Field(default=1, ge=1, le=7, description="Length of a statistics window.")
    baseline_days: int = Field(default=28, ge=7, description="Trailing window of an issue's own baseline.")
    min_documents: int = Field(
        default=10,
        ge=1,
        description="Documents in the recent span (burst_span_days) before a score is given: fewer than 10 "
        "in two days is no wave a communication unit needs to hear about, and small issues burst by chance.",
    )
    focus_full: float = Field(
        default=0.4,
        gt=0,
        le=2,
        description="A wave needs a focus: the score is scaled by "
        "min(1, (calls_to_action + narrowness) / this). A festival, an election or a city-wide row "
        "bursts without asking anyone to act on one local matter.",
    )
    quiet_days_to_close: int = Field(default=4, ge=1, description="Days below 'watch' that close an episode.")
    levels: LevelThresholds = Field(default_factory=LevelThresholds)
    weights: dict[str, float] = Field(
        default_factory=lambda: {
            "burst": 0.20,
            "authors": 0.05,
            "calls_to_action": 0.40,
            "narrowness": 0.15,
            "spread": 0.15,
            "coordination": 0.05,
        },
        description="Weight of each signal in the score (normalised to sum 1). Calls to action and "
        "narrowness "
        "tell a mobilisation from a heated debate or a news cycle best (logistic regression over windows of "
        "5 "
        "simulated scenarios, docs/evaluation.md); bursts alone are common in ordinary debate.",
    )
    remote: RemoteSettings = Field(default_factory=RemoteSettings)
    lookback_days: int = Field(
        default=28,
        ge=1,
        description="Windows re-scored on every run (open episodes are always re-scored from their start).",
    )
    min_history_days: int = Field(
        default=7,
        ge=1,
        description="Days of data needed before the first scored window: a new deployment's first week is "
        "all 'new', so nothing is scored until a week of baseline exists.",
    )
    burst_span_days: int = Field(
        default=2,
        ge=1,
        le=7,
        description="Recent windows summed against the baseline: 2 days catches a wave that builds over an "
        "evening.",
    )
    trend_days: int = Field(
        default=7,
        ge=1,
        le=28,
        description="A second, longer span for slow burns: a week growing steadily against the baseline.",
    )
    burst_prior: float = Field(
        default=0.5,
        gt=0,
        description="Floor of the baseline rate (documents per window): a quiet or new issue is not "
        "'infinitely' bursting.",
    )
    burst_overdispersion: float = Field(
        default=0.1,
        ge=0,
        description="Negative-binomial phi (variance = mu + phi * mu^2): debate is burstier than Poisson.",
    )
    burst_z_full: float = Field(default=6.0, gt=0, description="z-score at which the burst signal is 1.")
    authors_full_growth: float = Field(
        default=8.0,
        gt=1,
        description="Growth of distinct authors over the baseline at which the growth part is 1.",
    )
    cta_full_share: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="Share of documents with a call to action at which that signal is 1.",
    )
    cue_weights: dict[str, float] = Field(
        default_factory=lambda: {
            "show_up": 0.3,
            "event_link": 0.3,
            "share": 0.5,
            "public_meeting": 0.5,
            "contact": 0.5,
        },
        description="Weight of a call-to-action family (others count 1): turning up to a concert, sharing "
        "a post or writing to the council is weaker evidence of mobilisation than signing, protesting "
        "or a consultation answer ('skriv til kommunen' is also everyday advice on ordinary matters).",
    )
    cta_min_families: int = Field(
        default=2, ge=1, description="Kinds of call to action in a window before the signal counts in full."
    )
    cta_single_family_factor: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="Factor on the signal when fewer kinds are found: events advertise with one kind ('mød "
        "op'), "
        "mobilisations mix petitions, hashtags, meetings and consultation answers.",
    )
    spread_full_platforms: int = Field(
        default=4, ge=2, description="Platforms at which the spread signal is 1."
    )
    spread_full_sources: int = Field(
        default=5, ge=2, description="Sources at which the spread signal's source part is 1."
    )
    coordination_jaccard: float = Field(
        default=0.8, gt=0, le=1, description="MinHash Jaccard from which two texts count as near-identical."
    )
    coordination_hours: float = Field(
        default=48, gt=0, description="Near-identical texts count as coordinated when this close in time."
    )
    coordination_min_words: int = Field(
        default=25,
        ge=1,
        description="Shorter texts never count as coordinated: 'Skrevet under!' twice is agreement, not a "
        "campaign.",
    )
    coordination_min_group: int = Field(
        default=3, ge=2, description="Near-identical texts needed for a campaign."
    )
    coordination_full_share: float = Field(
        default=0.3, gt=0, le=1, description="Share of coordinated documents at which that signal is 1."
    )
    watched_only: bool = Field(
        default=True,
        description="Alert only on issues localised to a watched municipality (settings.municipalities).",
    )
    top_documents: int = Field(default=5, ge=1, le=50, description="Documents cited as evidence per alert.")
    growth_context_days: int = Field(
        default=7, ge=0, description="Days before the episode shown in the growth curve for comparison."
    )

    @field_validator("weights")
    @classmethod
    def _known_signals(cls, weights: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(weights) - set(SIGNALS))
        if unknown:
            raise ValueError(f"unknown signal(s) {unknown}; known: {list(SIGNALS)}")
        if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
            raise ValueError("weights must be >= 0 and not all 0")
        return weights
