using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class BundledResourcesTests
{
    private readonly Gazetteer _gazetteer = BundledResources.Instance;

    [Theory]
    [InlineData("Tombouctou", "Timbuktu", "MLI")]
    [InlineData("Al Fashir", "El Fasher", "SDN")]
    [InlineData("El-Fasher", "El Fasher", "SDN")]
    [InlineData("Avdiivka", "Avdiyivka", "UKR")]
    [InlineData("Boulkessi", "Boulkessi", "MLI")]
    [InlineData("Niafunke", "Niafunké", "MLI")]
    [InlineData("Menaka", "Ménaka", "MLI")]
    [InlineData("Bagassola", "Baga Sola", "TCD")]
    [InlineData("Kidal", "Kidal", "MLI")]
    [InlineData("Diffa", "Diffa", "NER")]
    [InlineData("Borno", "Borno State", "NGA")]
    [InlineData("Darfur", "Darfur", "SDN")]
    [InlineData("NSW", "New South Wales", "AUS")]
    [InlineData("Hodeidah", "Al Ḩudaydah", "YEM")]
    [InlineData("Khan Younis", "Khān Yūnis", "PSE")]
    [InlineData("Qamishli", "Qamishli", "SYR")]
    [InlineData("Misrata", "Mişrātah", "LBY")]
    public void Lookup_ConflictNames_FindThePlace(string name, string expectedName, string iso3)
    {
        Assert.Contains(_gazetteer.Lookup(name), e => e.Name == expectedName && e.CountryIso3 == iso3);
    }

    [Fact]
    public void Lookup_Countries_HaveCountryEntries()
    {
        Assert.Contains(_gazetteer.Lookup("Mali"), e => e.Kind == PlaceKind.Country && e.CountryIso3 == "MLI");
        Assert.Contains(_gazetteer.Lookup("DRC"), e => e.Kind == PlaceKind.Country && e.CountryIso3 == "COD");
        Assert.Equal("Malian", Assert.Single(_gazetteer.Country("MLI")!.Demonyms));
    }

    [Theory]
    [InlineData(16.77, -3.01, "MLI")]
    [InlineData(13.69, 13.31, "NER")]
    [InlineData(48.14, 37.75, "UKR")]
    [InlineData(9.54, 44.07, "SOM")]
    [InlineData(39.0, -98.0, "USA")]
    public void CountryAt_KnownPoints_FindsTheCountry(double lat, double lon, string iso3)
    {
        Assert.Equal(iso3, _gazetteer.CountryAt(new GeoPoint(lat, lon)));
    }
}
