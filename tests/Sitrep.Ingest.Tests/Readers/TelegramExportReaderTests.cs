using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Ingest.Tests.Readers;

public class TelegramExportReaderTests
{
    private const string Export = """
        {
         "name": "Harbour Watch",
         "type": "public_channel",
         "id": 1789012345,
         "messages": [
          {
           "id": 10,
           "type": "service",
           "date": "2025-06-01T09:00:00",
           "action": "create_channel",
           "text": ""
          },
          {
           "id": 11,
           "type": "message",
           "date": "2025-06-06T10:15:00",
           "date_unixtime": "1749204900",
           "text": "Our unit has completed its mission in the port district."
          },
          {
           "id": 12,
           "type": "message",
           "date": "2025-06-07T08:00:00",
           "text": [
            "Statement from ",
            {"type": "bold", "text": "the command"},
            ": patrols continue near ",
            {"type": "hashtag", "text": "#Kettleport"},
            "."
           ]
          },
          {
           "id": 13,
           "type": "message",
           "date": "2025-06-07T09:00:00",
           "photo": "photos/photo_1.jpg",
           "text": ""
          }
         ]
        }
        """;

    [Fact]
    public void Read_ChannelExport_OneDocumentPerNonEmptyMessage()
    {
        FileReadResult result = TestInput.Read("result.json", Export);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Documents.Length);
        Document first = result.Documents[0];
        Assert.Equal("Our unit has completed its mission in the port district.", first.Text);
        Assert.Equal("Harbour Watch", first.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 6, 6), first.Metadata.Published);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749204900), first.Metadata.PublishedAt);
        Assert.Equal("result.json#11", first.Metadata.Source);
        Assert.Equal("https://t.me/c/1789012345/11", first.Metadata.Url);
        Assert.Equal("telegram", first.Metadata.Format);
    }

    [Fact]
    public void Read_TextEntities_AreJoinedInOrder()
    {
        Document second = TestInput.Read("result.json", Export).Documents[1];
        Assert.Equal("Statement from the command: patrols continue near #Kettleport.", second.Text);
        Assert.Equal(new DateOnly(2025, 6, 7), second.Metadata.Published);
    }

    [Fact]
    public void Read_ChatWithoutChannelId_HasNoUrl()
    {
        const string chat = """{"name": "Group", "type": "private_group", "messages": [{"id": 1, "type": "message", "date": "2025-01-01T00:00:00", "text": "Hello."}]}""";
        Document doc = Assert.Single(TestInput.Read("result.json", chat).Documents);
        Assert.Null(doc.Metadata.Url);
        Assert.Equal("result.json#1", doc.Metadata.Source);
    }

    [Fact]
    public void Read_TruncatedExport_ReportsMalformedExport()
    {
        FileReadResult result = TestInput.Read("result.json", Export[..(Export.Length / 2)]);
        Assert.Empty(result.Documents);
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.MalformedTelegramExport, problem.Code);
        Assert.NotNull(problem.Line);
    }
}
