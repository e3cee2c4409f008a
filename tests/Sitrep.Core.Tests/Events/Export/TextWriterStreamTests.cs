using System.Text;
using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

public class TextWriterStreamTests
{
    [Fact]
    public void Write_CharacterSplitAcrossWrites_IsDecodedWhole()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("Téra — Ségou");
        var writer = new StringWriter();
        using (var stream = new TextWriterStream(writer))
        {
            foreach (byte b in bytes) stream.Write([b], 0, 1);
        }
        Assert.Equal("Téra — Ségou", writer.ToString());
    }
}
