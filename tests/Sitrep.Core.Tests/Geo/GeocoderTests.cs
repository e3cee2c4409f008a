using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class GeocoderTests
{
    private readonly Geocoder _geocoder = new(BundledResources.Instance);

    [Theory]
    [InlineData("Paris", "FRA", PlaceKind.City)]
    [InlineData("Mali", "MLI", PlaceKind.Country)]
    [InlineData("China", "CHN", PlaceKind.Country)]
    [InlineData("Niger", "NER", PlaceKind.Country)]
    [InlineData("Georgia", "GEO", PlaceKind.Country)]
    [InlineData("Gao", "MLI", PlaceKind.City)]
    [InlineData("Kaduna", "NGA", PlaceKind.City)]
    [InlineData("Tombouctou", "MLI", PlaceKind.Admin1)]
    [InlineData("Timbuktu", "MLI", PlaceKind.City)]
    [InlineData("Mogadishu", "SOM", PlaceKind.City)]
    public void Resolve_BareName_PicksTheLikelyPlace(string name, string iso3, PlaceKind kind)
    {
        GazetteerEntry? entry = _geocoder.Resolve(new GeocodeQuery { Name = name });
        Assert.NotNull(entry);
        Assert.Equal((iso3, kind), (entry.CountryIso3, entry.Kind));
    }

    [Fact]
    public void Resolve_GeorgiaWithUsContext_PicksTheState()
    {
        GazetteerEntry? entry = _geocoder.Resolve(new GeocodeQuery { Name = "Georgia", CountryIso3 = "USA" });
        Assert.Equal(("USA", PlaceKind.Admin1), (entry?.CountryIso3, entry?.Kind));
    }

    [Fact]
    public void Resolve_MaliWithOtherCountryContext_StaysTheCountry()
    {
        Assert.Equal(PlaceKind.Country, _geocoder.Resolve(new GeocodeQuery { Name = "Mali", CountryIso3 = "CHN" })?.Kind);
    }

    [Fact]
    public void Resolve_BamaWithBornoAdmin_IsInNigeria()
    {
        GazetteerEntry? entry = _geocoder.Resolve(new GeocodeQuery { Name = "Bama", AdminContext = "Borno" });
        Assert.Equal(("NGA", PlaceKind.City), (entry?.CountryIso3, entry?.Kind));
    }

    [Fact]
    public void Resolve_KadunaAsState_PicksTheAdmin1()
    {
        GazetteerEntry? entry = _geocoder.Resolve(new GeocodeQuery { Name = "Kaduna", PreferredKind = PlaceKind.Admin1 });
        Assert.Equal(("NGA", PlaceKind.Admin1), (entry?.CountryIso3, entry?.Kind));
    }

    [Fact]
    public void Resolve_NearAnotherPlace_PrefersTheCloseReading()
    {
        // Two Bamas: in Borno (Nigeria) and near Bobo-Dioulasso (Burkina Faso).
        GazetteerEntry? entry = _geocoder.Resolve(new GeocodeQuery { Name = "Bama", Near = new GeoPoint(11.18, -4.30), CountryIso3 = "BFA" });
        Assert.Equal("BFA", entry?.CountryIso3);
    }

    [Fact]
    public void Candidates_UnknownName_IsEmpty()
    {
        Assert.Empty(_geocoder.Candidates("Qwzxv Flarbgast"));
        Assert.Empty(_geocoder.Candidates(""));
    }

    [Fact]
    public void Candidates_Ranked_BestFirst()
    {
        var candidates = _geocoder.Candidates("Paris");
        Assert.True(candidates.Length > 3);
        Assert.Equal(candidates.OrderByDescending(c => c.Score).Select(c => c.Entry.Id), candidates.Select(c => c.Entry.Id));
    }

    [Fact]
    public void Candidates_RandomInput_NeverThrows()
    {
        var random = new Random(3);
        for (int round = 0; round < 500; round++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0x20, 0x2FF)).ToArray());
            _ = _geocoder.Candidates(new GeocodeQuery { Name = text, AdminContext = text, CountryIso3 = "MLI" });
        }
    }
}
