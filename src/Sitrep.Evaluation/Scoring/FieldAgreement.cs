using System.Collections.Immutable;

namespace Sitrep.Evaluation.Scoring;

/// <summary>Per-field agreement over paired events, in the order of <see cref="FieldComparer.Fields"/>.</summary>
public sealed record FieldAgreement
{
    private FieldAgreement(ImmutableArray<FieldScore> scores) => Scores = scores;

    public ImmutableArray<FieldScore> Scores { get; }

    public static FieldAgreement Empty { get; } = new([.. FieldComparer.Fields.Select(f => new FieldScore(f, 0, 0))]);

    public FieldScore this[string field] =>
        Scores.FirstOrDefault(s => s.Field == field) ?? throw new ArgumentOutOfRangeException(nameof(field), field, "Not an evaluated field.");

    /// <summary>Tallies the field checks of each paired event.</summary>
    public static FieldAgreement Of(IEnumerable<IReadOnlyList<FieldCheck>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        FieldAgreement result = Empty;
        foreach (IReadOnlyList<FieldCheck> checks in pairs)
        {
            result = new([.. result.Scores.Select(score =>
                checks.FirstOrDefault(c => c.Field == score.Field) is FieldCheck check
                    ? score with { Agree = score.Agree + (check.Agrees ? 1 : 0), Total = score.Total + 1 }
                    : score)]);
        }
        return result;
    }

    public FieldAgreement Add(FieldAgreement other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new([.. Scores.Select(s => s with { Agree = s.Agree + other[s.Field].Agree, Total = s.Total + other[s.Field].Total })]);
    }
}
