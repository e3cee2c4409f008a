using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>Builds the `sitrep` command tree; each subcommand lives in its own file under Commands/.</summary>
public static class SitrepCommandLine
{
    public const int Success = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Sitrep turns news reports about armed conflict into a source-attributed, geocoded, dated event database.");
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine(parseError.Message);
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
