using Sitrep.Evaluation.Scoring;
using Sitrep.Events;
using static Sitrep.Evaluation.Tests.EventBuilders;

namespace Sitrep.Evaluation.Tests.Scoring;

public class FieldComparerTests
{
    [Fact]
    public void Compare_SameEvent_AllFieldsAgree() =>
        Assert.All(FieldComparer.Compare(GoldEvent(), PredictedEvent()), c => Assert.True(c.Agrees, c.Field));

    [Fact]
    public void Compare_Location20KmAway_Agrees() =>
        Assert.True(Check(FieldComparer.Compare(GoldEvent(), PredictedEvent().At("Elsewhere", 11.67, 13.16)), FieldComparer.Location));

    [Fact]
    public void Compare_Location30KmAway_Disagrees() =>
        Assert.False(Check(FieldComparer.Compare(GoldEvent(), PredictedEvent().At("Maiduguri", 11.58, 13.16)), FieldComparer.Location));

    [Fact]
    public void Compare_GoldWithoutCoordinates_LocationByName()
    {
        var gold = GoldEvent() with { Point = null };

        Assert.True(Check(FieldComparer.Compare(gold, PredictedEvent().At("maiduguri", 12.5, 13.5)), FieldComparer.Location));
        Assert.False(Check(FieldComparer.Compare(gold, PredictedEvent().At("Bama", 11.85, 13.16)), FieldComparer.Location));
    }

    [Fact]
    public void Compare_PredictedActor2WhereGoldHasNone_Disagrees() =>
        Assert.False(Check(FieldComparer.Compare(GoldEvent() with { Actor2 = null }, PredictedEvent()), FieldComparer.Actor2));

    [Fact]
    public void ClaimsAgree_SameKindsCommonClaimant_True() =>
        Assert.True(FieldComparer.ClaimsAgree(
            [new Claim(["Military Forces of Nigeria (2015-)", "army"], ClaimKind.Fatalities), new Claim(["army"], ClaimKind.Occurrence)],
            [new Claim(["Military Forces of Nigeria"], ClaimKind.Occurrence), new Claim(["Nigerian army"], ClaimKind.Fatalities)]));

    [Fact]
    public void ClaimsAgree_MissingKind_False() =>
        Assert.False(FieldComparer.ClaimsAgree([new Claim(["army"], ClaimKind.Fatalities), new Claim(["army"], ClaimKind.Occurrence)], [new Claim(["army"], ClaimKind.Fatalities)]));

    [Fact]
    public void ClaimsAgree_NoCommonClaimant_False() =>
        Assert.False(FieldComparer.ClaimsAgree([new Claim(["army"], ClaimKind.Fatalities)], [new Claim(["ISWAP"], ClaimKind.Fatalities)]));

    [Fact]
    public void ClaimsAgree_NoneOnEitherSide_True() => Assert.True(FieldComparer.ClaimsAgree([], []));

    private static bool Check(IEnumerable<FieldCheck> checks, string field) => checks.Single(c => c.Field == field).Agrees;
}
