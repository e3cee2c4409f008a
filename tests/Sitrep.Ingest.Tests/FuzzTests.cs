using System.Text;
using Sitrep.Documents;

namespace Sitrep.Ingest.Tests;

/// <summary>Random and mangled inputs: the reader reports problems but never throws, and every document it makes is consistent.</summary>
public class FuzzTests
{
    [Fact]
    public void ReadContent_RandomBytes_NeverThrows()
    {
        var random = new Random(20240601);
        var reader = TestInput.Reader();
        for (int i = 0; i < 400; i++)
        {
            byte[] bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            if (i % 3 == 0) bytes = [.. bytes.Where(b => b != 0)];
            AssertConsistent(reader.ReadContent("random-" + i, bytes, CancellationToken.None));
        }
    }

    [Fact]
    public void ReadContent_MangledFixtures_NeverThrow()
    {
        string[] fixtures =
        [
            Readers.HtmlArticleReaderTests.ArticlePage,
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description>&lt;p&gt;Body &amp;amp; more&lt;/p&gt;</description></item></channel></rss>",
            "{\"name\": \"C\", \"type\": \"public_channel\", \"id\": 5, \"messages\": [{\"id\": 1, \"type\": \"message\", \"date\": \"2025-01-01T00:00:00\", \"text\": [\"a\", {\"type\": \"bold\", \"text\": \"b\"}]}]}",
            "{\"text\": \"A line.\", \"published\": \"2024-01-01\"}\n{\"text\": \"Another.\"}",
            "url: https://x.example/a\npublished: 2024-01-01\ntitle: T\n\nBody text here.",
            " date 2025-06-06 Body after a date prefix.",
        ];
        var random = new Random(7);
        var reader = TestInput.Reader();
        foreach (string fixture in fixtures)
        {
            for (int i = 0; i < 60; i++)
            {
                var chars = new StringBuilder(fixture);
                for (int edit = 0; edit < random.Next(1, 12) && chars.Length > 0; edit++)
                {
                    int at = random.Next(chars.Length);
                    switch (random.Next(3))
                    {
                        case 0: chars.Remove(at, Math.Min(random.Next(1, 20), chars.Length - at)); break;
                        case 1: chars.Insert(at, "<>&;\"{}[]:\n"[random.Next(11)]); break;
                        default: chars.Length = at; break;
                    }
                }
                AssertConsistent(reader.ReadContent("mangled.txt", Encoding.UTF8.GetBytes(chars.ToString()), CancellationToken.None));
            }
        }
    }

    private static void AssertConsistent(FileReadResult result)
    {
        Assert.True(result.Documents.Length > 0 || result.Problems.Length > 0, "a result holds documents or problems");
        foreach (Document doc in result.Documents)
        {
            Assert.False(string.IsNullOrWhiteSpace(doc.Text));
            if (doc.SourceMap is not OffsetMap map) continue;
            int previous = 0;
            for (int i = 0; i <= doc.Text.Length; i++)
            {
                int source = map.ToSource(i);
                Assert.InRange(source, previous, map.SourceLength);
                previous = source;
            }
        }
    }
}
