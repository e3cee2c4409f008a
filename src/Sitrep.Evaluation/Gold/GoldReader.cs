using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Errors;

namespace Sitrep.Evaluation.Gold;

/// <summary>
/// Reads a <c>NAME.gold.json</c> file and validates it against GUIDELINES.md. Every problem is
/// reported (code <see cref="ErrorCodes.MalformedGold"/>, naming the file and the event id and
/// field), not just the first, so a gold file can be fixed in one pass.
/// </summary>
public static class GoldReader
{
    private static readonly ImmutableHashSet<string> TopLevelKeys = ["doc", "published", "events"];

    public static GoldReadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            return Fail(new Problem(ErrorCodes.FileNotFound, path, "The gold file does not exist."));
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            return Fail(new Problem(ErrorCodes.ReadFailed, path, e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(new Problem(ErrorCodes.AccessDenied, path, e.Message));
        }
        return Parse(json, path);
    }

    /// <summary>Parses gold JSON; <paramref name="subject"/> names the source in problems.</summary>
    public static GoldReadResult Parse(string json, string subject)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(subject);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return Fail(new Problem(ErrorCodes.MalformedGold, subject, $"Not valid JSON: {e.Message}") { Line = e.LineNumber is long line ? (int)line + 1 : null });
        }
        using (parsed)
        {
            var problems = new ProblemSink(subject);
            GoldDocument? document = ReadDocument(parsed.RootElement, problems);
            return new GoldReadResult(problems.HasErrors ? null : document, problems.ToImmutable());
        }
    }

    private static GoldDocument? ReadDocument(JsonElement root, ProblemSink problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Error("the top level must be an object with doc, published and events");
            return null;
        }
        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (!TopLevelKeys.Contains(property.Name)) problems.Warning($"unknown top-level field '{property.Name}' is ignored");
        }
        var fields = new JsonFields(root, problems, "document");
        string? doc = fields.RequiredString("doc");
        DateOnly? published = fields.RequiredDate("published");
        ImmutableArray<GoldEvent> events = ReadEvents(root, problems);
        return doc is null || published is null ? null : new GoldDocument(doc, published.Value, events);
    }

    private static ImmutableArray<GoldEvent> ReadEvents(JsonElement root, ProblemSink problems)
    {
        if (!root.TryGetProperty("events", out JsonElement events) || events.ValueKind != JsonValueKind.Array)
        {
            problems.Error("field 'events' must be an array");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<GoldEvent>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement element in events.EnumerateArray())
        {
            GoldEvent? goldEvent = GoldEventParser.Parse(element, index, problems);
            if (goldEvent is not null)
            {
                if (!ids.Add(goldEvent.Id)) problems.Error($"event {goldEvent.Id}: the id is used twice");
                result.Add(goldEvent);
            }
            index++;
        }
        return result.ToImmutable();
    }

    private static GoldReadResult Fail(Problem problem) => new(null, [problem]);
}

/// <summary>Collects the problems of one gold file.</summary>
internal sealed class ProblemSink(string subject)
{
    private readonly ImmutableArray<Problem>.Builder _problems = ImmutableArray.CreateBuilder<Problem>();

    public bool HasErrors => _problems.Any(p => p.IsError);

    public void Error(string message) => _problems.Add(new Problem(ErrorCodes.MalformedGold, subject, message));

    public void Warning(string message) => _problems.Add(new Problem(ErrorCodes.MalformedGold, subject, message, ProblemSeverity.Warning));

    public ImmutableArray<Problem> ToImmutable() => _problems.ToImmutable();
}
