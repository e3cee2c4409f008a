using System.Text.Json;
using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

public class AnnotateCommandTests
{
    [Fact]
    public void Annotate_Paragraphs_SpansPointIntoTheText()
    {
        CliRun run = CliRun.Of("annotate", RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt"), "--layers", "paragraphs");
        Assert.Equal(0, run.ExitCode);
        JsonElement doc = Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray());
        string text = doc.GetProperty("text").GetString()!;
        JsonElement[] paragraphs = [.. doc.GetProperty("layers").GetProperty("paragraphs").EnumerateArray()];
        Assert.True(paragraphs.Length >= 5);
        foreach (JsonElement p in paragraphs)
        {
            int start = p.GetProperty("start").GetInt32(), end = p.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], p.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Annotate_UnknownLayer_ExitsTwoAndListsKnownLayers()
    {
        CliRun run = CliRun.Of("annotate", RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt"), "--layers", "paragraphs,vibes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'vibes'", run.Error);
        Assert.Contains("known layers: ", run.Error);
        Assert.Contains("paragraphs", run.Error);
    }

    [Fact]
    public void Annotate_MissingLayersOption_ExitsTwo()
    {
        Assert.Equal(2, CliRun.Of("annotate", RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt")).ExitCode);
    }
}
