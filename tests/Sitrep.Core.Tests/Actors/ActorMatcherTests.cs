using System.Text.Json;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Actors;

public class ActorMatcherTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 4);
    private static readonly ActorMatcher Matcher = new(BundledActors.Dictionary);

    private static ActorMention Single(string text, string mentionText, DateOnly? date = null, string? country = null) =>
        Assert.Single(Matcher.Match(text, date ?? June2025, country), m => m.Text == mentionText);

    [Fact]
    public void Match_Acronym_CanonicalNameAndAlias()
    {
        ActorMention m = Single("JNIM claimed the attack on Wednesday.", "JNIM");
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", m.Name);
        Assert.Equal(2, m.Inter);
        Assert.Equal("Rebel group", m.Type);
        Assert.Equal("MLI", m.Country);
        Assert.Equal(ActorMatchKind.Alias, m.Kind);
    }

    [Fact]
    public void Match_LongFormWithAcronym_BothCoded()
    {
        const string text = "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM) said it attacked.";
        IReadOnlyList<ActorMention> mentions = Matcher.Match(text, June2025);
        Assert.Equal(["Jama'a Nusrat ul-Islam wa al-Muslimin", "JNIM"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal("JNIM: Group for Support of Islam and Muslims", m.Name));
    }

    [Theory]
    [InlineData("Fighters of al-Shabaab stormed the base.", "al-Shabaab", "Al Shabaab")]
    [InlineData("Al Shabab claimed it.", "Al Shabab", "Al Shabaab")]
    [InlineData("Houthis fired a missile.", "Houthis", "Military Forces of Yemen (2016-) Supreme Political Council")]
    [InlineData("The M23/AFC rebels seized Goma.", "M23/AFC rebels", "M23: March 23 Movement")]
    [InlineData("ISWAP fighters overran the base.", "ISWAP fighters", "Islamic State (West Africa) - Lake Chad Faction")]
    [InlineData("Clashes between the RSF and the army.", "RSF", "Rapid Support Forces")]
    [InlineData("FAMa units withdrew.", "FAMa units", "Military Forces of Mali (2021-)")]
    [InlineData("The Burkinabé army said.", "Burkinabé army", "Military Forces of Burkina Faso (2022-)")]
    [InlineData("The strike killed 15 Ukrainian servicemen.", "Ukrainian servicemen", "Military Forces of Ukraine (2019-)")]
    public void Match_Alias_CodesActor(string text, string mention, string name)
    {
        Assert.Equal(name, Single(text, mention).Name);
    }

    [Theory]
    [InlineData("The al Qaeda-linked al Shabaab group claimed the attack.", "Al Qaeda")]
    [InlineData("Wagner-backed fighters entered the town.", "Wagner Group")]
    [InlineData("The Houthi-run health ministry said 38 people were killed.", "Military Forces of Yemen (2016-) Supreme Political Council")]
    [InlineData("Shelling hit the RSF-held town on Monday.", "Rapid Support Forces")]
    public void Match_NameHyphenedToLinkWord_OnlyDescribesWhatFollows(string text, string describer)
    {
        Assert.DoesNotContain(Matcher.Match(text, June2025), m => m.Name == describer);
    }

    [Fact]
    public void Match_LowerCaseWordMatchingAcronym_NotCoded()
    {
        Assert.DoesNotContain(Matcher.Match("This is what it is: an aa battery and a pdf file.", June2025), m => m.Kind == ActorMatchKind.Alias);
        Assert.Equal("Islamic State", Single("IS claimed responsibility.", "IS").Name);
    }

    [Theory]
    [InlineData("Malian soldiers were killed.", "Malian soldiers", "Military Forces of Mali (2021-)")]
    [InlineData("Mali's army said.", "Mali's army", "Military Forces of Mali (2021-)")]
    [InlineData("The Nigerien army retook the town.", "Nigerien army", "Military Forces of Niger (2023-)")]
    [InlineData("Burkinabe troops arrived.", "Burkinabe troops", "Military Forces of Burkina Faso (2022-)")]
    [InlineData("Nigerian police arrested him.", "Nigerian police", "Police Forces of Nigeria (2023-)")]
    [InlineData("Chadian security forces fired.", "Chadian security forces", "Military Forces of Chad (2021-)")]
    [InlineData("The Malian government said.", "Malian government", "Government of Mali (2021-)")]
    [InlineData("Congolese soldiers fled.", "Congolese soldiers", "Military Forces of the Democratic Republic of Congo (2019-)")]
    [InlineData("Sudanese civilians fled.", "Sudanese civilians", "Civilians (Sudan)")]
    public void Match_DemonymAndRoleNoun_StateForceForDate(string text, string mention, string name)
    {
        ActorMention m = Single(text, mention);
        Assert.Equal(name, m.Name);
        Assert.Equal(ActorMatchKind.Demonym, m.Kind);
    }

    [Fact]
    public void Match_CommonNounSpelledLikeOneWordName_OnlyCapitalisedFormCoded()
    {
        // "Organization" is a converted alias of the group Tanzim; in lower case it is the ordinary noun.
        Assert.DoesNotContain(Matcher.Match("The figures come from a local lobby organization in the state.", June2025), m => m.Kind == ActorMatchKind.Alias);
        Assert.Contains(Matcher.Match("Fighters of the Tanzim attacked the post.", June2025), m => m.Kind == ActorMatchKind.Alias);
    }

    [Fact]
    public void Match_DemonymEarlierDate_EarlierRegime()
    {
        Assert.Equal("Military Forces of Mali (2013-2020)", Single("Malian troops", "Malian troops", new DateOnly(2019, 3, 1)).Name);
        Assert.Equal("Military Forces of Nigeria (2015-2023)", Single("Nigerian soldiers", "Nigerian soldiers", new DateOnly(2021, 2, 17)).Name);
    }

    [Fact]
    public void Match_CoordinatedDemonyms_EachCoded()
    {
        const string text = "a bombing attack on Wednesday against Malian and Russian soldiers near Bamako";
        IReadOnlyList<ActorMention> mentions = Matcher.Match(text, June2025);
        Assert.Equal(["Malian", "Russian soldiers"], mentions.Select(m => m.Text));
        Assert.Equal(["Military Forces of Mali (2021-)", "Military Forces of Russia (2000-)"], mentions.Select(m => m.Name));
    }

    [Fact]
    public void Match_RussianMercenaries_PmcForDateAndCountry()
    {
        const string text = "Russian mercenaries and Malian soldiers attacked the village near Bamako, Mali.";
        Assert.Equal("Wagner Group", Single(text, "Russian mercenaries", new DateOnly(2022, 3, 27)).Name);
        Assert.Equal("Africa Corps", Single(text, "Russian mercenaries", new DateOnly(2025, 7, 1)).Name);
    }

    [Theory]
    [InlineData("Mali Airlines resumed flights to Bamako.")]
    [InlineData("The Malian said he was afraid.")]
    [InlineData("A Malian official and Malian traders' association spoke.")]
    public void Match_MaliWithoutRoleNoun_NotMilitary(string text)
    {
        Assert.DoesNotContain(Matcher.Match(text, June2025), m => m.Name.StartsWith("Military Forces", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_GenericNouns_DocumentCountry()
    {
        const string text = "Gunmen killed 12 villagers in Zamfara State, Nigeria, police said.";
        IReadOnlyList<ActorMention> mentions = Matcher.Match(text, new DateOnly(2021, 2, 26));
        Assert.Equal(["Gunmen", "villagers", "police"], mentions.Select(m => m.Text));
        Assert.Equal(["Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Police Forces of Nigeria (2015-2023)"], mentions.Select(m => m.Name));
        Assert.All(mentions, m => Assert.Equal(ActorMatchKind.Generic, m.Kind));
    }

    [Fact]
    public void Match_ForeignForcesNamedByDemonym_GenericNounsTakeTheCountryNamed()
    {
        // As many Russian words as Mali words, and the Russian ones first: the demonyms give the
        // mercenaries' nationality, the names say where it happens.
        const string text = "Russian mercenaries and Russian advisers left Mali on Friday. Militants in Mali had attacked Russian convoys.";
        IReadOnlyList<ActorMention> mentions = Matcher.Match(text, June2025);
        ActorMention militants = Assert.Single(mentions, m => m.Text == "Militants");
        Assert.Equal("Unidentified Armed Group (Mali)", militants.Name);
    }

    [Fact]
    public void Match_GenericNounUnknownCountry_CountryNull()
    {
        IReadOnlyList<ActorMention> mentions = Matcher.Match("Suspected jihadists attacked a village; soldiers fled.", June2025);
        ActorMention m = Assert.Single(mentions);
        Assert.Equal("Suspected jihadists", m.Text);
        Assert.Equal("Unidentified Armed Group", m.Name);
        Assert.Null(m.Country);
        Assert.Equal(3, m.Inter);
    }

    [Fact]
    public void Match_ExplicitCountry_OverridesGuess()
    {
        Assert.Equal("Protesters (Chad)", Single("Demonstrators marched in Paris.", "Demonstrators", June2025, "TCD").Name);
    }

    [Fact]
    public void Match_OptionsWithoutGeneric_OnlyNamedAndDemonym()
    {
        var matcher = new ActorMatcher(BundledActors.Dictionary, new ActorMatcherOptions { IncludeGeneric = false });
        Assert.Equal(["JNIM"], matcher.Match("Gunmen from JNIM killed villagers in Mali.", June2025).Select(m => m.Text));
    }

    [Fact]
    public void Match_UnknownGroupWithAcronym_NewActorNotDropped()
    {
        const string text = "The Kounari Defence Brigade (ZDB) attacked a camp in Mali. Later ZDB fighters withdrew.";
        IReadOnlyList<ActorMention> mentions = Matcher.Match(text, June2025);
        ActorMention first = mentions[0];
        Assert.Equal("Kounari Defence Brigade", first.Text);
        Assert.Equal("Kounari Defence Brigade", first.Name);
        Assert.False(first.Known);
        Assert.Equal(ActorMatchKind.NewName, first.Kind);
        Assert.Equal("MLI", first.Country);
        Assert.Equal(3, mentions.Count(m => m.Name == "Kounari Defence Brigade"));
        Assert.Contains(mentions, m => m.Text == "ZDB" && !m.Known);
    }

    [Fact]
    public void Match_KnownNameIntroducingAcronym_AcronymCodedToSameActor()
    {
        const string text = "Ansaroul Islam (AIB) claimed the attack; AIB later denied it.";
        IReadOnlyList<ActorMention> mentions = Matcher.Match(text, June2025);
        Assert.Equal(["Ansaroul Islam", "AIB", "AIB"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal("Ansaroul Islam", m.Name));
    }

    [Theory]
    [InlineData("Security Forces opened fire.")]
    [InlineData("The Nigerian Air Force bombed the camp.")]
    [InlineData("The United Nations Security Council met.")]
    [InlineData("Troops of the Nigerian Army and the Department of Army Affairs.")]
    public void Match_CapitalisedRoleNouns_NotNewGroups(string text)
    {
        Assert.DoesNotContain(Matcher.Match(text, June2025), m => !m.Known);
    }

    [Fact]
    public void Match_TheGroupAfterNamedGroup_RefersBack()
    {
        const string text = "JNIM claimed the attack. The group said Malian soldiers died. The group is active.";
        IReadOnlyList<ActorMention> mentions = Matcher.Match(text, June2025);
        ActorMention[] back = [.. mentions.Where(m => m.Kind == ActorMatchKind.Coreference)];
        Assert.Equal(2, back.Length);
        Assert.All(back, m => Assert.Equal("JNIM: Group for Support of Islam and Muslims", m.Name));
        Assert.Equal("The group", back[0].Text);
    }

    [Fact]
    public void Match_TheGroupWithoutAntecedent_NotCoded()
    {
        Assert.Empty(Matcher.Match("The group of friends met. Malian", June2025));
    }

    [Fact]
    public void Mention_Serialises_WithKindAsString()
    {
        string json = JsonSerializer.Serialize(Single("Malian soldiers", "Malian soldiers"));
        Assert.Contains("\"Name\":\"Military Forces of Mali (2021-)\"", json);
        Assert.Contains("\"Kind\":\"Demonym\"", json);
    }

    [Fact]
    public void Process_Document_UsesPublishedDateAndAddsLayer()
    {
        var doc = new Document("Malian soldiers clashed with JNIM.", new DocumentMetadata { Source = "t", Published = new DateOnly(2019, 1, 1) });
        Document result = new ActorMatcher(BundledActors.Dictionary).Process(doc, CancellationToken.None);
        Assert.Equal(["Military Forces of Mali (2013-2020)", "JNIM: Group for Support of Islam and Muslims"], result.Get(ActorMatcher.Layer).Select(m => m.Name));
    }

    [Fact]
    public void Process_RandomInput_NeverThrowsAndKeepsInvariants()
    {
        var random = new Random(7);
        string[] pieces = ["Mali", "Malian", "'s", "’", " and ", ", ", "soldiers", "JNIM", "IS", "al-", "Shabaab", "é", "-", ".", "\n", " ", "(", ")", "gunmen", "Russian", "mercenaries", "x", "'", "\u0301", "\ud83d\ude00", "Ǆ"];
        var stage = new ActorMatcher(BundledActors.Dictionary);
        for (int round = 0; round < 2000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 25)).Select(_ => pieces[random.Next(pieces.Length)]));
            DateOnly? date = random.Next(3) == 0 ? null : new DateOnly(random.Next(1990, 2030), 1, 1);
            Document doc = stage.Process(new Document(text, new DocumentMetadata { Source = "r", Published = date }), CancellationToken.None);
            Assert.Empty(LayerInvariants.CheckAll(doc));
            Assert.All(doc.Get(ActorMatcher.Layer), m => Assert.Equal(m.Text, doc.TextOf(m.Span)));
        }
    }

    [Fact]
    public void AllStages_IncludesActorMatcherAfterParagraphs()
    {
        IReadOnlyList<IPipelineStage> stages = SitrepPipeline.AllStages(Sitrep.Tests.BundledResources.Resources);
        Assert.Contains(stages, s => s is ActorMatcher);
        Assert.Contains("actors", SitrepPipeline.KnownLayers(Sitrep.Tests.BundledResources.Resources));
        PipelineResult result = SitrepPipeline.CreateDefault(Sitrep.Tests.BundledResources.Resources, new PipelineOptions { CheckInvariants = true })
            .Run(new Document("Nigerian troops repelled ISWAP.", new DocumentMetadata { Source = "t" }), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(2, result.Document.Get(ActorMatcher.Layer).Length);
    }
}
