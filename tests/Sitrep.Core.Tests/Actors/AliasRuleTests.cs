using Sitrep.Actors;
using Sitrep.Errors;

namespace Sitrep.Tests.Actors;

/// <summary>Ambiguous aliases: their meaning depends on what else the article mentions.</summary>
public class AliasRuleTests
{
    private static readonly DateOnly Day = new(2025, 5, 3);
    private static readonly ActorMatcher Matcher = new(BundledActors.Dictionary);

    private static IEnumerable<string> NamesOf(string text, string mention) =>
        Matcher.Match(text, Day).Where(m => m.Text == mention).Select(m => m.Name);

    [Fact]
    public void Match_RsfInPressFreedomArticle_NotTheParamilitary()
    {
        const string text = "Reporters Without Borders (RSF) said journalists in Sudan face threats; RSF ranked the country low.";
        Assert.Empty(NamesOf(text, "RSF"));
    }

    [Fact]
    public void Match_RsfInSudanWarArticle_RapidSupportForces()
    {
        Assert.Equal(["Rapid Support Forces"], NamesOf("The RSF shelled El Fasher, Sudan, on Friday.", "RSF"));
    }

    [Fact]
    public void Match_SnaDependsOnCountry_SomaliArmyOrSyrianNationalArmy()
    {
        Assert.Equal(["Military Forces of Somalia (2022-)"], NamesOf("The SNA retook the town from al-Shabaab in Somalia.", "SNA"));
        Assert.Equal(["SNA: Syrian National Army"], NamesOf("The SNA shelled Kurdish positions near Manbij in Syria.", "SNA"));
    }

    [Fact]
    public void Match_AdfInCameroon_AmbazonianSeparatists()
    {
        Assert.Equal(["Ambazonian Separatists"], NamesOf("ADF fighters attacked gendarmes in Bamenda, Cameroon.", "ADF fighters"));
        Assert.Equal(["ADF: Allied Democratic Forces"], NamesOf("ADF fighters killed villagers near Beni, Congo.", "ADF fighters"));
    }

    [Theory]
    [InlineData("Three soldiers were KIA in the ambush, the Pentagon said.", "KIA")]
    [InlineData("The ETA of the convoy is 6pm.", "ETA")]
    [InlineData("The NPA said it would prosecute the former minister in South Africa.", "NPA")]
    [InlineData("Turkey's ruling AKP won the vote.", "AKP")]
    public void Match_AcronymOutsideItsConflict_NotCoded(string text, string mention)
    {
        Assert.Empty(NamesOf(text, mention));
    }

    [Theory]
    [InlineData("The KIA seized a junta outpost in Kachin State, Myanmar.", "KIA", "KIA: Kachin Independence Army")]
    [InlineData("NPA rebels ambushed soldiers in Samar, Philippines.", "NPA rebels", "NPA: New People's Army")]
    [InlineData("The AA captured Maungdaw in Rakhine State.", "AA", "Arakan Army")]
    public void Match_AcronymInItsConflict_Coded(string text, string mention, string expected)
    {
        Assert.Equal([expected], NamesOf(text, mention));
    }

    [Fact]
    public void Load_RuleOnForeignAlias_NamesLine()
    {
        using var data = new TempActorData();
        data.Append("alias_rules.tsv", "FAMa\tJNIM: Group for Support of Islam and Muslims\trequires\tMali\t\t\n");
        Problem problem = Assert.Single(ActorDictionary.Load(data.Folder).Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("'FAMa' is not a name or alias of 'JNIM: Group for Support of Islam and Muslims' (it means 'Military Forces of Mali')", problem.Message);
    }

    [Theory]
    [InlineData("JNIM\tJNIM: Group for Support of Islam and Muslims\tsometimes\tMali\t\t\n", "rule must be")]
    [InlineData("JNIM\tJNIM: Group for Support of Islam and Muslims\tunless\t\t\t\n", "context must list phrases")]
    [InlineData("JNIM\tJNIM: Group for Support of Islam and Muslims\tunless\tMali\tNobody Known\t\n", "instead names 'Nobody Known'")]
    public void Load_BadRule_NamesLine(string line, string expected)
    {
        using var data = new TempActorData();
        data.Append("alias_rules.tsv", line);
        Problem problem = Assert.Single(ActorDictionary.Load(data.Folder).Problems);
        Assert.EndsWith("alias_rules.tsv", problem.Subject);
        Assert.Contains(expected, problem.Message);
    }
}
