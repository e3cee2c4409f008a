using System.Collections.Immutable;
using Sitrep.Evaluation.Gold;
using Sitrep.Events;

namespace Sitrep.Evaluation.Matching;

/// <summary>
/// Pairs gold events and predictions one-to-one as GUIDELINES.md asks: required gold first, then
/// optional gold; within each pass a greedy over the matching pairs ranked by same sub-type,
/// then exact start date, then nearer place, with document order breaking ties so the result
/// never depends on anything but the input.
/// </summary>
public static class EventPairer
{
    public static Pairing Pair(IReadOnlyList<GoldEvent> gold, IReadOnlyList<ConflictEvent> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var comparisons = new MatchResult[gold.Count, predicted.Count];
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++) comparisons[g, p] = EventMatcher.Compare(gold[g], predicted[p]);
        }

        int[] goldPartners = Enumerable.Repeat(-1, gold.Count).ToArray();
        int[] predictedPartners = Enumerable.Repeat(-1, predicted.Count).ToArray();
        var pairs = ImmutableArray.CreateBuilder<EventPair>();
        foreach (bool requiredPass in new[] { true, false })
        {
            var candidates = new List<Candidate>();
            for (int g = 0; g < gold.Count; g++)
            {
                if (gold[g].Required != requiredPass) continue;
                for (int p = 0; p < predicted.Count; p++)
                {
                    if (comparisons[g, p].IsMatch) candidates.Add(new Candidate(g, p, comparisons[g, p]));
                }
            }
            candidates.Sort(CompareCandidates);
            foreach (Candidate candidate in candidates)
            {
                if (goldPartners[candidate.Gold] >= 0 || predictedPartners[candidate.Predicted] >= 0) continue;
                goldPartners[candidate.Gold] = candidate.Predicted;
                predictedPartners[candidate.Predicted] = candidate.Gold;
                pairs.Add(new EventPair(gold[candidate.Gold], predicted[candidate.Predicted], candidate.Match));
            }
        }

        return new Pairing
        {
            Gold = [.. gold],
            Predicted = [.. predicted],
            Pairs = pairs.ToImmutable(),
            GoldPartners = [.. goldPartners],
            PredictedPartners = [.. predictedPartners],
            Comparisons = comparisons,
        };
    }

    private static int CompareCandidates(Candidate a, Candidate b)
    {
        int order = b.Match.SameSubType.CompareTo(a.Match.SameSubType);
        if (order == 0) order = b.Match.ExactStartDate.CompareTo(a.Match.ExactStartDate);
        if (order == 0) order = a.Match.PlaceRank.CompareTo(b.Match.PlaceRank);
        if (order == 0) order = a.Gold.CompareTo(b.Gold);
        if (order == 0) order = a.Predicted.CompareTo(b.Predicted);
        return order;
    }

    private readonly record struct Candidate(int Gold, int Predicted, MatchResult Match);
}
