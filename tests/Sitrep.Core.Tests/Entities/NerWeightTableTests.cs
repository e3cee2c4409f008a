using Sitrep.Entities;

namespace Sitrep.Tests.Entities;

public class NerWeightTableTests
{
    [Fact]
    public void TryGetOffset_KeysSharingLowBits_FindsEachAndRejectsOthers()
    {
        // Keys equal in their low bits land on the same slot and must probe past each other.
        var offsets = new Dictionary<ulong, int> { [0x10] = 0, [0x1_0000_0010] = 25, [0x2_0000_0010] = 50, [7] = 75 };
        var table = new NerWeightTable(offsets);
        foreach ((ulong key, int offset) in offsets)
        {
            Assert.True(table.TryGetOffset(key, out int found));
            Assert.Equal(offset, found);
        }
        Assert.False(table.TryGetOffset(0x3_0000_0010, out _));
        Assert.False(table.TryGetOffset(0, out _));
    }
}
