using Sitrep.Evaluation.Gold;

namespace Sitrep.Evaluation.Scoring;

/// <summary>A required gold event no prediction was paired with; <see cref="Nearest"/> is null when nothing was predicted.</summary>
public sealed record FalseNegative(GoldEvent Gold, NearestCandidate? Nearest);
