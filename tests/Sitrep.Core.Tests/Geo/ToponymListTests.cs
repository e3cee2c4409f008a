using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class ToponymListTests
{
    private readonly ToponymRecognizer _recognizer = new(BundledResources.Instance, BundledResources.Resources.ToponymWords);

    private PlaceMention Single(string text, string name) => Assert.Single(_recognizer.Recognize(text), m => m.Text == name);

    [Theory]
    [InlineData("Flu levels were low in Arkansas, Colorado, Delaware, Idaho, Maine and Vermont.", "Delaware")]
    [InlineData("Cases were reported in Arizona, Georgia, Idaho, Illinois and Kansas.", "Georgia")]
    [InlineData("Cases were reported in Arizona, Georgia, Idaho, Illinois and Kansas.", "Arizona")]
    public void Recognize_StateBeforeAnotherStateInAList_IsItselfAState(string text, string name)
    {
        PlaceMention state = Single(text, name);
        Assert.Equal((PlaceKind.Admin1, "USA", name), (state.Place?.Kind, state.Place?.CountryIso3, state.Place?.Name));
        Assert.Null(state.Note);
    }

    [Fact]
    public void Recognize_WashingtonAmongStates_IsTheState()
    {
        PlaceMention washington = Single("Cases came from Oregon, Utah, Washington and Wyoming.", "Washington");
        Assert.Equal((PlaceKind.Admin1, "USA"), (washington.Place?.Kind, washington.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_GeorgiaAmongCountries_IsTheCountry()
    {
        PlaceMention georgia = Single("Observers came from Kenya, Uganda, Georgia and Armenia.", "Georgia");
        Assert.Equal((PlaceKind.Country, "GEO"), (georgia.Place?.Kind, georgia.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_WashingtonAlone_IsStillTheCapital()
    {
        PlaceMention washington = Single("Officials in Washington said the talks would resume.", "Washington");
        Assert.Equal((PlaceKind.City, "USA"), (washington.Place?.Kind, washington.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_TownQualifiedByItsState_KeepsTheQualifier()
    {
        PlaceMention town = Single("Flooding hit Boise, Idaho, and nearby farms.", "Boise");
        Assert.Equal(("USA", "Idaho"), (town.Place?.CountryIso3, town.Place?.Admin1));
    }

    [Fact]
    public void Recognize_NameRunningOnAfterAPossessive_IsOneName()
    {
        PlaceMention china = Single("A spokesman said that the People's Republic of China had withheld information.", "People's Republic of China");
        Assert.Equal((PlaceKind.Country, "CHN"), (china.Place?.Kind, china.Place?.CountryIso3));
    }

    [Fact]
    public void Recognize_PossessiveBeforeAnOrganisation_EndsTheName()
    {
        PlaceMention nigeria = Single("Nigeria's Health Ministry reported new cases.", "Nigeria");
        Assert.Equal("NGA", nigeria.Place?.CountryIso3);
    }
}
