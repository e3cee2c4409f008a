using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

public class EvalCommandTests
{
    // The project's own held-out corpus lives in the repo, so this regression guard runs everywhere, unlike the dev one.
    [Fact]
    public void Eval_OwnCorpusWithItsFloor_MeetsTheFloor()
    {
        string own = RepoPaths.InRepo("eval", "own");
        CliRun run = CliRun.Of("eval", own, "--floor", Path.Combine(own, "floor.json"));
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("meets the floor", run.Error, StringComparison.Ordinal);
    }
}
