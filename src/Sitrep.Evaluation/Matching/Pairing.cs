using System.Collections.Immutable;
using Sitrep.Evaluation.Gold;
using Sitrep.Events;

namespace Sitrep.Evaluation.Matching;

/// <summary>
/// The one-to-one pairing of a document's gold events and predictions, with every comparison
/// kept so unpaired events can be explained by their nearest counterpart.
/// </summary>
public sealed record Pairing
{
    public required ImmutableArray<GoldEvent> Gold { get; init; }
    public required ImmutableArray<ConflictEvent> Predicted { get; init; }

    /// <summary>Pairs in the order they were made: required gold first, best matches first.</summary>
    public required ImmutableArray<EventPair> Pairs { get; init; }

    /// <summary>For each gold event, the index of its paired prediction, or -1.</summary>
    public required ImmutableArray<int> GoldPartners { get; init; }

    /// <summary>For each prediction, the index of its paired gold event, or -1.</summary>
    public required ImmutableArray<int> PredictedPartners { get; init; }

    /// <summary>Comparisons indexed [gold, prediction].</summary>
    public required MatchResult[,] Comparisons { get; init; }

    public IEnumerable<int> UnpairedGoldIndices => Enumerable.Range(0, Gold.Length).Where(g => GoldPartners[g] < 0);

    public IEnumerable<int> UnpairedPredictedIndices => Enumerable.Range(0, Predicted.Length).Where(p => PredictedPartners[p] < 0);
}
