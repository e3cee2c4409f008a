using Sitrep.Actors;
using Sitrep.Errors;

namespace Sitrep.Tests.Actors;

public class ActorDictionaryTests
{
    [Fact]
    public void Load_BundledData_SucceedsWithEveryCountryAndManyGroups()
    {
        ActorDictionaryLoadResult result = ActorDictionary.Load(Sitrep.TestSupport.RepoPaths.InRepo("data", "actors"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        ActorDictionary dictionary = result.Dictionary!;
        Assert.True(dictionary.Countries.Length > 200);
        Assert.NotNull(dictionary.ForCountry("MLI", "military"));
        Assert.NotNull(dictionary.ForCountry("NGA", "police"));
        int armedGroups = dictionary.Actors.Count(a => a.Inter is 2 or 3 or 4 && a.Role is null);
        Assert.True(armedGroups >= 400, $"{armedGroups} non-state armed groups");
    }

    [Fact]
    public void Load_SmallValidFolder_Succeeds()
    {
        using var data = new TempActorData();
        ActorDictionaryLoadResult result = ActorDictionary.Load(data.Folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("test", result.Dictionary!.Version);
    }

    [Fact]
    public void Load_UnknownType_NamesFileAndLine()
    {
        using var data = new TempActorData();
        data.Append("actors.tsv", "Bad Group\tTerrorists\tMLI\t\t\t\t\n");
        Problem problem = Assert.Single(ActorDictionary.Load(data.Folder).Problems);
        Assert.Equal(ErrorCodes.MalformedDataFile, problem.Code);
        Assert.Equal(6, problem.Line);
        Assert.EndsWith("actors.tsv", problem.Subject);
        Assert.Contains("unknown actor type 'Terrorists'", problem.Message);
    }

    [Theory]
    [InlineData("Other Group\tRebel group\tMLI\tJNIM\t\t\t\n", "alias 'JNIM' of 'Other Group' already means 'JNIM: Group for Support of Islam and Muslims' (actors.tsv:2)")]
    [InlineData("Other Group\tRebel group\tXXX\t\t\t\t\n", "unknown country 'XXX'")]
    [InlineData("Other Group\tRebel group\tMLI\t\t\t2020-13..\t\n", "'2020-13' is not a date")]
    [InlineData("Other Group\tRebel group\tMLI\t\t\t2020..2019\t\n", "ends (2019) before it starts (2020)")]
    [InlineData("Other Group\tRebel group\tMLI\t\tmercenary\t\t\n", "role 'mercenary' must be pmc:ISO3")]
    [InlineData("Government of Mali\tRebel group\tMLI\t\t\t\t\n", "is generated as State forces of MLI")]
    [InlineData("Wagner Group\tRebel group\tRUS\t\t\t\t\n", "defined twice")]
    [InlineData("Too\tMany\tCells\tIn\tThis\tRow\tHere\tExtra\n", "8 cells, at most 7")]
    public void Load_CorruptActorLine_ReportsItsLine(string line, string expected)
    {
        using var data = new TempActorData();
        data.Append("actors.tsv", line);
        Problem problem = Assert.Single(ActorDictionary.Load(data.Folder).Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Load_OverlappingRegimes_NamesLine()
    {
        using var data = new TempActorData();
        data.Append("regimes.tsv", "MLI\t2019-\t2019-01-01\t\tsomeone\n");
        Problem problem = Assert.Single(ActorDictionary.Load(data.Folder).Problems);
        Assert.Equal(5, problem.Line);
        Assert.Contains("overlaps", problem.Message);
    }

    [Fact]
    public void Load_RelationToUnknownActor_NamesLine()
    {
        using var data = new TempActorData();
        data.Append("relations.tsv", "Africa Corps\tsucceeds\tNobody\tMLI\t2025\t\t\n");
        Problem problem = Assert.Single(ActorDictionary.Load(data.Folder).Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("unknown actor 'Nobody'", problem.Message);
    }

    [Fact]
    public void Load_BadHeader_NamesLine()
    {
        using var data = new TempActorData();
        data.Write("force_nouns.tsv", "# comment\nphrase\trole\n");
        Problem problem = Assert.Single(ActorDictionary.Load(data.Folder).Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("header must be", problem.Message);
    }

    [Fact]
    public void Load_MissingFolder_DataMissing()
    {
        Problem problem = Assert.Single(ActorDictionary.Load("/nonexistent/actors").Problems);
        Assert.Equal(ErrorCodes.DataFileMissing, problem.Code);
    }

    [Theory]
    [InlineData("2012-05-01", "Military Forces of Mali")]
    [InlineData("2015-01-01", "Military Forces of Mali (2013-2020)")]
    [InlineData("2020-08-18", "Military Forces of Mali (2020-2021)")]
    [InlineData("2021-05-23", "Military Forces of Mali (2020-2021)")]
    [InlineData("2025-06-04", "Military Forces of Mali (2021-)")]
    public void NameOn_EventDate_ChoosesRegimePeriod(string date, string expected)
    {
        using var data = new TempActorData();
        ActorDictionary dictionary = ActorDictionary.LoadOrThrow(data.Folder);
        Actor mali = dictionary.ForCountry("MLI", "military")!;
        Assert.Equal(expected, dictionary.NameOn(mali, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void NameOn_NoDate_LatestRegime()
    {
        using var data = new TempActorData();
        ActorDictionary dictionary = ActorDictionary.LoadOrThrow(data.Folder);
        Assert.Equal("Military Forces of Mali (2021-)", dictionary.NameOn(dictionary.ForCountry("MLI", "military")!, null));
        Assert.Equal("Civilians (Mali)", dictionary.NameOn(dictionary.ForCountry("MLI", "civilians")!, null));
    }

    [Theory]
    [InlineData("Military Forces of Nigeria", "2020-01-01", "Military Forces of Nigeria (2015-2023)")]
    [InlineData("Military Forces of Chad", "2019-01-01", "Military Forces of Chad (1990-2021)")]
    [InlineData("Military Forces of Chad", "2021-06-01", "Military Forces of Chad (2021-)")]
    [InlineData("Police Forces of Haiti", "2024-03-01", "Police Forces of Haiti (2021-)")]
    [InlineData("Military Forces of Burkina Faso", "2022-05-01", "Military Forces of Burkina Faso (2022)")]
    [InlineData("Military Forces of the Democratic Republic of Congo", "2025-01-27", "Military Forces of the Democratic Republic of Congo (2019-)")]
    public void NameOn_BundledRegimes_MatchAcledLabels(string name, string date, string expected)
    {
        ActorDictionary dictionary = BundledActors.Dictionary;
        Actor actor = Assert.Single(dictionary.Resolve(name));
        Assert.Equal(expected, dictionary.NameOn(actor, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("JNIM", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("Jama'a Nusrat ul-Islam wa al-Muslimin", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("ISWAP", "Islamic State (West Africa) - Lake Chad Faction")]
    [InlineData("al-Shabaab", "Al Shabaab")]
    [InlineData("Ansar Allah", "Military Forces of Yemen (2016-) Supreme Political Council")]
    [InlineData("M23/AFC", "M23: March 23 Movement")]
    [InlineData("RSF", "Rapid Support Forces")]
    [InlineData("FAMa", "Military Forces of Mali")]
    [InlineData("Military Forces of Sudan (2011-2019, Omar al-Bashir)", "Military Forces of Sudan")]
    [InlineData("Burkinabé army auxiliaries", null)]
    public void Resolve_AliasOrName_CanonicalActor(string alias, string? expected)
    {
        var actors = BundledActors.Dictionary.Resolve(alias);
        if (expected is null) Assert.Empty(actors);
        else Assert.Equal(expected, Assert.Single(actors).Name);
    }

    [Fact]
    public void RelationsOf_AfricaCorps_SucceedsWagnerInMaliFrom2025()
    {
        ActorDictionary dictionary = BundledActors.Dictionary;
        Actor corps = Assert.Single(dictionary.Resolve("Africa Corps"));
        Assert.Contains(dictionary.RelationsOf(corps, new DateOnly(2025, 7, 1), "MLI"), r => r.Kind == ActorRelation.Succeeds && r.Object == "Wagner Group");
        Assert.DoesNotContain(dictionary.RelationsOf(corps, new DateOnly(2024, 7, 1), "MLI"), r => r.Kind == ActorRelation.Succeeds);
        Assert.Contains(dictionary.RelationsOf(corps, null), r => r.Kind == ActorRelation.CreatedBy && r.Object == "Government of Russia");
    }
}
