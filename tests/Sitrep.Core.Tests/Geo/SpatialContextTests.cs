using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class SpatialContextTests
{
    private static readonly GeoPoint HuntsvilleTexas = new(30.72, -95.55);

    [Fact]
    public void Support_OtherNameReadingAtThePoint_CountsOne()
    {
        var context = new SpatialContext([new NameReadings("walker county", [new Reading(new GeoPoint(33.83, -87.28), 1), new Reading(HuntsvilleTexas, 1)])]);

        Assert.Equal(1.0, context.Support("huntsville", HuntsvilleTexas, 100), 3);
    }

    [Fact]
    public void Support_WeakReading_CountsByItsWeight()
    {
        var context = new SpatialContext([new NameReadings("dallas", [new Reading(new GeoPoint(32.78, -96.8), 1), new Reading(HuntsvilleTexas, 0.25)])]);

        Assert.Equal(0.25, context.Support("huntsville", HuntsvilleTexas, 100), 3);
    }

    [Fact]
    public void Support_OwnName_IsNotCounted()
    {
        var context = new SpatialContext([new NameReadings("huntsville", [new Reading(HuntsvilleTexas, 1)])]);

        Assert.Equal(0.0, context.Support("huntsville", HuntsvilleTexas, 100));
    }

    [Fact]
    public void Support_FarReadings_CountLittle()
    {
        var context = new SpatialContext([new NameReadings("columbus", [new Reading(new GeoPoint(39.96, -83.0), 1)])]);

        Assert.True(context.Support("huntsville", HuntsvilleTexas, 100) < 0.001);
    }

    [Fact]
    public void Constructor_NameWithoutReadings_IsLeftOut()
    {
        var context = new SpatialContext([new NameReadings("nowhere", []), new NameReadings("erie", [new Reading(new GeoPoint(42.13, -80.09), 1)])]);

        Assert.Equal(1, context.NameCount);
    }
}
