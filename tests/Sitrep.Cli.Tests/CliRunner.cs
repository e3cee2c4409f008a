using Sitrep.Cli;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, as a person would from a shell.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => With(null, args);

    public static CliRun With(string? defaultStore, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error) { ErrorIsTerminal = false };
        if (defaultStore is not null) context = context with { DefaultStorePath = defaultStore };
        int exit = SitrepCommandLine.Run(args, context);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-cli-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string content)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open by a finalising SQLite handle; the OS temp cleaner takes it */ }
    }
}
