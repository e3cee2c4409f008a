using Sitrep.Syntax.Training;

namespace Sitrep.Tests.Syntax.Training;

public class ProjectivizerTests
{
    [Fact]
    public void Lift_ProjectiveTree_ChangesNothing()
    {
        int[] heads = [-1, 2, 0, 2];
        Assert.Equal(0, Projectivizer.Lift(heads));
        Assert.Equal([-1, 2, 0, 2], heads);
    }

    [Fact]
    public void Lift_CrossingArcs_LiftsShortestArcFirstUntilProjective()
    {
        int[] heads = [-1, 3, 0, 2, 1];
        Assert.Equal(2, Projectivizer.Lift(heads));
        Assert.Equal([-1, 2, 0, 2, 2], heads);
        Assert.True(ParserTrainer.IsProjective(heads));
    }
}
