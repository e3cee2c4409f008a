using Sitrep.Entities;
using Sitrep.Errors;

namespace Sitrep.Tests.Entities;

/// <summary>The facility and unit rules on hand-tagged sentences: the model's mentions are given, so only the rules are tested.</summary>
public class EntityRuleMatcherTests
{
    private const string Rules = """
        after-name	airport	FAC
        after-name	air base	FAC
        after-name	prison	FAC
        after-name	division	MILITARY_UNIT
        after-name	brigade	MILITARY_UNIT
        after-ordinal	army	MILITARY_UNIT
        before-name	camp	FAC
        before-name	brigade	MILITARY_UNIT
        weapon	rpgs	WEAPON
        weapon	shahed drones	WEAPON
        ordinal	third
        not-name	the
        not-name	sunday
        description	a
        """;

    private static readonly Dictionary<string, string> Lexicon = new()
    {
        ["qassam"] = "grp", ["kenya"] = "cty+grp", ["syrian"] = "dem+grp", ["kabul"] = "plc", ["us"] = "dem+plc",
    };

    private static string Show(string sentence, params TokenMention[] model)
    {
        EntityRules rules = EntityRules.Load("test", Rules).OrThrow();
        string[] words = sentence.Split(' ');
        return string.Join(" | ", EntityRuleMatcher.Apply(rules, words, [.. model], Lexicon)
            .Select(m => $"{m.Label} {string.Join(' ', words[m.Start..m.End])}"));
    }

    [Fact]
    public void Apply_WeaponPhraseInAnyCase_IsAWeaponReplacingTheModelMention()
    {
        Assert.Equal("WEAPON RPGs", Show("militants fired RPGs at troops", new TokenMention(2, 3, "GPE")));
        Assert.Equal("GPE Russia | WEAPON Shahed drones", Show("Russia launched Shahed drones overnight", new TokenMention(0, 1, "GPE")));
    }

    [Fact]
    public void Load_WeaponRuleWithoutLabel_IsRejectedNamingTheLine()
    {
        LexiconLoadProblem(("weapon\tak-47\n", 1), ("ordinal\tthird\nweapon\tak-47\tGUN\n", 2));
    }

    [Fact]
    public void Apply_CapitalisedFacilityWord_TakesTheNameBeforeIt()
    {
        Assert.Equal("FAC Bamako International Airport", Show("The Bamako International Airport was closed", new TokenMention(1, 2, "GPE")));
    }

    [Fact]
    public void Apply_LowerCaseFacilityAfterPlace_ReplacesThePlaceMention()
    {
        Assert.Equal("FAC Kabul airport", Show("On Sunday Kabul airport was shelled", new TokenMention(2, 3, "GPE")));
        Assert.Equal("FAC Bagram air base", Show("troops left Bagram air base", new TokenMention(2, 3, "LOC")));
        Assert.Equal("FAC Kabul airport", Show("they shelled the Kabul airport", new TokenMention(3, 4, "ORG")));
    }

    [Fact]
    public void Apply_LowerCaseFacilityAfterNationalityOrCountry_KeepsTheModelMention()
    {
        Assert.Equal("NORP Syrian", Show("a Syrian prison", new TokenMention(1, 2, "NORP")));
        Assert.Equal("GPE Kenya", Show("in a Kenya prison", new TokenMention(2, 3, "GPE")));
        Assert.Equal("ORG US", Show("the US prison", new TokenMention(1, 2, "ORG")));
        Assert.Equal("", Show("the prison was attacked"));
        Assert.Equal("GPE Paris", Show("died in a Paris prison", new TokenMention(3, 4, "GPE")));
    }

    [Fact]
    public void Apply_NumberedFormation_StartsAtTheOrdinal()
    {
        Assert.Equal("GPE Syria | MILITARY_UNIT 4th Armoured Division", Show("Syria 's 4th Armoured Division attacked", new TokenMention(0, 1, "GPE")));
        Assert.Equal("MILITARY_UNIT 5th brigade", Show("the 5th brigade moved"));
        Assert.Equal("MILITARY_UNIT Third Army", Show("the Third Army moved"));
    }

    [Fact]
    public void Apply_OrdinalOnlyWordWithoutOrdinal_FindsNothing()
    {
        Assert.Equal("ORG Nigerian Army", Show("the Nigerian Army said", new TokenMention(1, 3, "ORG")));
        Assert.Equal("", Show("the third army of ants"));
    }

    [Fact]
    public void Apply_UnitNamedByArmedGroupWords_LeftToTheModel()
    {
        Assert.Equal("ORG Qassam Brigade", Show("the Qassam Brigade said", new TokenMention(1, 3, "ORG")));
        Assert.Equal("MILITARY_UNIT Presidential Guard Brigade", Show("the Presidential Guard Brigade said"));
    }

    [Fact]
    public void Apply_WordBeforeName_TakesTheNameOrNumberAfterIt()
    {
        Assert.Equal("FAC Camp Bastion", Show("at Camp Bastion today", new TokenMention(1, 3, "LOC")));
        Assert.Equal("MILITARY_UNIT Brigade 313", Show("fighters of Brigade 313 said"));
        Assert.Equal("", Show("Camp residents said"));
    }

    [Fact]
    public void Apply_CapitalisedWordInsideALongerName_FindsNothing()
    {
        Assert.Equal("ORG Kenya Prison Service", Show("the Kenya Prison Service said", new TokenMention(1, 4, "ORG")));
    }

    [Fact]
    public void Load_RuleWithoutLabel_NamesTheLine()
    {
        LexiconLoadProblem(("after-name\tairport\tFAC\nafter-name\tprison\n", 2), ("ordinal\tthird\tFAC\n", 1), ("after-name\tdam\tPLACE\n", 1));
    }

    [Fact]
    public void Default_ShippedRules_Load()
    {
        Assert.True(EntityRules.Default.Count > 20);
    }

    private static void LexiconLoadProblem(params (string Content, int Line)[] cases)
    {
        foreach ((string content, int line) in cases)
        {
            var result = EntityRules.Load("rules.tsv", content);
            Assert.Null(result.Value);
            Assert.Equal(ErrorCodes.MalformedDataFile, result.Problems[0].Code);
            Assert.Equal(line, result.Problems[0].Line);
        }
    }
}
