using Sitrep.Pipeline;

namespace Sitrep.Tests.Pipeline;

public class ThreadCpuClockTests
{
    [Fact]
    public void Now_BusyLoop_Advances()
    {
        TimeSpan before = ThreadCpuClock.Now();
        double sink = 0;
        for (int i = 0; i < 5_000_000; i++) sink += Math.Sqrt(i);
        Assert.True(sink > 0);
        Assert.True(ThreadCpuClock.Now() > before);
    }

    [Fact]
    public void Now_Sleeping_DoesNotCountOnLinux()
    {
        if (!ThreadCpuClock.IsThreadCpuTime) return;
        TimeSpan before = ThreadCpuClock.Now();
        Thread.Sleep(300);
        Assert.True(ThreadCpuClock.Now() - before < TimeSpan.FromMilliseconds(150));
    }

    [Fact]
    public void IsThreadCpuTime_Linux64_IsTrue()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return;
        Assert.True(ThreadCpuClock.IsThreadCpuTime);
    }
}
