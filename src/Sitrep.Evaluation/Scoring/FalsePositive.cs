using Sitrep.Events;

namespace Sitrep.Evaluation.Scoring;

/// <summary>A prediction paired with no gold event; <see cref="Nearest"/> is null when the document has no gold events.</summary>
public sealed record FalsePositive(ConflictEvent Predicted, string Evidence, NearestCandidate? Nearest);
