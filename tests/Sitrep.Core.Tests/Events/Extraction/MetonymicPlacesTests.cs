using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Extraction;
using Sitrep.Syntax.Parsing;

namespace Sitrep.Core.Tests.Events.Extraction;

public class MetonymicPlacesTests
{
    // "Hodeidah ... since Washington resumed": a hand-built parse, so the rule is tested apart from the parser.
    private const string Text = "Strikes hit Hodeidah and Sanaa since Washington resumed";

    private static DocumentView View(string subjectRelation)
    {
        string[] words = ["Strikes", "hit", "Hodeidah", "and", "Sanaa", "since", "Washington", "resumed"];
        (int Head, string Relation)[] arcs = [(1, "nsubj"), (-1, "root"), (1, "obj"), (4, "cc"), (2, "conj"), (7, "mark"), (7, subjectRelation), (1, "advcl")];
        var deps = ImmutableArray.CreateBuilder<Dependency>();
        int from = 0;
        for (int i = 0; i < words.Length; i++)
        {
            int start = Text.IndexOf(words[i], from, StringComparison.Ordinal);
            deps.Add(new Dependency(new Span(start, start + words[i].Length), arcs[i].Head, arcs[i].Relation));
            from = start + words[i].Length;
        }
        ImmutableArray<PlaceCandidate> places = [Place("Hodeidah", "YEM"), Place("Sanaa", "YEM"), Place("Washington", "USA")];
        return new DocumentView(Text, null, [new Span(0, Text.Length)], [new Span(0, Text.Length)], [], [], places, [], new SyntaxTree(Text, deps.ToImmutable()));
    }

    private static PlaceCandidate Place(string name, string country)
    {
        int start = Text.IndexOf(name, StringComparison.Ordinal);
        return new PlaceCandidate(new Span(start, start + name.Length), new EventPlace { Country = country, Location = name });
    }

    [Fact]
    public void Drop_ForeignPlaceAsSubject_IsDropped()
    {
        DocumentView view = MetonymicPlaces.Drop(View("nsubj"));
        Assert.DoesNotContain(view.Places, p => p.Place.Location == "Washington");
        Assert.Equal(2, view.Places.Length);
    }

    [Fact]
    public void Drop_ForeignPlaceNotSubject_IsKept()
    {
        DocumentView view = MetonymicPlaces.Drop(View("obl"));
        Assert.Contains(view.Places, p => p.Place.Location == "Washington");
    }
}
