using Sitrep.Evaluation.Gold;
using Sitrep.Events;

namespace Sitrep.Evaluation.Matching;

/// <summary>A gold event and the prediction paired with it.</summary>
public sealed record EventPair(GoldEvent Gold, ConflictEvent Predicted, MatchResult Match);
