using System.CommandLine;
using System.Globalization;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>Options several commands share, defined once so they read and validate alike.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths(string description = "Files or directories to read (text, HTML, RSS/Atom, JSON lines, Telegram export).") =>
        new("paths") { Arity = ArgumentArity.OneOrMore, Description = description };

    public static Option<string?> Published() =>
        new("--published") { Description = "Publication date YYYY-MM-DD to use for every document, overriding what the input says." };

    public static Option<long> MaxBytes() =>
        new("--max-bytes") { Description = "Largest input file to accept, in bytes.", DefaultValueFactory = _ => new ReaderOptions().MaxBytes };

    public static Option<string?> Database() =>
        new("--db") { Description = "Event store file (default: $SITREP_DB, else ./sitrep.db)." };

    public static Option<string> Format(string defaultFormat, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}.",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static DateOnly? ParseDate(string? value, string optionName)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)) return date;
        throw new UsageException($"{optionName} '{value}' is not a date in the form YYYY-MM-DD");
    }

    public static ReaderOptions ReaderOptions(ParseResult parsed, Option<string?> published, Option<long> maxBytes)
    {
        long max = parsed.GetValue(maxBytes);
        if (max <= 0) throw new UsageException($"--max-bytes must be positive, not {max}");
        return new ReaderOptions { MaxBytes = max, PublishedOverride = ParseDate(parsed.GetValue(published), "--published") };
    }
}
