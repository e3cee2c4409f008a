using Sitrep.Events;
using Sitrep.Storage.Merging;
using Sitrep.Storage.Tests.Support;
using static Sitrep.Storage.Tests.Support.IncidentFixtures;

namespace Sitrep.Storage.Tests.Merging;

public class IncidentMatcherTests
{
    private readonly IncidentMatcher _matcher = new();
    private readonly ConflictEvent _wire = WireEvent(Wire());
    private readonly ConflictEvent _local = LocalEvent(Local());
    private readonly ConflictEvent _telegram = TelegramEvent(Telegram());

    [Fact]
    public void Compare_ThreeAnglesOnOneIncident_AreSame()
    {
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, _local));
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, _telegram));
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_local, _telegram));
    }

    [Fact]
    public void Compare_IsSymmetric()
    {
        ConflictEvent far = _local with { Place = Place(Gao, GeoPrecision.Exact, "Gao") };
        foreach (ConflictEvent other in new[] { _local, _telegram, far })
            Assert.Equal(_matcher.Compare(_wire, other), _matcher.Compare(other, _wire));
    }

    [Fact]
    public void Compare_TownFarAway_IsTooFar()
    {
        ConflictEvent gao = _local with { Place = Place(Gao, GeoPrecision.Exact, "Gao") };

        Assert.Equal(IncidentMatch.TooFar, _matcher.Compare(_wire, gao));
    }

    [Fact]
    public void Compare_RegionPrecision_AllowsWiderDistance()
    {
        // Gao lies about 240 km from Boulkessi: too far for two towns, within an admin1-precise report's reach.
        ConflictEvent region = _local with { Place = Place(Gao, GeoPrecision.Admin1, "Gao") };

        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, region));
    }

    [Fact]
    public void Compare_DifferentTownsWithoutCoordinates_IsTooFar()
    {
        ConflictEvent a = _wire with { Place = _wire.Place with { Point = null } };
        ConflictEvent b = _local with { Place = _local.Place with { Point = null, Location = "Mondoro" } };

        Assert.Equal(IncidentMatch.TooFar, _matcher.Compare(a, b));
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(a, b with { Place = b.Place with { Location = "BOULKESSI" } }));
    }

    [Theory]
    [InlineData(1, IncidentMatch.Same)]
    [InlineData(2, IncidentMatch.DifferentDate)]
    [InlineData(-3, IncidentMatch.DifferentDate)]
    public void Compare_DayApart_AllowsOneDaySlack(int days, IncidentMatch expected)
    {
        ConflictEvent other = _local with { Date = EventDate.OnDay(_wire.Date.Start.AddDays(days)) };

        Assert.Equal(expected, _matcher.Compare(_wire, other));
    }

    [Fact]
    public void Compare_WeekContainingTheDay_IsSame_AndAYearIsTooVague()
    {
        var week = new EventDate(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 8), DatePrecision.Week);
        var year = new EventDate(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), DatePrecision.Year);

        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, _local with { Date = week }));
        Assert.Equal(IncidentMatch.DateTooVague, _matcher.Compare(_wire, _local with { Date = year }));
    }

    [Fact]
    public void Compare_ProtestAndClash_AreDifferentFamilies_ButShellingAndClashAreOne()
    {
        ConflictEvent protest = _local with { EventType = AcledTypology.Protests, SubEventType = "Peaceful protest" };
        ConflictEvent shelling = _local with { EventType = AcledTypology.ExplosionsRemoteViolence, SubEventType = "Shelling/artillery/missile attack" };

        Assert.Equal(IncidentMatch.DifferentFamily, _matcher.Compare(_wire, protest));
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, shelling));
    }

    [Fact]
    public void Compare_OtherArmedGroup_IsDifferentActors_UnidentifiedIsCompatible()
    {
        var isgs = new ActorRef { Name = "Islamic State (Sahel)", Aliases = ["ISGS"] };
        var unidentified = new ActorRef { Name = "Unidentified Armed Group (Mali)" };

        Assert.Equal(IncidentMatch.DifferentActors, _matcher.Compare(_wire, _local with { Actor1 = isgs }));
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, _local with { Actor1 = unidentified }));
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, _local with { Actor1 = null }));
    }

    [Fact]
    public void Compare_AliasSharedWithCanonicalName_IsSameActor()
    {
        ConflictEvent aliasOnly = _local with { Actor1 = new ActorRef { Name = "JNIM" } };

        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, aliasOnly));
    }

    [Theory]
    [InlineData(2, 100, IncidentMatch.DifferentTolls)]
    [InlineData(12, 36, IncidentMatch.Same)]
    [InlineData(1, 6, IncidentMatch.Same)]
    [InlineData(10, 31, IncidentMatch.DifferentTolls)]
    public void Compare_Tolls_CompatibleWithinRatioOrSlack(int a, int b, IncidentMatch expected)
    {
        ConflictEvent x = _wire with { Fatalities = new FatalityCount(a, a, a) };
        ConflictEvent y = _local with { Fatalities = new FatalityCount(b, b, b) };

        Assert.Equal(expected, _matcher.Compare(x, y));
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(x, y with { Fatalities = FatalityCount.Unknown }));
    }

    [Fact]
    public void Compare_ReportsOfOneDocument_NeverMerge()
    {
        var d = Wire();
        StoredEvent a = Report(d, WireEvent(d));
        StoredEvent b = Report(d, WireEvent(d) with { Id = d.Id + "-e2" });

        Assert.Equal(IncidentMatch.SameDocument, _matcher.Compare(a, b));
    }

    [Fact]
    public void WindowFor_ContainsEveryDateTheMatcherAccepts()
    {
        CandidateWindow window = _matcher.WindowFor(_wire);
        var month = new EventDate(new DateOnly(2025, 5, 10), new DateOnly(2025, 6, 10), DatePrecision.Range);

        Assert.Equal("MLI", window.Country);
        Assert.Equal(IncidentMatch.Same, _matcher.Compare(_wire, _local with { Date = month }));
        Assert.InRange(month.Start, window.StartFrom, window.StartTo);
        Assert.True(month.End >= window.EndFrom);
    }
}
