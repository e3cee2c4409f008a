using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Geo;

public class ToponymRecognizerTests
{
    private readonly ToponymRecognizer _recognizer = new(BundledResources.Instance, BundledResources.Resources.ToponymWords);

    private PlaceMention Single(string text, string name)
    {
        var mentions = _recognizer.Recognize(text);
        return Assert.Single(mentions, m => m.Text == name);
    }

    [Fact]
    public void Recognize_TownAndCountry_ResolvesBothWithPrecision()
    {
        const string text = "Gunmen attacked an army post in Niafunke, in central Mali, on Sunday.";
        PlaceMention town = Single(text, "Niafunke");
        Assert.Equal(("MLI", GeoPrecision.Exact, "in"), (town.Place?.CountryIso3, town.Precision, town.Cue));
        Assert.Equal(text.IndexOf("Niafunke", StringComparison.Ordinal), town.Span.Start);
        PlaceMention country = Single(text, "Mali");
        Assert.Equal((PlaceKind.Country, GeoPrecision.Country), (country.Place?.Kind, country.Precision));
    }

    [Fact]
    public void Recognize_NearCue_GivesNearPrecision()
    {
        PlaceMention gao = Single("Clashes were reported near Gao on Tuesday.", "Gao");
        Assert.Equal(("MLI", GeoPrecision.Near, "near"), (gao.Place?.CountryIso3, gao.Precision, gao.Cue));
    }

    [Theory]
    [InlineData("The convoy was ambushed 15 miles southwest of Mogadishu.", "Mogadishu", "15 miles southwest of", "SOM")]
    [InlineData("A mine exploded about 3km from Ansongo, residents said.", "Ansongo", "about 3km from", "MLI")]
    public void Recognize_DistanceAndBearing_IsNearWithTheExpressionAsCue(string text, string name, string cue, string iso3)
    {
        PlaceMention place = Single(text, name);
        Assert.Equal((iso3, GeoPrecision.Near, cue), (place.Place?.CountryIso3, place.Precision, place.Cue));
    }

    [Fact]
    public void Recognize_AcledParenthetical_CodesUnknownPlaceToItsAdminArea()
    {
        const string text = "Boko Haram militants attacked Gargada (Diffa, Diffa) in Niger.";
        PlaceMention gargada = Single(text, "Gargada");
        Assert.Equal("NER", gargada.Place?.CountryIso3);
        Assert.Contains(gargada.Place!.Kind, new[] { PlaceKind.Admin2, PlaceKind.Admin1 });
        Assert.NotNull(gargada.Note);
        Assert.DoesNotContain(_recognizer.Recognize(text), m => m.Span.Start > gargada.Span.End && m.Text == "Diffa");
    }

    [Fact]
    public void Recognize_DemonymsAndOrganisations_AreNotPlaces()
    {
        var mentions = _recognizer.Recognize("Malian soldiers boarded a Mali Airlines plane; Mr Paris and the University of Maryland were not involved.");
        Assert.Empty(mentions);
    }

