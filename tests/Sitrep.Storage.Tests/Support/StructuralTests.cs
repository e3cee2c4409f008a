using Sitrep.Events;

namespace Sitrep.Storage.Tests.Support;

public class StructuralTests
{
    [Fact]
    public void AssertEqual_DifferentNestedAlias_Fails()
    {
        var document = Fixtures.Article();
        ConflictEvent e = Fixtures.FullEvent(document);
        ConflictEvent changed = e with { Actor2 = e.Actor2! with { Aliases = ["Malian soldiers", "FAMa"] } };

        Structural.AssertEqual(e, Fixtures.FullEvent(document));
        var failure = Assert.ThrowsAny<Exception>(() => Structural.AssertEqual(e, changed, "e"));
        Assert.Contains("e.Actor2.Aliases[1]", failure.Message);
    }
}
