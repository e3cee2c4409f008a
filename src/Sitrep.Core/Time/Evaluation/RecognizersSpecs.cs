using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Time.Evaluation;

/// <summary>One expected result of a Recognizers-Text parser spec: span, type and resolutions.</summary>
public sealed record RecognizersExpected(Span Span, string Type, string Timex, ImmutableArray<DateOnly> Dates, ImmutableArray<DateRangeValue> Ranges);

/// <summary>An inclusive date range a spec accepts (the spec's exclusive end minus a day).</summary>
public sealed record DateRangeValue(DateOnly Start, DateOnly End);

/// <summary>One in-scope spec case: the input sentence, its reference date and the expected results.</summary>
public sealed record RecognizersCase(string File, string Input, DateOnly Reference, ImmutableArray<RecognizersExpected> Expected);

/// <summary>A spec file's in-scope cases and how many cases it holds in all.</summary>
public sealed record RecognizersSpecFile(string File, int Total, ImmutableArray<RecognizersCase> Cases);

/// <summary>Per-file share of in-scope cases whose every expected result the tagger resolves.</summary>
public sealed record RecognizersFileScore(string File, int Total, int InScope, int Matched)
{
    public double Accuracy => InScope == 0 ? 0 : (double)Matched / InScope;
    public override string ToString() => $"{File}: {Matched}/{InScope} in scope ({Accuracy:P1}); {Total - InScope} of {Total} cases out of scope";
}

/// <summary>
/// Scores the temporal tagger on Microsoft Recognizers-Text English DateTime parser specs
/// (DateParser, DatePeriodParser, DurationParser, SetParser). In scope: cases with a reference
/// date and at least one result, not marked NotSupported for dotnet, whose results are all of
/// type date, daterange, duration or set and carry no clock time (a 'T' in the timex). A case
/// matches when, for every expected result, some mention overlapping its span has the same timex,
/// or resolves to the past or future date (or inclusive range) the spec gives. The specs are US
/// English, so numeric dates are read month first here.
/// </summary>
public static class RecognizersSpecs
{
    public static readonly ImmutableArray<string> ParserFiles = ["DateParser.json", "DatePeriodParser.json", "DurationParser.json", "SetParser.json"];

    private static readonly ImmutableHashSet<string> InScopeTypes = ["date", "daterange", "duration", "set"];

    public static RecognizersSpecFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
        string file = Path.GetFileName(path);
        var cases = ImmutableArray.CreateBuilder<RecognizersCase>();
        int total = 0;
        foreach (JsonElement c in json.RootElement.EnumerateArray())
        {
            total++;
            if (c.TryGetProperty("NotSupported", out JsonElement ns) && ns.GetString()?.Contains("dotnet", StringComparison.OrdinalIgnoreCase) == true) continue;
            if (c.TryGetProperty("NotSupportedByDesign", out JsonElement nsd) && nsd.GetString()?.Contains("dotnet", StringComparison.OrdinalIgnoreCase) == true) continue;
            if (!c.TryGetProperty("Context", out JsonElement ctx) || !ctx.TryGetProperty("ReferenceDateTime", out JsonElement r)
                || !DateTime.TryParse(r.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime reference)) continue;
            if (!c.TryGetProperty("Results", out JsonElement results) || results.GetArrayLength() == 0) continue;
            var expected = ImmutableArray.CreateBuilder<RecognizersExpected>();
            bool inScope = true;
            foreach (JsonElement e in results.EnumerateArray())
            {
                string type = e.GetProperty("Type").GetString() ?? "";
                JsonElement value = e.GetProperty("Value");
                string timex = value.TryGetProperty("Timex", out JsonElement t) ? t.GetString() ?? "" : "";
                if (!InScopeTypes.Contains(type) || type is "date" or "daterange" && timex.Contains('T')) { inScope = false; break; }
                int start = e.GetProperty("Start").GetInt32(), length = e.GetProperty("Length").GetInt32();
                var dates = ImmutableArray.CreateBuilder<DateOnly>();
                var ranges = ImmutableArray.CreateBuilder<DateRangeValue>();
                foreach (string side in (string[])["PastResolution", "FutureResolution"])
                {
                    if (!value.TryGetProperty(side, out JsonElement res)) continue;
                    if (res.TryGetProperty("date", out JsonElement d) && ParseDate(d) is DateOnly day) dates.Add(day);
                    if (res.TryGetProperty("startDate", out JsonElement s) && res.TryGetProperty("endDate", out JsonElement en)
                        && ParseDate(s) is DateOnly rs && ParseDate(en) is DateOnly re && re > rs)
                        ranges.Add(new DateRangeValue(rs, re.AddDays(-1)));
                }
                expected.Add(new RecognizersExpected(new Span(start, start + length), type, timex, dates.ToImmutable(), ranges.ToImmutable()));
            }
            if (inScope) cases.Add(new RecognizersCase(file, c.GetProperty("Input").GetString() ?? "", DateOnly.FromDateTime(reference), expected.ToImmutable()));
        }
        return new RecognizersSpecFile(file, total, cases.ToImmutable());
    }

    public static RecognizersFileScore Score(TemporalTagger tagger, string path, List<string>? misses = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        RecognizersSpecFile spec = Load(path);
        ImmutableArray<RecognizersCase> cases = spec.Cases;
        int total = spec.Total;
        int matched = 0;
        foreach (RecognizersCase c in cases)
        {
            var mentions = tagger.Tag(c.Input, c.Reference);
            bool all = c.Expected.All(e => mentions.Any(m => m.Span.Overlaps(e.Span) && Agrees(m, e)));
            if (all) matched++;
            else misses?.Add($"{c.File} '{c.Input}' @{c.Reference:yyyy-MM-dd}: expected {string.Join(", ", c.Expected.Select(e => e.Timex))}; got {string.Join(", ", mentions.Select(m => $"'{m.Span.TextOf(c.Input)}' {m.Value}"))}");
        }
        return new RecognizersFileScore(Path.GetFileName(path), total, cases.Length, matched);
    }

    private static bool Agrees(TimeMention m, RecognizersExpected e)
    {
        if (m.Value == e.Timex) return true;
        if (m.Start is not DateOnly s || m.End is not DateOnly end) return false;
        if (e.Type == "date") return s == end && e.Dates.Contains(s);
        // A spec's end is exclusive for whole periods (next month ends on the 1st of the one after)
        // but is the last day named for day ranges ("from 4 to 22 January" ends on the 22nd, P18D);
        // our intervals include their last day, so either reading of the spec's end matches.
        return e.Ranges.Any(r => r.Start == s && (r.End == end || r.End.AddDays(1) == end));
    }

    private static DateOnly? ParseDate(JsonElement e) =>
        e.ValueKind == JsonValueKind.String && DateOnly.TryParse(e.GetString(), CultureInfo.InvariantCulture, out DateOnly d) ? d : null;
}
