using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class SpatialContextTests
{
    private static readonly GeoPoint HuntsvilleTexas = new(30.72, -95.55);

    [Fact]
    public void Support_OtherNameReadingAtThePoint_CountsOne()
    {
        var context = new SpatialContext([new NameReadings("walker county", [new GeoPoint(33.83, -87.28), HuntsvilleTexas])]);

        Assert.Equal(1.0, context.Support("huntsville", HuntsvilleTexas, 100), 3);
    }

    [Fact]
    public void Support_OwnName_IsNotCounted()
    {
        var context = new SpatialContext([new NameReadings("huntsville", [HuntsvilleTexas])]);

        Assert.Equal(0.0, context.Support("huntsville", HuntsvilleTexas, 100));
    }

    [Fact]
    public void Support_FarReadings_CountLittle()
    {
        var context = new SpatialContext([new NameReadings("columbus", [new GeoPoint(39.96, -83.0)])]);

        Assert.True(context.Support("huntsville", HuntsvilleTexas, 100) < 0.001);
    }

    [Fact]
    public void Constructor_NameWithoutReadings_IsLeftOut()
    {
        var context = new SpatialContext([new NameReadings("nowhere", []), new NameReadings("erie", [new GeoPoint(42.13, -80.09)])]);

        Assert.Equal(1, context.NameCount);
    }
}
