using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Extraction;
using Sitrep.Pipeline;

namespace Sitrep.Core.Tests.Events.Extraction;

/// <summary>
/// Cases that need the places and actors layers, run through the whole default pipeline with the bundled data. The
/// cases also say how summaries are flagged, so this pipeline reports aggregates, which the default leaves out.
/// </summary>
public class EventExtractorPipelineTests
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() =>
        SitrepPipeline.CreateDefault(SitrepResources.LoadDefault().GetOrThrow(), events: new EventExtractorOptions { IncludeAggregates = true }));

    private static readonly Lazy<DocumentPipeline> DefaultPipeline = new(() => SitrepPipeline.CreateDefault(SitrepResources.LoadDefault().GetOrThrow()));

    [Fact]
    public void Extract_PlaceThatSeatsTheSource_IsNotTheScene()
    {
        ConflictEvent e = Assert.Single(Run("The defence ministry in Moscow says air defences shot down 47 Ukrainian drones over the Belgorod region overnight.", new DateOnly(2026, 11, 10)));
        Assert.Equal(GeoPrecision.Admin1, e.Place.Precision);
        Assert.StartsWith("Belgorod", e.Place.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PlacesPeopleComeFrom_AreNotTheScene()
    {
        var events = Run("Fighting between two armed groups broke out in Tripoli on Tuesday. "
            + "On Wednesday the Presidential Council announced a ceasefire after mediation by elders from Misrata and Zintan.", new DateOnly(2026, 8, 20));
        ConflictEvent agreement = Assert.Single(events, e => e.SubEventType == "Agreement");
        Assert.Equal("Tripoli", agreement.Place.Location);
    }

    [Fact]
    public void Extract_ActorInAPostFollowedByItsHoldersName_IsTheSource()
    {
        ConflictEvent e = Assert.Single(Run("A suicide bomber blew himself up at a ministry in Kabul on Wednesday, killing six people, Taliban spokesman Zabihullah Mujahid said.", new DateOnly(2026, 5, 14)));
        Assert.DoesNotContain("Taliban", (e.Actor1?.Name ?? "") + (e.Actor2?.Name ?? ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WhereTheWoundedDied_IsNotTheScene()
    {
        // A live blog's update told before the attack itself: the hospital's city is the only place it names.
        ConflictEvent e = Assert.Single(Run("The number of Frontier Corps soldiers killed in the attack on their camp has risen to 11, as four of the wounded died in hospital in Karachi, an official said.",
            new DateOnly(2026, 7, 15)));
        Assert.NotEqual("Karachi", e.Place.Location);
    }

    [Fact]
    public void Extract_DefaultOptions_LeaveCumulativeTollsOut()
    {
        const string text = "Gunmen killed four men at a car wash in Culiacan on Sunday, police said. "
            + "More than 1,200 people have been killed in Sinaloa since the infighting began, according to official figures.";
        var document = new Document(text, new DocumentMetadata { Source = "test", Published = new DateOnly(2025, 6, 23) });
        var byDefault = DefaultPipeline.Value.Run(document, CancellationToken.None).Document.Get(EventLayers.Events);
        var withAggregates = Pipeline.Value.Run(document, CancellationToken.None).Document.Get(EventLayers.Events);
        Assert.False(Assert.Single(byDefault).Aggregate);
        Assert.Equal(2, withAggregates.Length);
        Assert.Single(withAggregates, e => e.Aggregate);
    }

    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < EventExtractorTests.LoadCases("FullPipelineCases.json").Count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Extract_FullPipelineCase_FindsExpectedEvents(int index)
    {
        ExtractionCase c = EventExtractorTests.LoadCases("FullPipelineCases.json")[index];
        var document = new Document(c.Text, new DocumentMetadata { Source = "test", Published = DateOnly.Parse(c.Published, System.Globalization.CultureInfo.InvariantCulture) });
        PipelineResult result = Pipeline.Value.Run(document, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        EventExtractorTests.Check(c, result.Document.Get(EventLayers.Events));
    }

    [Theory]
    [InlineData("Unknown gunmen shot dead a shopkeeper in Homs city this morning.")]
    [InlineData("A soldier was killed in Homs on Monday.")]
    [InlineData("An elderly man has been shot dead in Homs on Monday.")]
    public void Extract_OneVictimWithAnArticle_CountsOneDead(string text)
    {
        ConflictEvent e = Assert.Single(Run(text, new DateOnly(2025, 12, 3)));
        Assert.Equal((1, 1), (e.Fatalities.Low, e.Fatalities.Best));
    }

    [Theory]
    [InlineData("Protesters set fire to a police station in Nakuru on Monday.")]
    [InlineData("Protesters looted shops and smashed windows in Nakuru on Monday.")]
    [InlineData("Protesters threw stones at police in Nakuru on Monday.")]
    public void Extract_DemonstratorsWhoDestroyOrThrowStones_RiotAsRioters(string text)
    {
        ConflictEvent e = Assert.Single(Run(text, new DateOnly(2025, 7, 8)));
        Assert.Equal(("Violent demonstration", "Rioters (Kenya)"), (e.SubEventType, e.Actor1?.Name));
    }

    [Theory]
    [InlineData("Gunmen shot dead a shopkeeper in Homs on Monday. No claim so far.")]
    [InlineData("Gunmen shot dead a shopkeeper in Homs on Monday. The claim could not be verified.")]
    public void Extract_ClaimAsANounAfterADeterminer_NamesNoSource(string text)
    {
        ConflictEvent e = Assert.Single(Run(text, new DateOnly(2025, 12, 3)));
        Assert.Empty(e.Claims);
    }

    [Theory]
    [InlineData("Gunmen killed an unknown number of villagers in Homs on Monday.")]
    [InlineData("Gunmen killed a family in Homs on Monday.")]
    public void Extract_ArticleBeforeACollectiveNoun_CountsNoOne(string text)
    {
        ConflictEvent e = Assert.Single(Run(text, new DateOnly(2025, 12, 3)));
        Assert.Null(e.Fatalities.Best);
    }

    [Fact]
    public void Extract_SentenceNamesPartOfCountry_NotPlacedAtDatelineCity()
    {
        var document = new Document("BAMAKO, Mali \u2014 Two soldiers were killed on Sunday in an attack on their post in northern Mali, the army said.",
            new DocumentMetadata { Source = "test", Published = new DateOnly(2022, 2, 14) });
        PipelineResult result = Pipeline.Value.Run(document, CancellationToken.None);
        ConflictEvent e = Assert.Single(result.Document.Get(EventLayers.Events));
        Assert.NotEqual("Bamako", e.Place.Location);
        Assert.Equal("MLI", e.Place.Country);
    }

    [Fact]
    public void Extract_ForeignForcesTakeVillage_OvertakeTerritoryFromTheCountrysForces()
    {
        ConflictEvent e = Assert.Single(Run("Russian forces captured the village of Nevske in eastern Ukraine on Tuesday.", new DateOnly(2024, 10, 16)));
        Assert.Equal("Non-state actor overtakes territory", e.SubEventType);
        Assert.StartsWith("Military Forces of Ukraine", e.Actor2?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TollForListedPlaces_NotCopiedToTheOthers()
    {
        var events = Run("Security forces fired on protesters in the towns of Doba and Sarh in Chad on Thursday, killing 12 people.", new DateOnly(2022, 10, 20));
        Assert.Equal(2, events.Length);
        Assert.Equal(12, events[0].Fatalities.Best);
        Assert.Null(events[1].Fatalities.Best);
    }

    [Fact]
    public void Extract_CountryNameBeforeStrikeNoun_OwnsTheStrikeAndIsNotItsPlace()
    {
        ConflictEvent e = Assert.Single(Run("U.S. air strikes on a fuel port in western Yemen killed 20 people on Thursday, health officials said.", new DateOnly(2025, 4, 20)));
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.StartsWith("Military Forces of the United States", e.Actor1?.Name, StringComparison.Ordinal);
        Assert.Equal("YEM", e.Place.Country);
    }

    [Fact]
    public void Extract_ForeignCapitalAsSubject_IsNotTheScene()
    {
        ConflictEvent e = Assert.Single(Run("Air strikes on the port of Hodeidah in western Yemen killed 20 people on Thursday, the deadliest since Washington resumed its campaign last month.", new DateOnly(2025, 4, 20)));
        Assert.Equal("YEM", e.Place.Country);
    }

    [Fact]
    public void Extract_FireOpenedOnVillageMilitia_IsABattle()
    {
        ConflictEvent e = Assert.Single(Run("Suspected Kuki militants opened fire on Meitei village volunteers near Moirang in Manipur on Tuesday, killing three of them.", new DateOnly(2025, 9, 18)));
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Meitei Militia", e.Actor2?.Name);
    }

    [Fact]
    public void Extract_Withdrawal_HasNoTarget()
    {
        ConflictEvent e = Assert.Single(Run("The last French troops withdrew from Niger on Friday, the Nigerien army said.", new DateOnly(2023, 12, 23)));
        Assert.Equal("Change to group/activity", e.SubEventType);
        Assert.Null(e.Actor2);
    }

    [Fact]
    public void Extract_LaterIncidentNamesNoForce_TakesTheForceOfTheStory()
    {
        var events = Run("Chadian soldiers opened fire on protesters in N'Djamena on Thursday, killing 30 people.\n\nAnother 12 protesters were killed in Moundou on Thursday.", new DateOnly(2022, 10, 21));
        Assert.Equal(2, events.Length);
        Assert.NotNull(events[0].Actor2);
        Assert.Equal(events[0].Actor2?.Name, events[1].Actor2?.Name);
    }

    [Fact]
    public void Extract_PlaceSetAtDistanceFromAnother_NamesakeFarAwayGivesWayToTheStatedPosition()
    {
        // The gazetteer knows only a Vodiane in Zaporizhzhia, hundreds of kilometres from Bakhmut.
        ConflictEvent e = Assert.Single(Run("Russian forces captured the village of Vodiane, about 15 km east of Bakhmut, on Saturday.", new DateOnly(2024, 2, 18)));
        Assert.Equal("Vodiane", e.Place.Location);
        Assert.Equal(GeoPrecision.Near, e.Place.Precision);
        GeoPoint point = Assert.IsType<GeoPoint>(e.Place.Point);
        Assert.InRange(point.DistanceKm(new GeoPoint(48.5942, 37.9989)), 13, 17);
        Assert.True(point.Longitude > 37.9989, "east of Bakhmut");
    }

    [Fact]
    public void Extract_ForceInAnAppositivePost_IsTheSourceNotTheInitiator()
    {
        ConflictEvent e = Assert.Single(Run("The Police Public Relations Officer, Mohammed Jalige, confirmed the abduction of 20 students in Kaduna on Monday.", new DateOnly(2024, 3, 12)));
        Assert.DoesNotContain("Police", e.Actor1?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SummaryWithoutPlaceOfItsOwn_PlacedAtTheCountryNotTheStorysTown()
    {
        var events = Run("Gunmen stormed a market in Kaduna, Nigeria, on Tuesday, killing nine traders. Police in Kaduna said the gunmen fled on motorbikes.\n\n"
            + "The raid follows a spate of attacks in recent weeks that killed more than 100 people.", new DateOnly(2023, 9, 8));
        ConflictEvent summary = Assert.Single(events, e => e.Aggregate);
        Assert.Equal("NGA", summary.Place.Country);
        Assert.Equal(GeoPrecision.Country, summary.Place.Precision);
        Assert.Contains(events, e => !e.Aggregate && e.Place.Location == "Kaduna");
    }

    [Fact]
    public void Extract_AttackBlamedOnNamedGroup_ResponsibilityClaimedByTheSource()
    {
        ConflictEvent e = Assert.Single(Run("At least 12 villagers were killed on Saturday in an attack blamed on Boko Haram in Borno State, according to a local rights group.", new DateOnly(2023, 4, 3)));
        Claim blame = Assert.Single(e.Claims, c => c.What == ClaimKind.Responsibility);
        Assert.Contains("local rights group", blame.By);
        Assert.DoesNotContain(blame.By, n => n.Contains("Boko Haram", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ForceAccusesNamedGroup_ResponsibilityClaimedByTheAccuser()
    {
        ConflictEvent e = Assert.Single(Run("The Sudanese army accused the RSF of killing 20 civilians in a village near El Fasher on Monday.", new DateOnly(2024, 6, 5)));
        Claim blame = Assert.Single(e.Claims, c => c.What == ClaimKind.Responsibility);
        Assert.Contains(blame.By, n => n.StartsWith("Military Forces of Sudan", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AttackBlamedOnRoleNoun_NoResponsibilityClaim()
    {
        ConflictEvent e = Assert.Single(Run("Two soldiers were killed on Sunday in an attack on their post blamed on jihadists, the army said.", new DateOnly(2022, 2, 13)));
        Assert.DoesNotContain(e.Claims, c => c.What == ClaimKind.Responsibility);
    }

    [Fact]
    public void Extract_NoCasualtiesReported_TollStaysUnknown()
    {
        // "None reported" is a figure nobody gave (GUIDELINES.md), unlike "no one was killed".
        ConflictEvent e = Assert.Single(Run("Gunmen attacked a checkpoint near Gao on Monday. No casualties were reported.", new DateOnly(2024, 4, 16)));
        Assert.Null(e.Fatalities.Best);
    }

    private static System.Collections.Immutable.ImmutableArray<ConflictEvent> Run(string text, DateOnly published)
    {
        PipelineResult result = Pipeline.Value.Run(new Document(text, new DocumentMetadata { Source = "test", Published = published }), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result.Document.Get(EventLayers.Events);
    }
}
