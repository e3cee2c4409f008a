using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Matching;
using Sitrep.Events;
using static Sitrep.Evaluation.Tests.EventBuilders;

namespace Sitrep.Evaluation.Tests.Matching;

public class EventMatcherTests
{
    [Fact]
    public void Compare_SameEvent_Matches() => Assert.True(EventMatcher.Compare(GoldEvent(), PredictedEvent()).IsMatch);

    [Fact]
    public void Compare_DateInsideGoldRangePlusOneDay_Matches()
    {
        GoldEvent gold = GoldEvent() with { Date = new EventDate(new(2024, 5, 1), new(2024, 5, 9), DatePrecision.Range) };

        Assert.True(EventMatcher.Compare(gold, PredictedEvent().On(5, 10)).IsMatch);
        Assert.True(EventMatcher.Compare(gold, PredictedEvent().On(4, 30)).IsMatch);
        Assert.Equal(2, EventMatcher.Compare(gold, PredictedEvent().On(5, 11)).DaysOutside);
    }

    [Fact]
    public void Compare_ActorOnlyAmongPredictedAssociates_Matches()
    {
        ConflictEvent predicted = PredictedEvent() with
        {
            Actor1 = new ActorRef { Name = "Unidentified Armed Group (Nigeria)" },
            Actor2 = null,
            AssocActor2 = [new ActorRef { Name = "Nigerian Army", Aliases = ["soldiers"] }],
        };

        Assert.True(EventMatcher.Compare(GoldEvent(), predicted).IsMatch);
    }

    [Fact]
    public void Compare_GoldWithoutActors_ActorConditionSkipped()
    {
        GoldEvent gold = GoldEvent() with { Actor1 = null, Actor2 = null };

        Assert.True(EventMatcher.Compare(gold, PredictedEvent() with { Actor1 = null, Actor2 = null }).IsMatch);
    }

    [Fact]
    public void Compare_GoldAssociateOnly_NoCommonActor()
    {
        GoldEvent gold = GoldEvent() with { AssocActor1 = [new GoldActor(["Boko Haram"])] };
        ConflictEvent predicted = PredictedEvent() with { Actor1 = new ActorRef { Name = "Boko Haram" }, Actor2 = null };

        Assert.Equal(MismatchKind.NoCommonActor, Assert.Single(EventMatcher.Compare(gold, predicted).Mismatches).Kind);
    }

    [Fact]
    public void Compare_CountryPrecisionGold_AnyPlaceInCountryMatches()
    {
        GoldEvent gold = GoldEvent() with { GeoPrecision = GeoPrecision.Country, Location = "Nigeria", Point = new GeoPoint(9.08, 8.68) };

        Assert.True(EventMatcher.Compare(gold, PredictedEvent()).IsMatch);
    }

    [Fact]
    public void Compare_NoCoordinatesAndOtherName_PlaceDiffers()
    {
        ConflictEvent predicted = PredictedEvent() with { Place = new EventPlace { Country = "NGA", Location = "Bama" } };

        Assert.Equal(MismatchKind.PlaceDiffers, Assert.Single(EventMatcher.Compare(GoldEvent(), predicted).Mismatches).Kind);
    }

    [Fact]
    public void Compare_NamesDifferOnlyInAccentsAndCase_Matches()
    {
        GoldEvent gold = GoldEvent() with { Location = "Ségou", Point = null, Country = "MLI", Actor1 = null, Actor2 = null };
        ConflictEvent predicted = PredictedEvent() with { Place = new EventPlace { Country = "MLI", Location = "SEGOU" } };

        Assert.True(EventMatcher.Compare(gold, predicted).IsMatch);
    }

    [Fact]
    public void Compare_EverythingWrong_EveryReason()
    {
        ConflictEvent predicted = PredictedEvent() with
        {
            EventType = AcledTypology.Protests,
            SubEventType = "Peaceful protest",
            Actor1 = new ActorRef { Name = "Protesters (Chad)" },
            Actor2 = null,
            Date = EventDate.OnDay(new DateOnly(2024, 6, 1)),
            Place = new EventPlace { Country = "TCD", Location = "N'Djamena" },
        };

        Assert.Equal([MismatchKind.WrongType, MismatchKind.DateOff, MismatchKind.DifferentCountry, MismatchKind.NoCommonActor],
            EventMatcher.Compare(GoldEvent(), predicted).Mismatches.Select(m => m.Kind));
    }
}
