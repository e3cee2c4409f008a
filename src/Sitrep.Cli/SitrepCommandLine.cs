using System.CommandLine;
using Sitrep.Cli.Commands;
using Sitrep.Errors;

namespace Sitrep.Cli;

/// <summary>Builds the `sitrep` command tree; each subcommand lives in its own file under Commands/.</summary>
public static class SitrepCommandLine
{
    public const int Success = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, CliContext context)
    {
        ParseResult parsed = Build(context, out Option<string?> gazetteer).Parse(args);
        // Commands receive the context when they are built, so a --gazetteer given on this command
        // line means building them again with it.
        if (parsed.Errors.Count == 0 && parsed.GetValue(gazetteer) is string directory)
            parsed = Build(context with { GazetteerDirectory = directory }, out _).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) context.Error.WriteLine($"sitrep: {parseError.Message}");
            context.Error.WriteLine("Run 'sitrep --help' for usage.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"sitrep: {ex.Message}");
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine($"sitrep: {ErrorCodes.Cancelled.Code}: cancelled");
            return SomeInputsFailed;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, not bad input: say so plainly instead of dying with a stack trace.
            context.Error.WriteLine($"sitrep: {ErrorCodes.InternalError.Code}: {ex.GetType().Name}: {ex.Message}");
            return InternalError;
        }
    }

    private static RootCommand Build(CliContext context, out Option<string?> gazetteer)
    {
        var root = new RootCommand("Sitrep turns news reports about armed conflict into a source-attributed, geocoded, dated event database.");
        gazetteer = new Option<string?>("--gazetteer")
        {
            Description = $"Gazetteer folder to use instead of the bundled one (e.g. built by 'sitrep gazetteer import'); default ${CliContext.GazetteerEnvironmentVariable}.",
            Recursive = true,
        };
        root.Options.Add(gazetteer);
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(AnnotateCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(WorkerCommand.Create(context));
        root.Subcommands.Add(PostgresBenchCommand.Create(context));
        root.Subcommands.Add(EventsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(UdEvalCommand.Create(context));
        root.Subcommands.Add(GazetteerCommand.Create(context));
        return root;
    }
}
