using Sitrep.Events;

namespace Sitrep.Tests.Events;

public class EventValueTests
{
    [Fact]
    public void FatalityCount_LowAboveBest_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FatalityCount(12, 10, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FatalityCount(null, 10, 5));
        Assert.Equal(100, new FatalityCount(100, 100, null).Best);
    }

    [Fact]
    public void GeoPoint_Towards_LandsAtTheDistanceOnTheBearing()
    {
        var origin = new GeoPoint(48.28, 37.18);
        GeoPoint moved = origin.Towards(135, 10);
        Assert.InRange(moved.DistanceKm(origin), 9.99, 10.01);
        Assert.True(moved.Latitude < origin.Latitude && moved.Longitude > origin.Longitude, "southeast");
        Assert.InRange(origin.Towards(0, 111.2).Latitude, 49.27, 49.29);
    }

    [Fact]
    public void GeoPoint_DistanceBamakoToSegou_IsAbout200Km()
    {
        double km = new GeoPoint(12.65, -8.0).DistanceKm(new GeoPoint(13.43, -6.26));
        Assert.InRange(km, 195, 215);
    }

    [Fact]
    public void EventDate_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventDate(new DateOnly(2025, 6, 6), new DateOnly(2025, 6, 5), DatePrecision.Day));
    }

    [Fact]
    public void AcledTypology_KnowsSubTypesOfEachType()
    {
        Assert.True(AcledTypology.IsSubType("Explosions/Remote violence", "Remote explosive/landmine/IED"));
        Assert.False(AcledTypology.IsSubType("Battles", "Attack"));
        Assert.Equal("Violence against civilians", AcledTypology.EventTypeOf("Abduction/forced disappearance"));
    }
}
