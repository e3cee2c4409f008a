using Sitrep.Evaluation.Matching;
using static Sitrep.Evaluation.Tests.EventBuilders;

namespace Sitrep.Evaluation.Tests.Matching;

public class EventPairerTests
{
    [Fact]
    public void Pair_SameSubTypeLater_PreferredOverOtherSubType()
    {
        Pairing pairing = EventPairer.Pair([GoldEvent()], [PredictedEvent("p1") with { SubEventType = "Government regains territory" }, PredictedEvent("p2")]);

        Assert.Equal("p2", Assert.Single(pairing.Pairs).Predicted.Id);
    }

    [Fact]
    public void Pair_ExactDateLater_PreferredOverDayOff()
    {
        Pairing pairing = EventPairer.Pair([GoldEvent()], [PredictedEvent("p1").On(5, 10), PredictedEvent("p2")]);

        Assert.Equal("p2", Assert.Single(pairing.Pairs).Predicted.Id);
    }

    [Fact]
    public void Pair_NearerPlaceLater_PreferredOverFartherPlace()
    {
        Pairing pairing = EventPairer.Pair([GoldEvent()], [PredictedEvent("p1").At("Konduga", 11.65, 13.42), PredictedEvent("p2").At("Maiduguri", 11.84, 13.15)]);

        Assert.Equal("p2", Assert.Single(pairing.Pairs).Predicted.Id);
    }

    [Fact]
    public void Pair_CrossedDates_ExactDatesPairedFirst()
    {
        // Each prediction is within a day of both gold events but exact for one; exact pairs rank first.
        Pairing pairing = EventPairer.Pair(
            [GoldEvent("e1").At(5, 8), GoldEvent("e2")],
            [PredictedEvent("p1"), PredictedEvent("p2").On(5, 8)]);

        Assert.Equal(1, pairing.GoldPartners[0]);
        Assert.Equal(0, pairing.GoldPartners[1]);
    }

    [Fact]
    public void Pair_SameInput_SameResult()
    {
        var gold = new[] { GoldEvent("e1"), GoldEvent("e2"), GoldEvent("e3") with { Required = false } };
        var predicted = new[] { PredictedEvent("p1"), PredictedEvent("p2"), PredictedEvent("p3"), PredictedEvent("p4") };

        Assert.Equal(EventPairer.Pair(gold, predicted).GoldPartners.ToArray(), EventPairer.Pair(gold, predicted).GoldPartners.ToArray());
        Assert.Equal([0, 1, 2], EventPairer.Pair(gold, predicted).GoldPartners.ToArray());
    }
}
