using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// A Telegram Desktop channel export (<c>result.json</c>): each non-empty message becomes a
/// document whose text joins the message's text parts (plain strings and entity objects), with
/// the channel name as outlet and the message date as published.
/// </summary>
internal sealed partial class TelegramExportReader : IFormatReader
{
    public string Format => "telegram";

    public bool Accepts(SourceText source)
    {
        if (source.Extension is ".jsonl" or ".ndjson") return false;
        ReadOnlySpan<char> text = source.Text.AsSpan().TrimStart();
        if (!text.StartsWith("{")) return false;
        return MessagesArray().IsMatch(text[..Math.Min(text.Length, 65536)]);
    }

    public ReaderOutput Read(SourceText source, CancellationToken cancellationToken)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(source.Text, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return ReaderOutput.Failed(new Problem(ErrorCodes.MalformedTelegramExport, source.Subject,
                $"The Telegram export is not valid JSON: {e.Message}") { Line = e.LineNumber is long line ? (int)line + 1 : null });
        }
        using (json)
        {
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out JsonElement messages) || messages.ValueKind != JsonValueKind.Array)
                return ReaderOutput.Failed(new Problem(ErrorCodes.MalformedTelegramExport, source.Subject, "The export has no \"messages\" array."));

            var channel = new TelegramChannel(String(root, "name"), ChannelLinkId(root));
            var documents = ImmutableArray.CreateBuilder<Document>();
            var problems = ImmutableArray.CreateBuilder<Problem>();
            int index = 0;
            foreach (JsonElement message in messages.EnumerateArray())
            {
                cancellationToken.ThrowIfCancellationRequested();
                index++;
                if (ReadMessage(source, channel, message, index, problems) is Document document) documents.Add(document);
            }
            if (documents.Count == 0)
                problems.Add(new Problem(ErrorCodes.EmptyInput, source.Subject, "The export holds no messages with text."));
            return new ReaderOutput(documents.ToImmutable(), problems.ToImmutable());
        }
    }

    private Document? ReadMessage(SourceText source, TelegramChannel channel, JsonElement message, int index, ImmutableArray<Problem>.Builder problems)
    {
        if (message.ValueKind != JsonValueKind.Object || String(message, "type") != "message") return null;
        string id = message.TryGetProperty("id", out JsonElement idElement) && idElement.ValueKind == JsonValueKind.Number
            ? idElement.GetRawText() : index.ToString(CultureInfo.InvariantCulture);
        if (!message.TryGetProperty("text", out JsonElement textElement)) return null;
        string? text = JoinText(textElement);
        if (text is null)
        {
            problems.Add(new Problem(ErrorCodes.MalformedTelegramExport, source.Subject,
                $"Message {id} has a \"text\" that is neither a string nor a list of text parts; it was skipped.", ProblemSeverity.Warning));
            return null;
        }
        if (string.IsNullOrWhiteSpace(text)) return null;

        PublishedDate? published = null;
        if (String(message, "date") is string date && !PublishedDateParser.TryParse(date, out published!))
        {
            problems.Add(new Problem(ErrorCodes.BadHeader, source.Subject,
                $"Message {id} has an unknown date format '{date}'; it was read without a date.", ProblemSeverity.Warning));
            published = null;
        }
        DateTimeOffset? instant = String(message, "date_unixtime") is string unix && long.TryParse(unix, CultureInfo.InvariantCulture, out long seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : published?.Instant;
        string? url = channel.LinkId is string linkId ? $"https://t.me/c/{linkId}/{id}" : null;
        return new Document(text, new DocumentMetadata
        {
            Source = $"{source.FileName}#{id}",
            Path = source.Path,
            Url = url,
            Outlet = channel.Name,
            Published = published?.Date,
            PublishedAt = instant,
            Format = Format,
        });
    }

    /// <summary>A message's text: a string, or a list of strings and entity objects with their own "text".</summary>
    private static string? JoinText(JsonElement text)
    {
        if (text.ValueKind == JsonValueKind.String) return text.GetString();
        if (text.ValueKind != JsonValueKind.Array) return null;
        var joined = new StringBuilder();
        foreach (JsonElement part in text.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String) joined.Append(part.GetString());
            else if (part.ValueKind == JsonValueKind.Object && String(part, "text") is string partText) joined.Append(partText);
            else return null;
        }
        return joined.ToString();
    }

    /// <summary>Channel exports carry the bare channel id, which t.me/c/ links use; chats have no public links.</summary>
    private static string? ChannelLinkId(JsonElement root) =>
        String(root, "type") is "public_channel" or "private_channel"
        && root.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out long value) && value > 0
            ? value.ToString(CultureInfo.InvariantCulture) : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"(?<!\\)""messages""\s*:\s*\[", RegexOptions.CultureInvariant)]
    private static partial Regex MessagesArray();

    private sealed record TelegramChannel(string? Name, string? LinkId);
}
