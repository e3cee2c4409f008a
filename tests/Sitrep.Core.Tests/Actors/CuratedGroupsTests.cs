using Sitrep.Actors;

namespace Sitrep.Tests.Actors;

/// <summary>The hand-curated armed groups of data/actors/groups: enough of them, and the aliases news print resolve to the right one.</summary>
public class CuratedGroupsTests
{
    private static readonly ActorMatcher Matcher = new(BundledActors.Dictionary);

    [Fact]
    public void Load_BundledData_AtLeast400CuratedNonStateGroups()
    {
        int curated = BundledActors.Dictionary.Actors.Count(a => a.Source == "curated" && a.Inter is 2 or 3 or 4);
        Assert.True(curated >= 400, $"{curated} curated non-state armed groups");
    }

    [Fact]
    public void Load_BundledData_EveryRegionFileContributes()
    {
        string folder = Sitrep.TestSupport.RepoPaths.InRepo("data", "actors", "groups");
        Assert.True(Directory.GetFiles(folder, "*.tsv").Length >= 10);
        foreach (string iso in new[] { "MLI", "NGA", "SOM", "SDN", "COD", "CAF", "MOZ", "LBY", "SYR", "AFG", "PAK", "IND", "MMR", "UKR", "COL", "MEX", "HTI" })
            Assert.Contains(BundledActors.Dictionary.Actors, a => a.Country == iso && a.Source == "curated" && a.Inter is 2 or 3 or 4);
    }

    [Theory]
    [InlineData("JNIM", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("GSIM", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("Nusrat al-Islam", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("ISWAP", "Islamic State (West Africa) - Lake Chad Faction")]
    [InlineData("ISSP", "Islamic State (Sahel)")]
    [InlineData("IS Sahel", "Islamic State (Sahel)")]
    [InlineData("Islamic State Sahel Province", "Islamic State (Sahel)")]
    [InlineData("Rapid Support Forces", "Rapid Support Forces")]
    [InlineData("Houthis", "Military Forces of Yemen (2016-) Supreme Political Council")]
    [InlineData("Ansarallah", "Military Forces of Yemen (2016-) Supreme Political Council")]
    [InlineData("AFC/M23", "M23: March 23 Movement")]
    [InlineData("Al-Shabab", "Al Shabaab")]
    [InlineData("Hayat Tahrir al-Sham", "HTS: Hayat Tahrir al-Sham")]
    [InlineData("Tehreek-e-Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan")]
    [InlineData("ELN", "ELN: National Liberation Army")]
    [InlineData("Jalisco New Generation Cartel", "CJNG: Jalisco New Generation Cartel")]
    [InlineData("Viv Ansanm", "Viv Ansanm")]
    [InlineData("400 Mawozo", "400 Mawozo Gang")]
    [InlineData("Kraze Baryè", "Kraze Barye Gang")]
    [InlineData("Tasis", "Tasis: Sudan Founding Alliance")]
    [InlineData("Abu Aqla Keikal", "Sudan Shield Forces")]
    [InlineData("SPLA-IO Kitgwang", "SPLM/A-IO (Kitgwang)")]
    [InlineData("Mai-Mai Yakutumba", "CNPSC: National Coalition of the People for the Sovereignty of Congo")]
    [InlineData("NDC-R", "NDC-R: Nduma Defence of Congo-Renove")]
    [InlineData("Badr Organisation", "Badr Organization")]
    [InlineData("Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada")]
    [InlineData("Islamic State Pakistan Province", "Islamic State (Pakistan)")]
    [InlineData("ULFA-I", "ULFA-I: United Liberation Front of Asom-Independent")]
    [InlineData("Maute Group", "Dawlah Islamiyah")]
    [InlineData("New People's Army", "NPA: New People's Army")]
    [InlineData("Shan State Army-South", "RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South")]
    [InlineData("Mara Salvatrucha", "MS-13: Mara Salvatrucha")]
    [InlineData("Primeiro Comando da Capital", "PCC: First Capital Command")]
    [InlineData("Los Choneros", "Los Choneros")]
    [InlineData("Israeli settlers", "Settlers (Israel)")]
    public void Resolve_PrintedForm_CanonicalGroup(string alias, string expected)
    {
        Assert.Equal(expected, Assert.Single(BundledActors.Dictionary.Resolve(alias)).Name);
    }

    [Theory]
    [InlineData("Malian soldiers were ambushed.", "2022-02-13", "Military Forces of Mali (2021-)")]
    [InlineData("Malian soldiers were ambushed.", "2018-06-01", "Military Forces of Mali (2013-2020)")]
    [InlineData("Nigerien troops were ambushed.", "2022-06-01", "Military Forces of Niger (2021-2023)")]
    [InlineData("Nigerien troops were ambushed.", "2024-06-01", "Military Forces of Niger (2023-)")]
    [InlineData("Burkinabe gendarmes were ambushed.", "2022-06-01", "Military Forces of Burkina Faso (2022)")]
    public void Match_DemonymForceNoun_RegimeOfTheEventDate(string text, string date, string expected)
    {
        DateOnly day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, Matcher.Match(text, day)[0].Name);
    }

    [Fact]
    public void Match_GroupsOfSeveralRegions_OneArticle()
    {
        const string text = "ISWAP and JNIM fighters, the NPA in Samar and Los Choneros in Guayaquil all claimed attacks.";
        Assert.Equal(
            ["Islamic State (West Africa) - Lake Chad Faction", "JNIM: Group for Support of Islam and Muslims", "NPA: New People's Army", "Los Choneros"],
            Matcher.Match(text, new DateOnly(2024, 1, 10)).Where(m => m.Kind == ActorMatchKind.Alias).Select(m => m.Name));
    }
}
