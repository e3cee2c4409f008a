using System.Collections.Immutable;
using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Matching;
using Sitrep.Events;

namespace Sitrep.Evaluation.Scoring;

/// <summary>Scores one article's predictions against its gold events as GUIDELINES.md defines.</summary>
public static class EvaluationScorer
{
    public static DocumentEvaluation Score(GoldDocument gold, IReadOnlyList<ConflictEvent> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        Pairing pairing = EventPairer.Pair(gold.Events, predictions);
        ImmutableArray<PairedEvent> pairs =
            [.. pairing.Pairs.Select(p => new PairedEvent(p.Gold, p.Predicted, FieldComparer.Compare(p.Gold, p.Predicted)))];
        ImmutableArray<FalsePositive> falsePositives =
            [.. pairing.UnpairedPredictedIndices.Select(p => new FalsePositive(pairing.Predicted[p], PredictionEvidence.Text(pairing.Predicted[p]), NearestGold(pairing, p)))];
        ImmutableArray<FalseNegative> falseNegatives =
            [.. pairing.UnpairedGoldIndices.Where(g => pairing.Gold[g].Required).Select(g => new FalseNegative(pairing.Gold[g], NearestPrediction(pairing, g)))];
        return new DocumentEvaluation
        {
            Doc = gold.Doc,
            Score = new PrecisionRecall(pairs.Count(p => p.IsTruePositive), falsePositives.Length, falseNegatives.Length),
            BackgroundCodedAsNew = pairs.Count(p => p.IsBackgroundCodedAsNew),
            Fields = FieldAgreement.Of(pairs.Select(p => (IReadOnlyList<FieldCheck>)p.Fields)),
            Pairs = pairs,
            FalsePositives = falsePositives,
            FalseNegatives = falseNegatives,
        };
    }

    private static NearestCandidate? NearestGold(Pairing pairing, int predicted)
    {
        int best = Nearest(Enumerable.Range(0, pairing.Gold.Length), g => pairing.Comparisons[g, predicted]);
        if (best < 0) return null;
        GoldEvent gold = pairing.Gold[best];
        return Explain(gold.Id, pairing.Comparisons[best, predicted],
            () => $"matches gold {gold.Id}, which is already paired with prediction {pairing.Predicted[pairing.GoldPartners[best]].Id}");
    }

    private static NearestCandidate? NearestPrediction(Pairing pairing, int gold)
    {
        int best = Nearest(Enumerable.Range(0, pairing.Predicted.Length), p => pairing.Comparisons[gold, p]);
        if (best < 0) return null;
        ConflictEvent predicted = pairing.Predicted[best];
        return Explain(predicted.Id, pairing.Comparisons[gold, best],
            () => $"matches prediction {predicted.Id}, which is already paired with gold {pairing.Gold[pairing.PredictedPartners[best]].Id}");
    }

    /// <summary>The candidate failing the fewest conditions, then same type, nearer date, nearer place, document order.</summary>
    private static int Nearest(IEnumerable<int> candidates, Func<int, MatchResult> comparison) =>
        candidates
            .OrderBy(i => comparison(i).Mismatches.Length)
            .ThenByDescending(i => comparison(i).SameEventType)
            .ThenBy(i => comparison(i).DaysOutside)
            .ThenBy(i => comparison(i).PlaceRank)
            .ThenBy(i => i)
            .DefaultIfEmpty(-1)
            .First();

    private static NearestCandidate Explain(string id, MatchResult match, Func<string> alreadyPaired) =>
        match.IsMatch
            ? new NearestCandidate(id, [new Mismatch(MismatchKind.AlreadyPaired, alreadyPaired())])
            : new NearestCandidate(id, match.Mismatches);
}
