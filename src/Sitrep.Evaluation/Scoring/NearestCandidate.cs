using System.Collections.Immutable;
using Sitrep.Evaluation.Matching;

namespace Sitrep.Evaluation.Scoring;

/// <summary>The counterpart an unpaired event came closest to matching, and why it did not.</summary>
public sealed record NearestCandidate(string Id, ImmutableArray<Mismatch> Reasons)
{
    public string Reason => string.Join("; ", Reasons.Select(r => r.Message));
}
