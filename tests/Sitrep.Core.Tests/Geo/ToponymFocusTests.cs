using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class ToponymFocusTests
{
    private readonly ToponymRecognizer _recognizer = new(BundledResources.Instance, BundledResources.Resources.ToponymWords);

    private PlaceMention First(string text, string name) => _recognizer.Recognize(text).First(m => m.Text == name);

    [Fact]
    public void Recognize_CountryNameInUsStory_StaysTheCountry()
    {
        const string text = "Officials in Nashville and Memphis, Tennessee, discussed aid. Lebanon's prime minister visited Atlanta and Chicago.";
        Assert.Equal((PlaceKind.Country, "LBN"), (First(text, "Lebanon").Place?.Kind, First(text, "Lebanon").Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_GeorgiaAmongUsPlaces_IsTheState()
    {
        const string text = "Volunteers from Camden and Charlton counties in Georgia and Nassau County in Florida cleaned the river near Atlanta.";
        PlaceMention georgia = First(text, "Georgia");
        Assert.Equal((PlaceKind.Admin1, "USA"), (georgia.Place?.Kind, georgia.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_StateNamedLikeItsCapitalInNigerianStory_IsTheCity()
    {
        // Only a state sharing its name with a country gets the focus-country state bonus.
        PlaceMention kaduna = First("Troops arrested a kidnapping kingpin in Kaduna on Friday, the Nigerian army said in Abuja.", "Kaduna");
        Assert.Equal((PlaceKind.City, "NGA"), (kaduna.Place?.Kind, kaduna.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_CapitalInUsStory_IsNotItsSmallUsNamesake()
    {
        const string text = "Farmers from Atlanta, Chicago and Dallas met officials of the Food and Agriculture Organization in Rome.";
        Assert.Equal("ITA", First(text, "Rome").Place?.CountryIso3);
    }

    [Fact]
    public void Recognize_SmallNamesakeWithItsState_IsTheSmallPlace()
    {
        const string text = "Farmers from Atlanta met officials in Rome, Ga., on Monday.";
        Assert.Equal(("USA", "Georgia"), (First(text, "Rome").Place?.CountryIso3, First(text, "Rome").Place?.Admin1));
    }

    [Fact]
    public void Recognize_TownOfTheStoryCountrySharingAProvincialCapitalsName_IsTheTown()
    {
        // A provincial seat abroad (Palma de Mallorca) is no reason to leave the story's country:
        // only national capitals and states outweigh a small namesake there.
        const string text = "Insurgents attacked the town of Palma in Cabo Delgado province, near Mocimboa da Praia, Mozambique's army said.";
        Assert.Equal("MOZ", First(text, "Palma").Place?.CountryIso3);
    }

    [Fact]
    public void Recognize_GeorgiaAmongCaucasusPlaces_IsTheCountry()
    {
        const string text = "Russian troops moved from South Ossetia towards Tbilisi, the capital of Georgia, and Armenia closed its border.";
        PlaceMention georgia = First(text, "Georgia");
        Assert.Equal((PlaceKind.Country, "GEO"), (georgia.Place?.Kind, georgia.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_EnglishTownsBesideAUsHamletName_StayEnglish()
    {
        // Yorkshire is known only as a small town in Virginia; it is no evidence of a US story.
        const string text = "Birmingham beat Bolton on Saturday, and Yorkshire fans cheered the result.";
        Assert.Equal("GBR", First(text, "Birmingham").Place?.CountryIso3);
    }
}
