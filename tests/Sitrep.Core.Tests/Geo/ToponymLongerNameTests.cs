using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class ToponymLongerNameTests
{
    private readonly ToponymRecognizer _recognizer = new(BundledResources.Instance, BundledResources.Resources.ToponymWords);

    [Theory]
    [InlineData("The virus was found on an island in the Baltic Sea.", "Baltic")]
    [InlineData("The cow was found in Fraser Valley, a farming community.", "Fraser")]
    public void Recognize_TownNameBeforeFeatureWord_IsNotTheTown(string text, string town)
    {
        Assert.DoesNotContain(_recognizer.Recognize(text), m => m.Text.StartsWith(town, StringComparison.Ordinal) && m.Place?.Kind == PlaceKind.City);
    }

    [Theory]
    [InlineData("Crowds gathered at Tamou Biri on Friday.", "Tamou")]
    [InlineData("Relief work restarted in Abu Shok camp last week.", "Abu")]
    public void Recognize_SmallTownNameStartingAnUnknownName_IsNotTheTown(string text, string town)
    {
        Assert.DoesNotContain(_recognizer.Recognize(text), m => m.Text == town);
    }

    [Fact]
    public void Recognize_NameWithEsConnector_IsTheWholeCity()
    {
        PlaceMention city = Assert.Single(_recognizer.Recognize("The forum met in Dar es Salaam on Monday."));
        Assert.Equal(("Dar es Salaam", "TZA"), (city.Text, city.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_PlaceBeforeAdminWord_IsStillThePlace()
    {
        Assert.Contains(_recognizer.Recognize("Gunmen attacked a village in Gao Region."), m => m.Place?.CountryIso3 == "MLI");
    }

    [Theory]
    [InlineData("Fighting was reported in Deir ez-Zor on Monday.", "Deir ez-Zor", "SYR")]
    [InlineData("Shelling hit Dar es-Salaam, a district of the city.", "Dar es-Salaam", "TZA")]
    public void Recognize_NameGoingOnWithAHyphenatedArticle_IsTheWholeName(string text, string name, string iso3)
    {
        Assert.Contains(_recognizer.Recognize(text), m => m.Text == name && m.Place?.CountryIso3 == iso3);
    }

    [Fact]
    public void Recognize_HyphenatedArticleAlone_DoesNotStartAName()
    {
        Assert.DoesNotContain(_recognizer.Recognize("The group pledged allegiance to al-Qaeda last year."), m => m.Text.StartsWith("al-", StringComparison.Ordinal));
    }
}