    [Fact]
    public void Recognize_PersonsNamedLikeTowns_AreNotPlacesEvenWhenNamedAlone()
    {
        var mentions = _recognizer.Recognize("David Jones was arrested in Gao on Friday. Police said Jones had fled on foot.");
        Assert.Equal(["Gao"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Recognize_ContinentalPhrases_AreNotTheCountryInside()
    {
        var mentions = _recognizer.Recognize("Migrants from Latin America and North America crossed into Mexico.");
        Assert.Equal(["Mexico"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Recognize_UnitedStates_SitsAtGeoNamesCentre()
    {
        PlaceMention us = Single("Officials in the United States said the outbreak was contained.", "United States");
        Assert.True(us.Place!.Point.DistanceKm(new GeoPoint(39.76, -98.5)) < 20);
    }

    [Fact]
    public void Recognize_AdminSuffix_ExtendsTheSpanAndPrefersTheAdminArea()
    {
        PlaceMention region = Single("Fighting spread across the Mopti region last week.", "Mopti region");
        Assert.Equal((PlaceKind.Admin1, GeoPrecision.Admin1), (region.Place?.Kind, region.Precision));
    }

    [Theory]
    [InlineData("Four people were killed in the central Bangladeshi town of Gopalganj, police said. Ms Hasina fled to India.", "BGD")]
    [InlineData("Police and protesters clashed in Bangladesh's Gopalganj on Tuesday. Ms Hasina fled to India, and India has refused to return her.", "BGD")]
    [InlineData("Four people were killed in the Indian town of Gopalganj in Bihar, police said.", "IND")]
    public void Recognize_CountryNamedBeforeThePlace_PicksThatCountrysNamesake(string text, string iso3)
    {
        // India's Gopalganj is the larger, so without the demonym or the possessive it wins.
        Assert.Equal(iso3, Single(text, "Gopalganj").Place?.CountryIso3);
    }

    [Theory]
    [InlineData("A roadside bomb struck an army patrol near the town of Hawija, west of Kirkuk, on Tuesday.", "Hawija", "IRQ", "Al Ḩawījah")]
    [InlineData("Troops repelled an incursion near the village of Tyotkino in the Kursk region.", "Tyotkino", "RUS", "Tëtkino")]
    public void Recognize_CuedNameSpelledOtherwise_FoundUnderTheGazetteersSpelling(string text, string name, string iso3, string gazetteerName)
    {
        PlaceMention mention = Single(text, name);
        Assert.Equal((iso3, gazetteerName), (mention.Place?.CountryIso3, mention.Place?.Name));
    }

    [Fact]
    public void Recognize_UnknownVillageInANamedRegion_CodedToTheRegion()
    {
        PlaceMention nevske = Single("Russia said it captured the village of Nevske, located in the partially occupied Luhansk region.", "Nevske");
        Assert.Equal(("UKR", GeoPrecision.Admin1), (nevske.Place?.CountryIso3, nevske.Precision));
        Assert.Contains("Luhansk", nevske.Place?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_RegionInProseThatTheGazetteerDoesNotRecord_KeepsTheListedPlace()
    {
        // The gazetteer lists Nasir without its state; prose naming the state must not unseat it as a qualifier would.
        PlaceMention nasir = Single("Troops and rebels clashed near Nasir in Upper Nile state on Tuesday.", "Nasir");
        Assert.Equal(("SSD", "Nasir"), (nasir.Place?.CountryIso3, nasir.Place?.Name));
    }

    [Fact]
    public void Recognize_BamaWithBorno_IsInNigeria()
    {
        PlaceMention bama = Single("Insurgents raided Bama, Borno, overnight.", "Bama");
        Assert.Equal("NGA", bama.Place?.CountryIso3);
    }

    [Fact]
    public void Recognize_Between_BothPlacesAreNear()
    {
        var mentions = _recognizer.Recognize("The attack happened on the road between Ngouboua and Bagassola in Chad.");
        PlaceMention bagassola = Assert.Single(mentions, m => m.Text == "Bagassola");
        Assert.Equal(("TCD", GeoPrecision.Near), (bagassola.Place?.CountryIso3, bagassola.Precision));
        PlaceMention ngouboua = Assert.Single(mentions, m => m.Text == "Ngouboua");
        Assert.Null(ngouboua.Place);
        Assert.NotNull(ngouboua.Note);
    }

    [Fact]
    public void Recognize_VillageOfUnknownName_KeepsItWithANote()
    {
        PlaceMention village = Single("Gunmen stormed the village of Kwamdi in Borno.", "Kwamdi");
        Assert.Null(village.Place);
        Assert.Equal("the village of", village.Cue);
    }

    [Fact]
    public void Recognize_CapitalisedCommonWords_AreNotPlaces()
    {
        Assert.Empty(_recognizer.Recognize("Police said on Monday that Hope and Will were fine. The President spoke."));
    }

    [Fact]
    public void Process_AddsPlacesLayer_ThatSerialisesToJson()
    {
        var document = new Document("Troops arrived in Kidal.", new DocumentMetadata { Source = "test" });
        Document result = SitrepPipeline.CreateDefault(BundledResources.Resources).Run(document).Document;
        PlaceMention kidal = Assert.Single(result.Get(ToponymRecognizer.Layer));
        string json = System.Text.Json.JsonSerializer.Serialize(kidal);
        Assert.Contains("\"Kidal\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Latitude\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_RandomInput_NeverThrowsAndSpansAreOrdered()
    {
        var random = new Random(17);
        string[] pieces = ["Gao", " ", "near ", "Mali", "(", ")", ",", "Diffa", "\n", "15 km north of ", "the village of ", "É", "al", "Port-au-Prince", "'s", "."];
        for (int round = 0; round < 500; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ =>
                random.Next(4) == 0 ? ((char)random.Next(0, 0x3000)).ToString() : pieces[random.Next(pieces.Length)]));
            int previousEnd = 0;
            foreach (PlaceMention m in _recognizer.Recognize(text))
            {
                Assert.True(m.Span.Start >= previousEnd && m.Span.End <= text.Length);
                Assert.Equal(m.Text, m.Span.TextOf(text));
                previousEnd = m.Span.End;
            }
        }
    }
}
