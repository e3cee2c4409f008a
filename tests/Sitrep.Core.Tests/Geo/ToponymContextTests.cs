using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

/// <summary>Ambiguous names read near the document's other places (<see cref="SpatialContext"/>).</summary>
public class ToponymContextTests
{
    private readonly ToponymRecognizer _recognizer = new(BundledResources.Instance, BundledResources.Resources.ToponymWords);

    private PlaceMention First(string text, string name) => _recognizer.Recognize(text).First(m => m.Text == name);

    [Fact]
    public void Recognize_TownBesideItsCountyOfAnotherState_IsTheTownInThatCounty()
    {
        // Huntsville, Alabama is larger, but of the three Walker Counties one holds a Huntsville.
        const string text = "Firefighters from Huntsville and deputies from Walker County searched the woods after the storm.";
        Assert.Equal(("USA", "Texas"), (First(text, "Huntsville").Place?.CountryIso3, First(text, "Huntsville").Place?.Admin1));
    }

    [Fact]
    public void Recognize_CapitalNamesakeBesideItsCounty_IsTheSmallTown()
    {
        // The story's country alone does not take "Paris" from France; its county and neighbours beside it do.
        const string text = "Deputies from Lamar County and firefighters from Paris and Reno fought the grass fire near Blossom on Tuesday.";
        Assert.Equal(("USA", "Texas"), (First(text, "Paris").Place?.CountryIso3, First(text, "Paris").Place?.Admin1));
    }

    [Fact]
    public void Recognize_AmbiguousTownWithoutOtherPlaces_KeepsItsPriorReading()
    {
        Assert.Equal("Alabama", First("Firefighters from Huntsville searched the woods after the storm.", "Huntsville").Place?.Admin1);
    }

    [Fact]
    public void BundledAdmin1_LargeState_PointNearItsGeographicMiddle()
    {
        // The mean of Texas's places lies east, where its towns crowd; the state's middle is near Brady.
        GazetteerEntry texas = BundledResources.Instance.Lookup("Texas").First(e => e.Kind == PlaceKind.Admin1);
        Assert.True(texas.Point.DistanceKm(new GeoPoint(31.1, -99.3)) < 100, texas.Point.ToString());
    }
}
