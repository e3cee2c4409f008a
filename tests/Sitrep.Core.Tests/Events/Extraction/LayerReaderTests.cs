using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events.Extraction;

namespace Sitrep.Tests.Events.Extraction;

public class LayerReaderTests
{
    [Fact]
    public void LongestFirst_RandomLayers_SameOrderAsStableSortByStartThenLongest()
    {
        var random = new Random(17);
        for (int trial = 0; trial < 2000; trial++)
        {
            var mentions = new List<ActorMention>();
            for (int i = random.Next(0, 12); i > 0; i--)
            {
                int start = random.Next(0, 6), end = start + random.Next(1, 4);
                mentions.Add(new ActorMention(new Span(start, end), "x", $"actor {mentions.Count}", "State forces", 1, null, "x", default));
            }
            var layer = new AnnotationLayer<ActorMention>(ActorMatcher.Layer, mentions);
            ActorMention[] expected = [.. layer.Values.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length)];
            Assert.Equal(expected, LayerReader.LongestFirst(layer.Values));
        }
    }
}
