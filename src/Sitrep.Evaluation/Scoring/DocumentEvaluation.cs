using System.Collections.Immutable;

namespace Sitrep.Evaluation.Scoring;

/// <summary>The score of one article: counts, field agreement, and every pair, false positive and false negative.</summary>
public sealed record DocumentEvaluation
{
    /// <summary>The article's file name, as the gold file's <c>doc</c> gives it.</summary>
    public required string Doc { get; init; }
    public required PrecisionRecall Score { get; init; }
    public required int BackgroundCodedAsNew { get; init; }
    public required FieldAgreement Fields { get; init; }
    public required ImmutableArray<PairedEvent> Pairs { get; init; }
    public required ImmutableArray<FalsePositive> FalsePositives { get; init; }
    public required ImmutableArray<FalseNegative> FalseNegatives { get; init; }
}
