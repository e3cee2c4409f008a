using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events.Extraction;
using Sitrep.Syntax.Parsing;

namespace Sitrep.Core.Tests.Events.Extraction;

public class SyntaxTreeTests
{
    // Hand-built parses, so the rule is tested apart from what the parser happens to produce.
    private static SyntaxTree Parse(string text, params (string Word, int Head, string Relation)[] tokens)
    {
        var deps = ImmutableArray.CreateBuilder<Dependency>();
        int from = 0;
        foreach ((string word, int head, string relation) in tokens)
        {
            int start = text.IndexOf(word, from, StringComparison.Ordinal);
            deps.Add(new Dependency(new Span(start, start + word.Length), head, relation));
            from = start + word.Length;
        }
        return new SyntaxTree(text, deps.ToImmutable());
    }

    [Fact]
    public void InRelativeClause_VerbUnderRelativeWithPronoun_IsTrue()
    {
        const string text = "Troops killed a man who tried to attack them";
        SyntaxTree tree = Parse(text, ("Troops", 1, "nsubj"), ("killed", -1, "root"), ("a", 3, "det"), ("man", 1, "obj"),
            ("who", 5, "nsubj"), ("tried", 3, "acl:relcl"), ("to", 7, "mark"), ("attack", 5, "xcomp"), ("them", 7, "obj"));
        Assert.True(tree.InRelativeClause(7));
        Assert.False(tree.InRelativeClause(1));
    }

    [Fact]
    public void InRelativeClause_RelativeWithoutPronoun_IsFalse()
    {
        const string text = "CITY , Chad — Forces opened fire";
        SyntaxTree tree = Parse(text, ("CITY", -1, "root"), (",", 2, "punct"), ("Chad", 0, "appos"), ("—", 5, "punct"),
            ("Forces", 5, "nsubj"), ("opened", 0, "acl:relcl"), ("fire", 5, "obj"));
        Assert.False(tree.InRelativeClause(5));
    }

    [Fact]
    public void ComplementGovernor_ObjectInReportedClause_IsTheReportingVerb()
    {
        const string text = "Police said gunmen had killed five villagers";
        SyntaxTree tree = Parse(text, ("Police", 1, "nsubj"), ("said", -1, "root"), ("gunmen", 4, "nsubj"), ("had", 4, "aux"),
            ("killed", 1, "ccomp"), ("five", 6, "nummod"), ("villagers", 4, "obj"));
        Assert.Equal(1, tree.ComplementGovernor(4));
        Assert.Equal(1, tree.ComplementGovernor(6));
    }

    [Fact]
    public void ComplementGovernor_RelativeClauseInsideReportedClause_IsNone()
    {
        const string text = "Army said junta which had seized power would vote";
        SyntaxTree tree = Parse(text, ("Army", 1, "nsubj"), ("said", -1, "root"), ("junta", 8, "nsubj"), ("which", 5, "nsubj"),
            ("had", 5, "aux"), ("seized", 2, "acl:relcl"), ("power", 5, "obj"), ("would", 8, "aux"), ("vote", 1, "ccomp"));
        Assert.Equal(-1, tree.ComplementGovernor(5));
        Assert.Equal(1, tree.ComplementGovernor(8));
    }

    [Fact]
    public void ComplementGovernor_MainClauseOrNoParse_IsNone()
    {
        SyntaxTree tree = Parse("Gunmen had killed five", ("Gunmen", 2, "nsubj"), ("had", 2, "aux"), ("killed", -1, "root"), ("five", 2, "obj"));
        Assert.Equal(-1, tree.ComplementGovernor(2));
        Assert.Equal(-1, SyntaxTree.Empty.ComplementGovernor(0));
    }

    [Fact]
    public void AsidesAfter_MainClauseWithReportingAside_IsTheAside()
    {
        const string text = "Gunmen had killed five villagers , police said";
        SyntaxTree tree = Parse(text, ("Gunmen", 2, "nsubj"), ("had", 2, "aux"), ("killed", -1, "root"), ("five", 4, "nummod"),
            ("villagers", 2, "obj"), (",", 7, "punct"), ("police", 7, "nsubj"), ("said", 2, "parataxis"));
        Assert.Equal([7], tree.AsidesAfter(2));
        Assert.Equal([7], tree.AsidesAfter(4));
        Assert.Empty(tree.AsidesAfter(7));
    }

    [Fact]
    public void AsidesAfter_RelativeClauseOrNoParse_IsNone()
    {
        const string text = "Junta which had seized power will vote , officials said";
        SyntaxTree tree = Parse(text, ("Junta", 6, "nsubj"), ("which", 3, "nsubj"), ("had", 3, "aux"), ("seized", 0, "acl:relcl"),
            ("power", 3, "obj"), ("will", 6, "aux"), ("vote", -1, "root"), (",", 9, "punct"), ("officials", 9, "nsubj"), ("said", 6, "parataxis"));
        Assert.Empty(tree.AsidesAfter(3));
        Assert.Equal([9], tree.AsidesAfter(6));
        Assert.Empty(SyntaxTree.Empty.AsidesAfter(0));
    }
}
