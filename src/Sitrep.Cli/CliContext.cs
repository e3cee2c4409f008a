namespace Sitrep.Cli;

/// <summary>Where a command writes, and what it knows of its surroundings; tests pass string writers.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error)
{
    /// <summary>True when standard error is an interactive terminal, so a live progress bar makes sense.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The store to use when --db is not given: $SITREP_DB, else ./sitrep.db.</summary>
    public string DefaultStorePath { get; init; } =
        Storage.EventStores.Resolve(null, Environment.GetEnvironmentVariable(Storage.EventStores.EnvironmentVariable));

    /// <summary>The gazetteer folder to use instead of the bundled one: --gazetteer, else $SITREP_GAZETTEER, else null.</summary>
    public string? GazetteerDirectory { get; init; } =
        Environment.GetEnvironmentVariable(GazetteerEnvironmentVariable) is { Length: > 0 } directory ? directory : null;

    public const string GazetteerEnvironmentVariable = "SITREP_GAZETTEER";

    public static CliContext ForConsole() => new(Console.Out, Console.Error) { ErrorIsTerminal = !Console.IsErrorRedirected };
}
