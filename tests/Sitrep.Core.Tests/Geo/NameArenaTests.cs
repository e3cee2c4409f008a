using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class NameArenaTests
{
    [Fact]
    public void Write_TwoRecords_ReadsBackNamesAndLinkRanges()
    {
        var arena = new char[NameArena.RecordLength(3) + NameArena.RecordLength(10)];
        NameArena.Write(arena, 0, "gao", 0, 2);
        int second = NameArena.Next(arena, 0);
        NameArena.Write(arena, second, "bir lehlou", 2, 70_000);

        Assert.Equal("gao", NameArena.Name(arena, 0).ToString());
        Assert.Equal((0, 2), (NameArena.LinkStart(arena, 0), NameArena.LinkCount(arena, 0)));
        Assert.Equal("bir lehlou", NameArena.Name(arena, second).ToString());
        // Counts above 65,535 span both chars of the field.
        Assert.Equal((2, 70_000), (NameArena.LinkStart(arena, second), NameArena.LinkCount(arena, second)));
        Assert.Equal(arena.Length, NameArena.Next(arena, second));
    }
}
