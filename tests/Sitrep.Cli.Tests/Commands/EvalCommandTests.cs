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

    // The fresh corpus was written blind (eval/fresh/README.md); like eval/own it is in the repo, so its guard runs everywhere.
    [Fact]
    public void Eval_FreshCorpusWithItsFloor_MeetsTheFloor()
    {
        string fresh = RepoPaths.InRepo("eval", "fresh");
        CliRun run = CliRun.Of("eval", fresh, "--floor", Path.Combine(fresh, "floor.json"));
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("meets the floor", run.Error, StringComparison.Ordinal);
    }
}
