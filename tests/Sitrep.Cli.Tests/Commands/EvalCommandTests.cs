using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

public class EvalCommandTests
{
    // The held-out corpora live in the repo (eval/own, and eval/fresh and eval/blind2 written blind, see their
    // READMEs), so their regression guards run everywhere, unlike the dev one.
    [Theory]
    [InlineData("own")]
    [InlineData("fresh")]
    [InlineData("blind2")]
    public void Eval_InRepoCorpusWithItsFloor_MeetsTheFloor(string corpus)
    {
        string dir = RepoPaths.InRepo("eval", corpus);
        CliRun run = CliRun.Of("eval", dir, "--floor", Path.Combine(dir, "floor.json"));
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("meets the floor", run.Error, StringComparison.Ordinal);
    }
}
