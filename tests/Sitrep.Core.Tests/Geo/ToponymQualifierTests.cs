using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class ToponymQualifierTests
{
    private readonly ToponymRecognizer _recognizer = new(BundledResources.Instance, BundledResources.Resources.ToponymWords);

    private PlaceMention Single(string text, string name) => Assert.Single(_recognizer.Recognize(text), m => m.Text == name);

    [Theory]
    [InlineData("A woman was found dead in Belgrade, Mont., after a house fire.", "Belgrade", "USA", "Montana")]
    [InlineData("The rally in Paris, Tenn., drew a crowd.", "Paris", "USA", "Tennessee")]
    [InlineData("Police in Springfield, Ill. said the road was closed.", "Springfield", "USA", "Illinois")]
    [InlineData("COLUMBUS, Ohio (AP) — The game went to overtime.", "COLUMBUS", "USA", "Ohio")]
    [InlineData("Protesters gathered downtown in London, Ontario on Friday.", "London", "CAN", "Ontario")]
    [InlineData("The university in Athens, Georgia closed for the day.", "Athens", "USA", "Georgia")]
    public void Recognize_NameWithStateAfterComma_ResolvesInsideThatState(string text, string name, string iso3, string admin1)
    {
        PlaceMention place = Single(text, name);
        Assert.Equal((iso3, admin1), (place.Place?.CountryIso3, place.Place?.Admin1));
    }

    [Fact]
    public void Recognize_StateNameAfterComma_IsItselfTheState()
    {
        // Not Washington, D.C.: the capital outscores the state when "Washington" stands alone.
        PlaceMention washington = Single("A baker from Tacoma, Washington shares tips for cookies.", "Washington");
        Assert.Equal((PlaceKind.Admin1, "USA"), (washington.Place?.Kind, washington.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_StateAbbreviationAfterComma_IsItselfTheState()
    {
        PlaceMention state = Single("A woman was found dead in Belgrade, Minn., after a house fire.", "Minn.");
        Assert.Equal((PlaceKind.Admin1, "Minnesota", "USA"), (state.Place?.Kind, state.Place?.Name, state.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_TownMissingFromTheQualifyingState_IsCodedToTheState()
    {
        PlaceMention town = Single("Fire crews were called to Smallvale, Minn., on Sunday; Belgrade, Minn. sent help.", "Belgrade");
        Assert.Equal((PlaceKind.Admin1, "Minnesota"), (town.Place?.Kind, town.Place?.Name));
        Assert.NotNull(town.Note);
    }

    [Fact]
    public void Recognize_CountryAfterComma_WinsOverItsNamesakeState()
    {
        // Niger is also a state of Nigeria; after a city the country is meant.
        PlaceMention city = Single("NIAMEY, Niger — Gunmen attacked a police station.", "NIAMEY");
        Assert.Equal(("Niamey", "NER"), (city.Place?.Name, city.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_AbbreviationWithoutComma_IsNotAPlace()
    {
        Assert.DoesNotContain(_recognizer.Recognize("Mass. General said IN a statement that OR was closed."), m => m.Place?.Kind == PlaceKind.Admin1);
    }

    [Fact]
    public void Recognize_CommaSeparatedList_IsNotAQualifier()
    {
        // "Athens, Georgia and Armenia" lists places: Athens is not the town in the US state.
        PlaceMention athens = Single("Flights from Athens, Georgia and Armenia were cancelled.", "Athens");
        Assert.Equal("GRC", athens.Place?.CountryIso3);
    }
}
